package dev.docloc.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Precision and recall of the term checker on the labeled set (issue 5 acceptance: >= 0.97). */
class TermEvalTest {

    @Test
    void labeledSetCoversSixLanguagesAndEveryRule() {
        List<TermEval.Sample> samples = TermEval.samples();
        assertThat(samples).hasSizeGreaterThanOrEqualTo(200);
        assertThat(samples).extracting(TermEval.Sample::locale).containsOnly("pt-BR", "es", "de", "fr", "ru", "ja");
        assertThat(samples.stream().flatMap(s -> s.expected().stream()).map(e -> e.substring(0, e.indexOf(':'))))
                .contains("term-missing", "term-forbidden", "term-dnt", "term-case");
    }

    @Test
    void precisionAndRecallPerLanguageReachTheGoal() {
        TermEval.Result result = TermEval.evaluate();
        System.out.print(TermEval.format(result));
        assertThat(result.table()).containsOnlyKeys("pt-BR", "es", "de", "fr", "ru", "ja");
        result.table().forEach((locale, row) -> {
            TermEval.Counts total = row.get("*");
            assertThat(total.precision()).as(locale + " precision\n" + result.errors()).isGreaterThanOrEqualTo(0.97);
            assertThat(total.recall()).as(locale + " recall\n" + result.errors()).isGreaterThanOrEqualTo(0.97);
        });
    }

    @org.junit.jupiter.api.Test
    void aRememberingCheckerFindsWhatAFreshOneFinds() {
        var glossary = dev.docloc.glossary.Glossary.load(TermEval.DIR.resolve("eval-glossary.yml"));
        TermChecker fresh = new TermChecker(glossary);
        TermChecker remembering = TermChecker.remembering(glossary);
        List<TermEval.Sample> samples = TermEval.samples();
        for (int round = 0; round < 2; round++) {
            for (TermEval.Sample s : samples) {
                // every source is asked about in every locale, as extract and check do
                for (String locale : List.of(s.locale(), "de", "ja")) {
                    assertThat(remembering.check(s.source(), s.target(), locale)).as(s.source())
                            .isEqualTo(fresh.check(s.source(), s.target(), locale));
                    assertThat(remembering.find(s.source(), locale)).isEqualTo(fresh.find(s.source(), locale));
                }
            }
        }
    }
}
