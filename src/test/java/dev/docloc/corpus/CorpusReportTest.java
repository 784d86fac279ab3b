package dev.docloc.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.corpus.CorpusFidelityIT.Result;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusReportTest {
    private static final List<Result> RESULTS = List.of(
            new Result("firecracker", "kvm", Path.of("README.md"), null, null),
            new Result("firecracker", "kvm", Path.of("docs/a.md"), "identity: line 3: expected «a⏎» but was «b⏎»",
                    "en-XA structure: line 2: expected «  p» but was «  h1»"),
            new Result("bilingual/en", "bilingual-en", Path.of("x.md"), null, "TimeoutException: hung"));

    @Test
    void printsFiguresPerSetPerGroupAndInTotal() {
        String report = CorpusReport.render(RESULTS, List.of("firecracker", "bilingual/en"),
                List.of("kvm", "bilingual-en"));
        assertThat(report)
                .containsPattern("set firecracker +identical 1/2  structure-preserved 1/2")
                .containsPattern("set bilingual/en +identical 1/1  structure-preserved 0/1")
                .containsPattern("group kvm +identical 1/2  structure-preserved 1/2")
                .containsPattern("total +identical 2/3  structure-preserved 1/3");
    }

    @Test
    void listsEveryFailingFileWithItsFirstDifference() {
        String report = CorpusReport.render(RESULTS, List.of("firecracker", "bilingual/en"), List.of("kvm"));
        assertThat(report).contains("failing files: 2")
                .contains("  firecracker/docs/a.md\n      identity: line 3: expected «a⏎» but was «b⏎»\n"
                        + "      en-XA structure: line 2: expected «  p» but was «  h1»\n")
                .contains("  bilingual/en/x.md\n      TimeoutException: hung\n")
                .doesNotContain("README.md");
    }

    @Test
    void printsReExtractionFiguresOnlyWhenAskedAndNeverAsFailures() {
        List<Result> rs = List.of(new Result("firecracker", "kvm", Path.of("a.md"), null, null, "shape: line 1: x"),
                new Result("firecracker", "kvm", Path.of("b.md"), null, null, null));
        String report = CorpusReport.render(rs, List.of("firecracker"), List.of("kvm"), true);
        assertThat(report).containsPattern("total +identical 2/2  structure-preserved 2/2  re-extracted-same 1/2")
                .contains("failing files: 0")
                .contains("re-extraction differs (information, does not fail): 1\n  firecracker/a.md\n");
        assertThat(CorpusReport.render(rs, List.of("firecracker"), List.of("kvm"))).doesNotContain("re-extract");
    }

    @Test
    void firstDifferenceNamesTheLineAndShowsLineEndings() {
        assertThat(Fidelity.firstDifference("identity", "a\r\nb\n", "a\nb\n"))
                .isEqualTo("identity: line 1: expected «a␍⏎» but was «a⏎»");
        assertThat(Fidelity.firstDifference("identity", "a\n", "a\nb")).isEqualTo(
                "identity: line 2: expected «<end>» but was «b»");
        assertThat(Fidelity.firstDifference("identity", "a\tb", "a\tb")).isNull();
    }
}
