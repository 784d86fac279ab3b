package dev.docloc.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.segment.Code;
import dev.docloc.segment.Ignorable;
import dev.docloc.segment.Part;
import dev.docloc.segment.Region;
import dev.docloc.segment.Segment;
import dev.docloc.segment.Text;
import dev.docloc.segment.TextUnit;
import dev.docloc.segment.UnitKind;
import dev.docloc.segment.UnitPart;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SegmentJoinsTest {
    private static final Code OPEN = Code.of("1", Code.Kind.OPEN, Code.Type.STRONG, "**");
    private static final Code CLOSE = Code.of("1", Code.Kind.CLOSE, Code.Type.STRONG, "**");
    private static final Segment A = new Segment("sa", List.of(new Text("Use "), OPEN, new Text("virtio"), CLOSE,
            new Text(" disks.")));
    private static final Segment B = new Segment("sb", List.of(new Text("They are fast.")));
    private static final Segment C = new Segment("sc", List.of(new Text("IDE is slow.")));
    private static final TextUnit UNIT = new TextUnit("u1", UnitKind.PARAGRAPH,
            List.of(A, new Ignorable("\n"), B, new Ignorable(" "), C), "", new Region(0, 10, Region.Syntax.INLINE, "", 0),
            null);

    @Test
    void segmentsJoinedInTheFileAreJoinedWhateverWhitespaceTheToolWroteBetweenThem() {
        // the tool wrote the line break between the first two as a space
        StoredPage stored = page(stored("sa", List.of(new Text("Use "), OPEN, new Text("virtio"), CLOSE,
                new Text(" disks. They are fast."))));
        TextUnit joined = SegmentJoins.apply(List.of(UNIT), stored).get(0);
        assertThat(joined.parts()).hasSize(3);
        Segment first = (Segment) joined.parts().get(0);
        assertThat(first.id()).isEqualTo("sa");
        // the page's own whitespace between them, so the merged text is the source where untranslated
        assertThat(first.source()).containsExactly(new Text("Use "), OPEN, new Text("virtio"), CLOSE,
                new Text(" disks.\nThey are fast."));
        assertThat(joined.parts().subList(1, 3)).containsExactly(new Ignorable(" "), C);
        assertThat(dev.docloc.segment.Parts.plainText(joined.sourceParts()))
                .isEqualTo(dev.docloc.segment.Parts.plainText(UNIT.sourceParts()));
    }

    @Test
    void allThreeJoined() {
        StoredPage stored = page(stored("sa", List.of(new Text("Use "), OPEN, new Text("virtio"), CLOSE,
                new Text(" disks.  They are fast.\nIDE is slow."))));
        TextUnit joined = SegmentJoins.apply(List.of(UNIT), stored).get(0);
        assertThat(joined.parts()).hasSize(1);
        assertThat(joined.segments().get(0).plainText()).isEqualTo("Use virtio disks.\nThey are fast. IDE is slow.");
    }

    @Test
    void aStoredSourceThatIsNoJoinChangesNothing() {
        List<TextUnit> units = List.of(UNIT);
        // codes differ (the emphasis is gone), the text is longer than any join, the text is another
        for (List<Part> source : List.of(List.<Part>of(new Text("Use virtio disks. They are fast.")),
                List.<Part>of(new Text("Use "), OPEN, new Text("virtio"), CLOSE, new Text(" disks. They are fast. IDE is slow. More."))
                , List.<Part>of(new Text("Something else.")))) {
            assertThat(SegmentJoins.apply(units, page(stored("sa", source)))).isSameAs(units);
        }
        assertThat(SegmentJoins.apply(units, page(stored("sa", A.source()), stored("sb", B.source())))).isSameAs(units);
    }

    @Test
    void aSegmentSplitInTheFileIsCutWhereThePiecesEndTheWhitespaceBetweenThemIgnorable() {
        Segment whole = new Segment("sw", List.of(new Text("Use "), OPEN, new Text("virtio"), CLOSE,
                new Text(" disks.\n  They are  fast.")));
        TextUnit unit = unit(whole);
        StoredPage stored = page(stored("sw", List.of(new Text("Use "), OPEN, new Text("virtio"), CLOSE, new Text(" disks."))),
                stored("sw-split1", List.of(new Text("They are fast."))));
        TextUnit cut = SegmentJoins.apply(List.of(unit), stored).get(0);
        assertThat(cut.parts()).containsExactly(
                new Segment("sw", List.of(new Text("Use "), OPEN, new Text("virtio"), CLOSE, new Text(" disks."))),
                new Ignorable("\n  "), new Segment("sw-split1", List.of(new Text("They are  fast."))));
    }

    @Test
    void aSplitWithoutSpaceBetweenThePiecesAsInJapanese() {
        TextUnit unit = unit(new Segment("sj", List.of(new Text("仮想マシンを起動します。ディスクを確認します。"))));
        StoredPage stored = page(stored("sj", List.of(new Text("仮想マシンを起動します。"))),
                stored("sj2", List.of(new Text("ディスクを確認します。"))));
        assertThat(SegmentJoins.apply(List.of(unit), stored).get(0).parts()).containsExactly(
                new Segment("sj", List.of(new Text("仮想マシンを起動します。"))),
                new Segment("sj2", List.of(new Text("ディスクを確認します。"))));
    }

    @Test
    void aSplitThatWouldCutAPairOfCodesOrAWordChangesNothing() {
        Segment whole = new Segment("sw", List.of(OPEN, new Text("Use virtio. They are fast."), CLOSE));
        List<TextUnit> units = List.of(unit(whole));
        StoredPage inPair = page(stored("sw", List.of(OPEN, new Text("Use virtio."))),
                stored("x", List.of(new Text("They are fast."), CLOSE)));
        assertThat(SegmentJoins.apply(units, inPair)).isSameAs(units);
        List<TextUnit> plain = List.of(unit(new Segment("sp", List.of(new Text("Use virtio disks.")))));
        StoredPage inWord = page(stored("sp", List.of(new Text("Use vir"))), stored("y", List.of(new Text("tio disks."))));
        assertThat(SegmentJoins.apply(plain, inWord)).isSameAs(plain);
    }

    @Test
    void aSegmentOfAnotherUnitIsNoPieceOfASplit() {
        // the file edited by hand: the stored source is the start of the segment's, and the next
        // stored segment, another unit's, reads as the rest
        TextUnit whole = unit(new Segment("sw", List.of(new Text("Install it; then reboot."))));
        TextUnit other = new TextUnit("u3", UnitKind.PARAGRAPH, List.of(new Segment("sz", List.of(new Text("then reboot.")))),
                "", new Region(20, 32, Region.Syntax.INLINE, "", 0), null);
        List<TextUnit> units = List.of(whole, other);
        StoredPage stored = page(stored("sw", List.of(new Text("Install it;"))), stored("sz", List.of(new Text("then reboot."))));
        // cut, both units would hold segment sz, and the file written from them could not be read
        assertThat(SegmentJoins.apply(units, stored)).isSameAs(units);
    }

    @Test
    void sameSourceReadsWhitespaceRunsAsOneSpaceAndCodesByKind() {
        assertThat(SegmentJoins.sameSource(List.of(new Text("a\n  b")), List.of(new Text("a b")))).isTrue();
        assertThat(SegmentJoins.sameSource(List.of(new Text("a b")), List.of(new Text("ab")))).isFalse();
        assertThat(SegmentJoins.sameSource(List.of(new Text("a"), OPEN), List.of(new Text("a"), CLOSE))).isFalse();
    }

    private static TextUnit unit(Segment s) {
        return new TextUnit("u2", UnitKind.PARAGRAPH, List.of(s), "", new Region(0, 10, Region.Syntax.INLINE, "", 0), null);
    }

    private static StoredSegment stored(String id, List<Part> source) {
        return new StoredSegment(id, source, List.of(new Text("traduzido")), State.REVIEWED, List.of(), 0);
    }

    private static StoredPage page(StoredSegment... segments) {
        Map<String, StoredSegment> map = new LinkedHashMap<>();
        for (StoredSegment s : segments) {
            map.put(s.id(), s);
        }
        return new StoredPage("p.md", "pt-BR", map);
    }
}
