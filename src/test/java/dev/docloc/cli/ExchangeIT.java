package dev.docloc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.testutil.ProjectFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code docloc tm} and {@code docloc po} end to end, in-process, on a temporary copy of a small project. */
class ExchangeIT {
    @TempDir
    Path tmp;
    Path project;
    String out;
    String err;

    ProjectFixture fixture;

    @BeforeEach
    void copyFixtureAndTranslate() {
        fixture = ProjectFixture.copyOfE2e(tmp);
        project = fixture.root;
        assertThat(run("import-pages", "--locale", "pt-BR", "--from", tmp.resolve("pages-pt-BR").toString())).isZero();
        assertThat(run("extract")).as(err).isZero();
    }

    private int run(String... args) {
        int code = fixture.run(args);
        out = fixture.out;
        err = fixture.err;
        return code;
    }

    @Test
    void tmExportWritesTheDefaultFileAndImportReportsWhatItChanged() throws IOException {
        assertThat(run("tm", "export", "--locale", "pt-BR")).as(err).isZero();
        Path tmx = project.resolve("target/tm/pt-BR.tmx");
        assertThat(Files.readString(tmx)).contains("<tmx version=\"1.4\">", "x-docloc-segment", "Verificação da CPU");
        Path xlf = project.resolve("translations/pt-BR/guides/install.xlf");
        String before = Files.readString(xlf);
        Files.writeString(xlf, before.replace("<target>Verificação da CPU</target>", ""));

        assertThat(run("tm", "import", "--locale", "pt-BR", "--from", tmx.toString())).as(err).isZero();

        assertThat(out).startsWith("pt-BR: 1 segments filled, 13 unchanged, 0 memory entries added, "
                + "0 skipped because reviewed or final");
        assertThat(Files.readString(xlf)).isEqualTo(before);
    }

    @Test
    void aTmxWithADoctypeExitsWithTwoNamingFileAndLine() throws IOException {
        Path tmx = tmp.resolve("evil.tmx");
        Files.writeString(tmx, "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
                + "<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"en\"><seg>&e;</seg></tuv></tu></body></tmx>\n");
        assertThat(run("tm", "import", "--locale", "pt-BR", "--from", tmx.toString())).isEqualTo(2);
        assertThat(err).contains("evil.tmx:2:", "DOCTYPE is not allowed").doesNotContain("Exception", "root:");
    }

    @Test
    void poExportAndImportRoundTripThroughTheCommandLine() throws IOException {
        assertThat(run("po", "export", "--locale", "pt-BR")).as(err).isZero();
        assertThat(out).contains("pt-BR: wrote 2 PO files");
        Path po = project.resolve("target/po/pt-BR/guides/install.po");
        assertThat(Files.readString(po)).contains("msgid \"Run <1/> to check for hardware virtualization.\"");
        Path xlf = project.resolve("translations/pt-BR/guides/install.xlf");
        String before = Files.readString(xlf);
        Files.writeString(po, Files.readString(po).replace("msgstr \"Verificação da CPU\"",
                "msgstr \"\"\n\"Verificação\\n\"\n\"do processador\""));

        assertThat(run("po", "import", "--locale", "pt-BR", "--from", project.resolve("target/po/pt-BR").toString()))
                .as(err).isZero();

        assertThat(out).startsWith("pt-BR: 1 segments filled, 13 unchanged");
        assertThat(Files.readString(xlf)).isNotEqualTo(before).contains("<target>Verificação\ndo processador</target>");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("po", "export", "--locale", "xx-NOPE-1234567890")).isEqualTo(2);
        assertThat(err).contains("unknown or invalid locale");
        assertThat(run("tm", "import", "--locale", "pt-BR")).isEqualTo(2);
        assertThat(err).contains("--from");
        assertThat(run("po", "import", "--locale", "pt-BR", "--from", tmp.resolve("nowhere").toString())).isEqualTo(2);
        assertThat(err).contains("nowhere: no such folder");
        assertThat(run("tm")).isEqualTo(2);
        assertThat(err).contains("missing subcommand: use 'tm export' or 'tm import'").doesNotContain("internal error");
    }
}
