package dev.docloc.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.parse.PageParser;
import dev.docloc.segment.Extractor;
import dev.docloc.segment.TextUnit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each stored segment knows the line of its {@code <segment>} element, for findings in the file. */
class XliffLinesTest {
    @TempDir
    Path dir;

    @Test
    void aSegmentsLineIsTheLineOfItsElement() throws Exception {
        String page = "# Live migration\n\nMove a running guest. Keep its disks shared.\n\n"
                + "- Check the CPU model.\n- Check the network.\n\nThen run `virsh migrate`. Done.\n";
        List<TextUnit> units = Extractor.create("en", Set.of()).extract(PageParser.parse("a.md", page));
        String xliff = XliffFile.write("en", "de", "a.md", units, Map.of());
        Path file = Files.writeString(dir.resolve("a.xlf"), xliff);
        List<String> lines = xliff.lines().toList();
        StoredPage stored = XliffFile.read(file, "de");
        assertThat(stored.segments()).hasSizeGreaterThanOrEqualTo(6);
        for (StoredSegment s : stored.segments().values()) {
            int expected = 0;
            for (int i = 0; i < lines.size() && expected == 0; i++) {
                if (lines.get(i).contains("<segment") && lines.get(i).contains("id=\"" + s.id() + "\"")) {
                    expected = i + 1;
                }
            }
            assertThat(s.line()).as(s.id()).isEqualTo(expected).isGreaterThan(1);
        }
    }
}
