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
 * A translations file the store wrote is known by a mark of the bytes written, not hashed with
 * SHA-256; by size and time only in later runs and only when the write was older than the racy
 * window when the hashes were saved, else (and in a fresh checkout with the cache restored) by
 * its bytes; a file edited afterwards is hashed and validated against the XLIFF schemas again.
 */
class StoreWriteMarkTest {
    private static final String PAGE = "guides/a.md";
    private static final String TEXT = "# Disks\n\nUse qcow2 images. They grow on demand.\n";

    @TempDir
    Path dir;

    private Path write(FileHashes files) {
        TranslationStore store = store(files);
        store.update(StoreFixture.LOCALE, PAGE, StoreFixture.key(PAGE), StoreFixture.units(PAGE, TEXT),
                Memory.empty());
        store.saveCache();
        return store.file(StoreFixture.LOCALE, StoreFixture.key(PAGE));
    }

    private TranslationStore store(FileHashes files) {
        return new TranslationStore(dir.resolve("translations"), "en", dir.resolve("cache/xliff-valid.bin"), files);
    }

    private FileHashes files() {
        return FileHashes.open(dir.resolve("cache/files.bin"));
    }

    @Test
    void aWrittenFileIsKnownByItsMarkUntilItChanges() throws Exception {
        FileHashes files = files();
        Path file = write(files);
        Thread.sleep(2_100); // the write is now older than the racy window
        files.save();
        FileHashes next = files();
        String mark = next.of(file);
        assertThat(mark).isNotEqualTo(ContentHash.of(Files.readAllBytes(file))).startsWith("w");
        assertThat(store(next).load(StoreFixture.LOCALE, StoreFixture.key(PAGE), PAGE).segments()).hasSize(3);

        // valid XML, but not valid XLIFF 2: only the schemas reject it
        String xml = Files.readString(file).replaceFirst("<segment id=", "<segment bogus=\"1\" id=");
        Files.writeString(file, xml);
        assertThat(next.of(file)).isEqualTo(ContentHash.of(Files.readAllBytes(file)));
        assertThatThrownBy(() -> store(next).load(StoreFixture.LOCALE, StoreFixture.key(PAGE), PAGE))
                .isInstanceOf(DoclocException.class).hasMessageContaining("bogus");
    }

    @Test
    void aMarkSavedInTheSameMomentAsTheWriteIsCheckedAgainstTheBytesWritten() throws Exception {
        FileHashes files = files();
        Path file = write(files);
        assertThat(files.of(file)).as("in the run that wrote it too: by its bytes, not by size and time")
                .isEqualTo("w" + FileHashes.bytesId(Files.readAllBytes(file)));
        Path again = dir.resolve("translations/" + StoreFixture.LOCALE + "/other.xlf");
        byte[] written = "<xliff/>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(again, written);
        files.wroteShared(again, "w-test", FileHashes.bytesId(written));
        files.save();
        assertThat(files().of(again)).as("the bytes written: still the write").isEqualTo("w-test");
        Files.writeString(again, "<xlif/>");
        assertThat(files().of(again)).as("an edit right after the write is not hidden by the mark")
                .isEqualTo(ContentHash.of(Files.readAllBytes(again)));
    }

    @Test
    void aFileWrittenByTheLastRunIsNotValidatedAgainWhenItsBytesAreTheOnesWritten() throws Exception {
        FileHashes files = files();
        Path file = write(files);
        files.save(); // at once: the next run finds the file in its racy window
        FileHashes next = files();
        assertThat(next.of(file)).startsWith("w");
        TranslationStore reader = store(next);
        assertThat(reader.load(StoreFixture.LOCALE, StoreFixture.key(PAGE), PAGE).segments()).hasSize(3);
        reader.saveCache();
        assertThat(dev.docloc.cache.ResultCache.open(dir.resolve("cache/xliff-valid.bin"), Boolean.class)
                .get(ContentHash.of(Files.readAllBytes(file)))).as("not hashed and validated as a file of unknown origin")
                .isNull();
    }

    @Test
    void aFreshCheckoutWithTheCacheRestoredTakesThePagesTheStoreWroteByTheirBytes() throws Exception {
        FileHashes files = files();
        Path file = write(files);
        files.save();
        // a fresh checkout: the same files elsewhere, with new times, and the cache folder restored
        Path checkout = dir.resolve("checkout");
        copy(dir.resolve("translations"), checkout.resolve("translations"));
        copy(dir.resolve("cache"), checkout.resolve("cache"));
        Path copied = checkout.resolve("translations").resolve(dir.resolve("translations").relativize(file));
        FileHashes fresh = FileHashes.open(checkout.resolve("cache/files.bin"));
        TranslationStore store = new TranslationStore(checkout.resolve("translations"), "en",
                checkout.resolve("cache/xliff-valid.bin"), fresh);
        assertThat(fresh.of(copied)).as("the mark of the bytes written").isEqualTo(files.of(file)).startsWith("w");
        assertThat(store.load(StoreFixture.LOCALE, StoreFixture.key(PAGE), PAGE).segments()).hasSize(3);
        store.saveCache();
        assertThat(dev.docloc.cache.ResultCache.open(checkout.resolve("cache/xliff-valid.bin"), Boolean.class)
                .get(ContentHash.of(Files.readAllBytes(copied)))).as("taken from the pages the store wrote, not parsed")
                .isNull();

        // the same file edited in the checkout (same length): parsed, validated and found wanting
        String xml = Files.readString(copied).replaceFirst("<segment id=\"s", "<segment id=\"t");
        Files.writeString(copied, xml);
        TranslationStore again = new TranslationStore(checkout.resolve("translations"), "en",
                checkout.resolve("cache/xliff-valid.bin"), FileHashes.open(checkout.resolve("cache/files.bin")));
        assertThat(again.load(StoreFixture.LOCALE, StoreFixture.key(PAGE), PAGE).segments().keySet())
                .anyMatch(id -> id.startsWith("t"));
    }

    private static void copy(Path from, Path to) throws java.io.IOException {
        try (java.util.stream.Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
