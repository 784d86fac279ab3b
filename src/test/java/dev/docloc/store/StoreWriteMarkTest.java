package dev.docloc.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docloc.DoclocException;
import dev.docloc.cache.ContentHash;
import dev.docloc.cache.FileHashes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A translations file the store wrote is known by a mark of that write, not hashed; the mark
 * stands for the file only while it is unchanged, so a file edited afterwards is hashed and
 * validated against the XLIFF schemas again.
 */
class StoreWriteMarkTest {
    private static final String PAGE = "guides/a.md";
    private static final String TEXT = "# Disks\n\nUse qcow2 images. They grow on demand.\n";

    @TempDir
    Path dir;

    @Test
    void aWrittenFileIsKnownByItsMarkUntilItChanges() throws Exception {
        FileHashes files = FileHashes.open(dir.resolve("cache/files.bin"));
        TranslationStore store = new TranslationStore(dir.resolve("translations"), "en",
                dir.resolve("cache/xliff-valid.bin"), files);
        store.update(StoreFixture.LOCALE, PAGE, StoreFixture.key(PAGE), StoreFixture.units(PAGE, TEXT),
                Memory.empty());
        Path file = store.file(StoreFixture.LOCALE, StoreFixture.key(PAGE));
        String mark = files.of(file);
        assertThat(mark).isNotEqualTo(ContentHash.of(Files.readAllBytes(file))).startsWith("w");
        assertThat(store.load(StoreFixture.LOCALE, StoreFixture.key(PAGE), PAGE).segments()).hasSize(3);

        // valid XML, but not valid XLIFF 2: only the schemas reject it
        String xml = Files.readString(file).replaceFirst("<segment id=", "<segment bogus=\"1\" id=");
        Files.writeString(file, xml);
        assertThat(files.of(file)).isEqualTo(ContentHash.of(Files.readAllBytes(file)));
        assertThatThrownBy(() -> store.load(StoreFixture.LOCALE, StoreFixture.key(PAGE), PAGE))
                .isInstanceOf(DoclocException.class).hasMessageContaining("bogus");
    }
}
