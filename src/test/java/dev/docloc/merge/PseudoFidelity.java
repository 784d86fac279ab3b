package dev.docloc.merge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.testutil.Html;
import dev.docloc.testutil.Pipeline;
import java.util.List;

/**
 * The two promises of a pseudo-translated page that every set of examples is held to: it keeps
 * the source's HTML element tree (in a left-to-right and a right-to-left pseudo-locale), and
 * extracting it again gives the same units, segments and codes.
 */
final class PseudoFidelity {
    private PseudoFidelity() {}

    static void keepsTheElementTree(String markdown) {
        for (String locale : List.of("en-XA", "ar-XB")) {
            MergeResult r = Pipeline.pseudo(markdown, locale);
            assertThat(r.rejected()).isEmpty();
            assertThat(Html.structure(r.text())).as("%s%n--- became ---%n%s", markdown, r.text())
                    .isEqualTo(Html.structure(markdown));
        }
    }

    static void extractsTheSameUnitsAgain(String markdown) {
        String pseudo = Pipeline.pseudo(markdown, "en-XA").text();
        assertThat(Pipeline.shape(Pipeline.units(pseudo))).as("%s%n--- became ---%n%s", markdown, pseudo)
                .isEqualTo(Pipeline.shape(Pipeline.units(markdown)));
    }
}
