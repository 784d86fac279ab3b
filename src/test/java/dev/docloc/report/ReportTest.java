package dev.docloc.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportTest {
    @Test
    void countsActiveFindingsPerSeverityAndRuleAndSuppressedSeparately() {
        Summary s = SampleIssues.report().summary();

        assertThat(s.pages()).isEqualTo(3);
        assertThat(s.segments()).isEqualTo(120);
        assertThat(s.errors()).isEqualTo(4);
        assertThat(s.warnings()).isEqualTo(4);
        assertThat(s.infos()).isEqualTo(2);
        assertThat(s.suppressed()).isEqualTo(1);
        assertThat(s.byRule()).containsExactly(Map.entry("qa-anchor", 1), Map.entry("qa-codes", 2),
                Map.entry("qa-length", 1), Map.entry("qa-number", 1), Map.entry("qa-punctuation", 1),
                Map.entry("qa-untranslated", 1), Map.entry("term-dnt", 1), Map.entry("term-forbidden", 1),
                Map.entry("term-missing", 1));
    }

    @Test
    void splitsSuppressedFromActiveFindings() {
        Report r = SampleIssues.report();

        assertThat(r.issues()).hasSize(11);
        assertThat(r.active()).hasSize(10).noneMatch(Issue::isSuppressed);
        assertThat(r.suppressed()).singleElement()
                .satisfies(i -> assertThat(i.suppressed()).isEqualTo("Heading keeps the English product term."));
    }

    @Test
    void sortsByLocaleThenPageThenLine() {
        List<String> order = SampleIssues.report().issues().stream()
                .map(i -> i.locale() + " " + i.page() + ":" + i.line()).toList();

        assertThat(order).containsExactly("de guides/install.md:12", "de guides/network.md:3",
                "de reference/cli.md:44", "es guides/network.md:15", "ja guides/install.md:12",
                "ja guides/install.md:20", "pt-BR guides/install.md:12", "pt-BR guides/install.md:20",
                "pt-BR guides/install.md:31", "pt-BR guides/network.md:8", "pt-BR reference/cli.md:44");
    }

    @ParameterizedTest(name = "--fail-on {0} with {1} -> {2}")
    @CsvSource({
        "error, ERROR, 1", "error, WARNING, 0", "error, INFO, 0",
        "warning, ERROR, 1", "warning, WARNING, 1", "warning, INFO, 0",
        "never, ERROR, 0", "never, WARNING, 0", "never, INFO, 0"})
    void exitCodeFailsOnFindingsAtOrAboveTheThreshold(String failOn, Severity severity, int expected) {
        Report r = Report.of(List.of(issue(severity, "")), 1, 1);

        assertThat(ReportWriter.exitCode(r, failOn)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"error", "warning", "never"})
    void suppressedErrorsDoNotFailTheRun(String failOn) {
        Report r = Report.of(List.of(issue(Severity.ERROR, "accepted by the reviewer")), 1, 1);

        assertThat(r.summary().errors()).isZero();
        assertThat(r.summary().suppressed()).isEqualTo(1);
        assertThat(ReportWriter.exitCode(r, failOn)).isZero();
    }

    @Test
    void noFindingsExitZeroEvenOnWarning() {
        assertThat(ReportWriter.exitCode(Report.of(List.of(), 2, 10), "warning")).isZero();
    }

    @Test
    void rejectsUnknownFormatAndThreshold() {
        Report r = SampleIssues.report();

        assertThatThrownBy(() -> ReportWriter.write(r, "xml", new StringWriter(), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("xml");
        assertThatThrownBy(() -> ReportWriter.exitCode(r, "info"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("info");
    }

    @Test
    void catalogueHasEveryRuleOnceWithItsDefaultSeverity() {
        assertThat(Rules.all()).extracting(Rule::id).containsExactlyInAnyOrder("term-missing", "term-forbidden",
                "term-dnt", "term-case", "qa-codes", "qa-link", "qa-anchor", "qa-number", "qa-untranslated",
                "qa-empty", "qa-whitespace", "qa-punctuation", "qa-length", "qa-structure");
        assertThat(Rules.get("qa-codes").severity()).isEqualTo(Severity.ERROR);
        assertThat(Rules.get("qa-length").severity()).isEqualTo(Severity.INFO);
        assertThat(Rules.find("stale")).isEmpty();
        assertThat(Rules.get("stale").id()).isEqualTo("stale");
    }

    private static Issue issue(Severity severity, String suppressed) {
        return new Issue(severity, "qa-codes", "pt-BR", "index.md", "translations/pt-BR/index.xlf", 3, 5, "u1-s1",
                "Run `kvm`.", "Execute.", "", "The code `kvm` is missing.", "`kvm`", suppressed);
    }
}
