package dev.docloc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.testutil.ProjectFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page renamed in source-docs/ leaves its translations file behind under the old name: extract
 * puts the file's translations that the memory lacks in the memory (so the page under its new
 * name gets them back), never replaces the memory's own (a later revision may be there), and says
 * how many differ, so that deleting the old file loses nothing unseen.
 */
class RenamedPageIT {
    private static final String NEW = "Nested guests need the nested parameter of kvm_intel.";

    @TempDir
    Path tmp;

    @Test
    void aRenamedPagesTranslationsFollowItThroughTheMemory() throws IOException {
        ProjectFixture p = ProjectFixture.e2e(tmp);
        p.write("source-docs/basics.md", p.read("source-docs/basics.md") + "\n" + NEW + "\n");
        p.ok("extract", "--locale", "pt-BR");
        // translated in the file after the last extract: only the file has it
        translate(p, "translations/pt-BR/basics.xlf", NEW, "Convidados aninhados precisam do parâmetro nested.");

        Files.move(p.file("source-docs/basics.md"), p.file("source-docs/kvm-basics.md"));
        p.ok("extract", "--locale", "pt-BR");
        assertThat(p.out).contains("translations/pt-BR/basics.xlf has no source page")
                .contains("delete the file once");
        assertThat(p.read("translations/pt-BR/kvm-basics.xlf")).contains("Convidados aninhados precisam do parâmetro nested.");

        // revised under the new name, then reworded in the source: the revision leaves the page for the memory
        translate(p, "translations/pt-BR/kvm-basics.xlf", NEW, "Convidados aninhados exigem o parâmetro nested.");
        p.write("source-docs/kvm-basics.md", p.read("source-docs/kvm-basics.md").replace(NEW,
                "Nested guests need the nested parameter of the kvm_intel module."));
        p.ok("extract", "--locale", "pt-BR");
        p.ok("extract", "--locale", "pt-BR");
        // the old file, read again at every run, does not bring its older translation back
        assertThat(p.out).contains("the memory translates otherwise");
        assertThat(p.read("translations/pt-BR/memory.tmx")).contains("Convidados aninhados exigem o parâmetro nested.")
                .doesNotContain("Convidados aninhados precisam do parâmetro nested.");

        Files.delete(p.file("translations/pt-BR/basics.xlf"));
        p.ok("extract", "--locale", "pt-BR");
        assertThat(p.out).doesNotContain("has no source page");
    }

    /** Gives the segment whose source is {@code source} the target {@code target}, as a translator would. */
    private static void translate(ProjectFixture p, String file, String source, String target) {
        String xml = p.read(file);
        Matcher m = Pattern.compile("(<segment id=\"[^\"]+\")[^>]*>(\\s*<source>" + Pattern.quote(source)
                + "</source>)(\\s*<target>[^<]*</target>)?").matcher(xml);
        assertThat(m.find()).as("a segment of %s with source %s", file, source).isTrue();
        p.write(file, xml.substring(0, m.start()) + m.group(1) + " state=\"translated\">" + m.group(2)
                + "\n    <target>" + target + "</target>" + xml.substring(m.end()));
    }
}
