package dev.docloc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReportTest {
    private static String text(Report r, boolean color) {
        StringWriter out = new StringWriter();
        ReportWriter.write(r, "text", out, color);
        return out.toString();
    }

    @Test
    void withoutColorThereIsNoAnsiEscapeAndTheHighlightIsBracketed() {
        String text = text(SampleIssues.report(), false);

        assertThat(text).doesNotContain("\u001b");
        assertThat(text).contains("      source: Install the [[hypervisor]] before you create guests.");
        assertThat(text).contains("      target: Installieren Sie den [[Virtualisierer]], bevor Sie G\u00e4ste anlegen.");
    }

    @Test
    void withColorSeveritiesAndHighlightsArePainted() {
        String text = text(SampleIssues.report(), true);

        assertThat(text).contains("\u001b[1;31merror\u001b[0m");
        assertThat(text).contains("Install the \u001b[1;4;35mhypervisor\u001b[0m before");
        assertThat(text).doesNotContain("[[hypervisor]]");
    }

    @Test
    void findingsAreGroupedByLocaleAndPageWithFileAndLine() {
        String text = text(SampleIssues.report(), false);

        assertThat(text).contains("""
                pt-BR \u00b7 guides/install.md
                  translations/pt-BR/guides/install.xlf:12:7: warning [term-missing] "hypervisor" must be \
                translated as "hipervisor".
                """);
        assertThat(text.indexOf("de \u00b7 guides/install.md")).isLessThan(text.indexOf("pt-BR \u00b7 guides/install.md"));
    }

    @Test
    void summaryCountsSeveritiesAndRulesButNotSuppressed() {
        String text = text(SampleIssues.report(), false);

        assertThat(text).endsWith("""
                3 pages, 120 segments: 4 errors, 4 warnings, 2 info, 1 suppressed
                by rule: qa-anchor 1, qa-codes 2, qa-length 1, qa-number 1, qa-punctuation 1, qa-untranslated 1, \
                term-dnt 1, term-forbidden 1, term-missing 1
                """);
    }

    @Test
    void suppressedFindingsAreListedSeparatelyWithTheirReason() {
        String text = text(SampleIssues.report(), false);
        String suppressed = text.substring(text.indexOf("Suppressed (not counted)"));

        assertThat(text.indexOf("Suppressed (not counted)")).isGreaterThan(text.indexOf("pt-BR \u00b7 reference/cli.md"));
        assertThat(suppressed).contains("translations/de/guides/network.xlf:3:7: warning [qa-untranslated] de");
        assertThat(suppressed).contains("reason: Heading keeps the English product term.");
        assertThat(text.substring(0, text.indexOf("Suppressed"))).doesNotContain("guides/network.xlf:3:7");
    }

    @Test
    void controlCharactersOfTranslationsCannotReachTheTerminal() {
        Issue evil = new Issue(Severity.ERROR, "qa-codes", "fr", "a.md", "", 0, 0, "s1", "Two\nlines",
                "Deux\u001b[2J\u001b]0;owned\u0007\tlignes", "", "bad", "", "");

        String text = text(Report.of(List.of(evil), 1, 1), true);

        assertThat(text).contains(" Deux\\u001b[2J\\u001b]0;owned\\u0007\\tlignes");
        assertThat(text).contains(" Two\\nlines");
        assertThat(text).doesNotContain("\u001b[2J").doesNotContain("\u0007");
    }

    @Test
    void locationFallsBackToThePageWithoutFileOrLine() {
        Issue i = new Issue(Severity.INFO, "qa-length", "fr", "index.md", "", 0, 0, "s1", "a", "b", "", "m", "", "");

        assertThat(text(Report.of(List.of(i), 1, 1), false)).contains("  index.md: info [qa-length] m\n");
    }
}
