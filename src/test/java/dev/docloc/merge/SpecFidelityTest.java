package dev.docloc.merge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.testutil.Pipeline;
import dev.docloc.testutil.SpecExamples;
import dev.docloc.testutil.SpecExamples.Example;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The round trip on every CommonMark and GFM spec example: untranslated pages come out byte
 * for byte; pseudo-translated pages keep the source's HTML element tree; re-extracting a
 * pseudo-translated page gives the same units, segments and codes.
 */
@Timeout(10)
class SpecFidelityTest {
    static Stream<Example> examples() {
        return Stream.concat(SpecExamples.read("/spec.txt").stream(), SpecExamples.read("/gfm-spec.txt").stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void untranslatedPageIsByteIdentical(Example ex) {
        assertThat(Pipeline.identity(ex.markdown())).as(ex.markdown()).isEqualTo(ex.markdown());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void pseudoTranslatedPageKeepsTheElementTree(Example ex) {
        PseudoFidelity.keepsTheElementTree(ex.markdown());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void reExtractingAPseudoTranslatedPageGivesTheSameUnits(Example ex) {
        PseudoFidelity.extractsTheSameUnitsAgain(ex.markdown());
    }
}
