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
 * puts that file's translations in the memory (so the page under its new name gets them back),
 * says so, and deleting the old file afterwards loses nothing.
 */
class RenamedPageIT {
    private static final Pattern HEADING = Pattern.compile("(<source>KVM basics</source>\\s*<target[^>]*>)([^<]*)(</target>)");

    @TempDir
    Path tmp;

    @Test
    void aRenamedPagesTranslationsFollowItThroughTheMemory() throws IOException {
        ProjectFixture p = ProjectFixture.e2e(tmp);
        Matcher m = HEADING.matcher(p.read("translations/pt-BR/basics.xlf"));
        assertThat(m.find()).as("the heading's translation in basics.xlf").isTrue();
        // a translation made after the memory was last written (title and heading): only the file has it
        p.write("translations/pt-BR/basics.xlf", m.replaceAll("$1Noções básicas de KVM, revistas$3"));

        Files.move(p.file("source-docs/basics.md"), p.file("source-docs/kvm-basics.md"));
        p.ok("extract", "--locale", "pt-BR");
        assertThat(p.out).contains("translations/pt-BR/basics.xlf has no source page");
        assertThat(p.read("translations/pt-BR/kvm-basics.xlf")).contains("Noções básicas de KVM, revistas");
        assertThat(p.read("translations/pt-BR/memory.tmx")).contains("Noções básicas de KVM, revistas");

        Files.delete(p.file("translations/pt-BR/basics.xlf"));
        Files.delete(p.file("translations/pt-BR/kvm-basics.xlf"));
        p.ok("extract", "--locale", "pt-BR");
        assertThat(p.out).doesNotContain("has no source page");
        assertThat(p.read("translations/pt-BR/kvm-basics.xlf")).contains("Noções básicas de KVM, revistas");
    }
}
