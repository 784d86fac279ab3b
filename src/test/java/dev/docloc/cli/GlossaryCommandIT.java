package dev.docloc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.glossary.Glossary;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled glossary goes to TBX and back to glossary.yml without losing anything. */
class GlossaryCommandIT {
    @TempDir
    Path tmp;

    private int run(String... args) {
        return Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }

    @Test
    void tbxRoundTripOfTheBundledGlossaryKeepsEveryTerm() throws IOException {
        Path tbx = tmp.resolve("g.tbx");
        Path yml = tmp.resolve("g.yml");
        assertThat(run("--project", ".", "glossary", "export-tbx", "--output", tbx.toString())).isZero();
        assertThat(Files.readString(tbx)).contains("<tbx").contains("hipervisor").doesNotContain("<!DOCTYPE");
        assertThat(run("--project", tmp.toString(), "glossary", "import-tbx", "--from", tbx.toString(),
                "--output", yml.toString())).isZero();
        assertThat(Glossary.load(yml)).isEqualTo(Glossary.load(Path.of("glossary.yml")));
        assertThat(run("--project", tmp.toString(), "glossary", "import-tbx", "--from", tbx.toString(),
                "--output", yml.toString())).as("an existing file needs --force").isEqualTo(2);
    }
}
