package dev.docloc.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docloc.DoclocException;
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

/** Readers that share one compiled schema still validate every file on its own (issue 9). */
class SharedSchemaTest {
    @TempDir
    Path dir;

    @Test
    void aSchemaInvalidFileReadAfterValidOnesIsStillRejected() throws Exception {
        List<TextUnit> units = Extractor.create("en", Set.of()).extract(PageParser.parse("a.md", "Hello *world*. Bye.\n"));
        String valid = XliffFile.write("en", "de", "a.md", units, Map.of());
        Path good = Files.writeString(dir.resolve("good.xlf"), valid);
        Path bad = Files.writeString(dir.resolve("bad.xlf"),
                valid.replace("<unit ", "<bogus xmlns=\"urn:oasis:names:tc:xliff:document:2.0\"/>\n<unit "));

        assertThat(XliffFile.read(good, "de").segments()).hasSize(2);
        assertThat(XliffFile.read(good, "de").segments()).hasSize(2);
        assertThatThrownBy(() -> XliffFile.read(bad, "de"))
                .isInstanceOf(DoclocException.class).hasMessageContaining("not a valid XLIFF 2 file");
        assertThat(XliffFile.read(good, "de").segments()).as("a failed validation leaves the shared validator usable")
                .hasSize(2);
    }
}
