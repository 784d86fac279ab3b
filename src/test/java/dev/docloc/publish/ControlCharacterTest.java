package dev.docloc.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docloc.testutil.ProjectFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A translation holding control characters, as XLIFF carries them ({@code <cp hex="0001"/>}):
 * {@code check} reports each as an error of its segment, and the published HTML holds U+FFFD in
 * their place, never the characters themselves or references to them. (C1 characters are valid
 * XML and stand in the file as they are.)
 */
class ControlCharacterTest {
    /** C0 and C1 control characters but tab, line feed and carriage return, raw or as references. */
    private static final Pattern CONTROL = Pattern.compile(
            "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]|&#(0*(?:[0-8]|1[124-9]|2\\d|3[01]|12[7-9]|1[3-5]\\d);"
                    + "|[xX]0*(?:[0-8bBcC]|[eEfF]|1[0-9a-fA-F]|7[fF]|[89][0-9a-fA-F]);)");

    @TempDir
    Path tmp;
    ProjectFixture p;

    @BeforeEach
    void translateWithControlCharacters() {
        p = new ProjectFixture(tmp.resolve("project"));
        p.write("glossary.yml", "sourceLocale: en\ntargetLocales: [de]\nterms: []\n");
        p.write("source-docs/a.md", "---\ntitle: Hello page\n---\n# Hello\n\nHello world.\n");
        p.ok("extract");
        String xlf = p.read("translations/de/a.xlf");
        xlf = translate(xlf, "Hello page", "Hallo<cp hex=\"0008\"/>seite");
        xlf = translate(xlf, "Hello", "Hallo");
        xlf = translate(xlf, "Hello world.", "Hallo<cp hex=\"0001\"/> Welt&#x92;s.");
        p.write("translations/de/a.xlf", xlf);
    }

    private static String translate(String xlf, String source, String target) {
        String from = "\">\n    <source>" + source + "</source>\n";
        assertThat(xlf).contains(from);
        return xlf.replace(from, "\" state=\"translated\">\n    <source>" + source + "</source>\n    <target>" + target
                + "</target>\n");
    }

    @Test
    void checkReportsEachControlCharacterAsAnErrorOfItsSegment() throws IOException {
        assertThat(p.run("check", "--format", "json")).as(p.err).isEqualTo(1);
        JsonNode issues = new ObjectMapper().readTree(p.out).path("issues");
        assertThat(issues).extracting(i -> i.path("rule").asText() + " " + i.path("severity").asText() + " "
                + i.path("target").asText() + " " + i.path("highlight").asText().codePointAt(0)).containsExactlyInAnyOrder(
                "qa-codes error Hallo\bseite 8",
                "qa-codes error Hallo\u0001 Welt\u0092s. 1",
                "qa-codes error Hallo\u0001 Welt\u0092s. 146");
        assertThat(issues).allSatisfy(i -> assertThat(i.path("segment").asText()).startsWith("s"));
        assertThat(issues.get(0).path("message").asText()).contains("U+0008", "<cp hex=\"0008\"/>", "remove it");
    }

    @Test
    void theSiteHoldsReplacementCharactersInstead() throws IOException {
        p.ok("build");
        String html = Files.readString(p.file("target/site/de/a.html"));
        assertThat(html).contains("<title>Hallo\uFFFDseite</title>", "<p>Hallo\uFFFD Welt\uFFFDs.</p>");
        assertThat(CONTROL.matcher(html).find()).as(html).isFalse();
        assertThat(CONTROL.matcher(Files.readString(p.file("target/site/de/index.html"))).find()).isFalse();
        assertThat(Files.readString(p.file("target/site/de/a.md"))).as("Markdown keeps what was translated")
                .contains("Hallo\u0001 Welt\u0092s.");
    }

    @Test
    void aSourcePageIsCleanedAlike() throws IOException {
        p.write("source-docs/b.md", "# Bell\u0007\n\nA reference &#1; and a byte \u0085 here.\n");
        p.ok("build");
        String html = Files.readString(p.file("target/site/en/b.html"));
        assertThat(html).contains("Bell\uFFFD", "A reference \uFFFD and a byte \uFFFD here.");
        assertThat(CONTROL.matcher(html).find()).as(html).isFalse();
        // the author is told where, once per character; the translations' are check's errors
        assertThat(p.err).contains("warning: en b.md: control character U+0007 at line 1, column 7",
                "warning: en b.md: control character U+0085 at line 3, column 29").doesNotContain(" de a.md");
        p.ok("build");
        assertThat(p.err).as("a build that renders nothing again still says it").contains("U+0007", "U+0085");
    }
}
