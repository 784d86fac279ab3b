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

    // the pattern the scan replaced: the line of each <segment> tag with a double-quoted id
    private static final java.util.regex.Pattern SEGMENT_ID =
            java.util.regex.Pattern.compile("<segment\\b[^>]*\\bid=\"([^\"]+)\"");

    private static Map<String, Integer> byPattern(String text) {
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        java.util.regex.Matcher m = SEGMENT_ID.matcher(text);
        while (m.find()) {
            out.putIfAbsent(m.group(1), (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1);
        }
        return out;
    }

    @Test
    void theScanFindsWhatThePatternFoundInEveryBundledFile() throws Exception {
        List<Path> files;
        try (var s = Files.walk(Path.of("translations"))) {
            files = s.filter(p -> p.toString().endsWith(".xlf")).toList();
        }
        int segments = 0;
        for (Path f : files) {
            String text = Files.readString(f);
            Map<String, Integer> lines = XliffFile.segmentLines(text);
            assertThat(lines).as(f.toString()).containsExactlyEntriesOf(byPattern(text));
            segments += lines.size();
        }
        assertThat(segments).isGreaterThan(1000);
    }

    @Test
    void theScanReadsAttributesNotText() {
        String xml = "<unit>\n<segment state=\"initial\" id=\"s1\">\n<source>a &lt;segment id=\"no\"></source>"
                + "</segment>\n<segment\n  id = 's2' >\n<segments id=\"s3\"/>\n<segment xml:id=\"s4\"/>\n"
                + "<segment id=\"\"/>\n<segment canResegment=\"no\" id=\"s5\"/></unit>";
        assertThat(XliffFile.segmentLines(xml)).containsExactly(Map.entry("s1", 2), Map.entry("s2", 4),
                Map.entry("s5", 9));
    }
}
