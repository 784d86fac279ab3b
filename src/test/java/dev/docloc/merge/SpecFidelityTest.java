package dev.docloc.merge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.segment.Code;
import dev.docloc.segment.Parts;
import dev.docloc.segment.TextUnit;
import dev.docloc.testutil.Html;
import dev.docloc.testutil.Pipeline;
import dev.docloc.testutil.SpecExamples;
import dev.docloc.testutil.SpecExamples.Example;
import java.util.List;
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
        for (String locale : List.of("en-XA", "ar-XB")) {
            MergeResult r = Pipeline.pseudo(ex.markdown(), locale);
            assertThat(r.rejected()).isEmpty();
            assertThat(Html.structure(r.text())).as("%s%n--- became ---%n%s", ex.markdown(), r.text())
                    .isEqualTo(Html.structure(ex.markdown()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void reExtractingAPseudoTranslatedPageGivesTheSameUnits(Example ex) {
        String pseudo = Pipeline.pseudo(ex.markdown(), "en-XA").text();
        assertThat(shape(Pipeline.units(pseudo))).as("%s%n--- became ---%n%s", ex.markdown(), pseudo)
                .isEqualTo(shape(Pipeline.units(ex.markdown())));
    }

    /** Units, their kinds, segment counts and code sequences, without the text. */
    static String shape(List<TextUnit> units) {
        StringBuilder sb = new StringBuilder();
        for (TextUnit u : units) {
            sb.append(u.kind()).append(' ').append(u.segments().size()).append(':');
            u.segments().forEach(s -> Parts.codes(s.source()).forEach(c -> sb.append(' ').append(describe(c))));
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String describe(Code c) {
        boolean keepsData = c.type() != Code.Type.IMAGE && c.type() != Code.Type.LINE_BREAK && c.subflows().isEmpty();
        return c.kind() + "/" + c.type() + (keepsData ? "=" + c.data().replaceAll("\\s+", " ") : "");
    }
}
