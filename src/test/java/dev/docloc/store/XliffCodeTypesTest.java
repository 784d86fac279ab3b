package dev.docloc.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.parse.PageParser;
import dev.docloc.segment.Code;
import dev.docloc.segment.Extractor;
import dev.docloc.segment.Parts;
import dev.docloc.segment.Segment;
import dev.docloc.segment.TextUnit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A translations file gives back the code types docloc wrote into it (XLIFF {@code type} and
 * {@code subType}), so the segments, matches and memory pairs read from it are the segments the
 * page gave; a pair docloc does not write is read as {@link Code.Type#OTHER}.
 */
class XliffCodeTypesTest {
    @TempDir
    Path dir;

    @Test
    void everyCodeComesBackWithTheTypeItWasWrittenWith() throws Exception {
        String page = "# *Live* migration\n\nMove a **running** guest with ~~old~~ [virsh](https://libvirt.org \"t\"), "
                + "`virsh migrate`, <kbd>Ctrl</kbd>, &copy; and <https://qemu.org>.  \nSee ![the diagram](d.png)[^1].\n\n"
                + "[^1]: A note.\n";
        List<TextUnit> units = Extractor.create("en", Set.of()).extract(PageParser.parse("a.md", page));
        Path file = Files.writeString(dir.resolve("a.xlf"), XliffFile.write("en", "de", "a.md", units, Map.of()));
        StoredPage stored = XliffFile.read(file, "de");

        List<Code> written = new ArrayList<>();
        List<Code> read = new ArrayList<>();
        for (TextUnit u : units) {
            for (Segment s : u.segments()) {
                written.addAll(Parts.codes(s.source()));
                read.addAll(Parts.codes(stored.segments().get(s.id()).source()));
            }
        }
        assertThat(read).hasSameSizeAs(written);
        EnumSet<Code.Type> types = EnumSet.noneOf(Code.Type.class);
        for (int i = 0; i < written.size(); i++) {
            assertThat(read.get(i).type()).as(written.get(i).toString()).isEqualTo(written.get(i).type());
            assertThat(read.get(i).kind()).isEqualTo(written.get(i).kind());
            types.add(read.get(i).type());
        }
        assertThat(types).as("the page has most kinds of markup")
                .contains(Code.Type.EMPHASIS, Code.Type.STRONG, Code.Type.STRIKETHROUGH, Code.Type.LINK, Code.Type.CODE,
                        Code.Type.HTML, Code.Type.LINE_BREAK, Code.Type.IMAGE);
    }

    @Test
    void aTypeDoclocDoesNotWriteIsOther() {
        for (Code.Type t : Code.Type.values()) {
            assertThat(Code.Type.fromXliff(t.xliffType(), t.xliffSubType())).isEqualTo(t);
        }
        assertThat(Code.Type.fromXliff("fmt", null)).isEqualTo(Code.Type.OTHER);
        assertThat(Code.Type.fromXliff("ui", "xlf:b")).isEqualTo(Code.Type.OTHER);
        assertThat(Code.Type.fromXliff(null, null)).isEqualTo(Code.Type.OTHER);
    }
}
