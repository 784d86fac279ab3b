package dev.docloc.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.parse.PageParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inline HTML tags pair down to {@link UnitFactory#MAX_PAIR_DEPTH} open pairs. XLIFF writes a pair
 * as an element whose content Okapi's writer scans for the closing tag, so the work of writing a
 * unit grows with its depth of pairs times its length: bounding the depth keeps it linear in the
 * length.
 */
class PairDepthTest {
    private static final Extractor EXTRACTOR = Extractor.create((SentenceSplitter) null, java.util.Set.of());

    private static List<Part> parts(String markdown) {
        List<TextUnit> units = EXTRACTOR.extract(PageParser.parse("a.md", markdown));
        assertThat(units).as(markdown).hasSize(1);
        return units.get(0).segments().get(0).source();
    }

    /** The largest number of pairs open at once in {@code parts}. */
    private static int depth(List<Part> parts) {
        int depth = 0;
        int max = 0;
        for (Code c : Parts.codes(parts)) {
            if (c.kind() == Code.Kind.OPEN) {
                max = Math.max(max, ++depth);
            } else if (c.kind() == Code.Kind.CLOSE) {
                depth--;
            }
        }
        return max;
    }

    private static long count(List<Part> parts, Code.Kind kind) {
        return Parts.codes(parts).stream().filter(c -> c.kind() == kind).count();
    }

    @Test
    void twoThousandNestedTagsPairOnlyDownToTheDepthLimit() {
        List<Part> parts = parts("<span>".repeat(2000) + "text" + "</span>".repeat(2000) + "\n");
        assertThat(depth(parts)).isEqualTo(UnitFactory.MAX_PAIR_DEPTH);
        assertThat(count(parts, Code.Kind.OPEN)).isEqualTo(UnitFactory.MAX_PAIR_DEPTH);
        assertThat(count(parts, Code.Kind.PLACEHOLDER)).isEqualTo(2 * (2000 - UnitFactory.MAX_PAIR_DEPTH));
        assertThat(Parts.codes(parts)).hasSize(4000);
    }

    @Test
    void theOuterTagsOfADeepNestPairWithTheirOwnClosingTags() {
        int depth = UnitFactory.MAX_PAIR_DEPTH + 3;
        String md = "<b>".repeat(depth) + "x" + "</b>".repeat(depth) + "\n";
        List<Code> codes = Parts.codes(parts(md));
        for (int i = 0; i < UnitFactory.MAX_PAIR_DEPTH; i++) {
            Code open = codes.get(i);
            Code close = codes.get(codes.size() - 1 - i);
            assertThat(open.kind()).isEqualTo(Code.Kind.OPEN);
            assertThat(close.kind()).isEqualTo(Code.Kind.CLOSE);
            assertThat(close.id()).isEqualTo(open.id());
        }
    }

    @Test
    void markdownPairsCountTowardsTheDepth() {
        int tags = UnitFactory.MAX_PAIR_DEPTH;
        List<Part> parts = parts("*a **b " + "<i>".repeat(tags) + "x" + "</i>".repeat(tags) + " c** d*\n");
        assertThat(depth(parts)).isEqualTo(UnitFactory.MAX_PAIR_DEPTH);
        assertThat(count(parts, Code.Kind.PLACEHOLDER)).isEqualTo(4);
    }

    @Test
    void siblingTagsPairWhateverTheirNumber() {
        List<Part> parts = parts("Text " + "<b>a</b> ".repeat(500) + "end.\n");
        assertThat(count(parts, Code.Kind.OPEN)).isEqualTo(500);
        assertThat(depth(parts)).isEqualTo(1);
    }
}
