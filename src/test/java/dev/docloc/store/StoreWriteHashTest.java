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
 * A translations file the store wrote is known by the SHA-256 of the bytes written, with the page
 * reading it gives kept beside; the next run, whether it trusts the file's size and time or reads
 * and hashes it (the racy window of the write, a fresh checkout with the cache restored), finds
 * both under that hash; a file edited afterwards has another hash and is validated again.
 */
class StoreWriteHashTest {
    private static final String PAGE = "guides/a.md";
    private static final String TEXT = "# Disks\n\nUse qcow2 images. They grow on demand.\n";

    @TempDir
    Path dir;

    private Path write(FileHashes files) {
        TranslationStore store = store(dir, files);
        store.update(StoreFixture.LOCALE, PAGE, StoreFixture.key(PAGE), StoreFixture.units(PAGE, TEXT),
                Memory.empty());
        store.saveCache();
        return store.file(StoreFixture.LOCALE, StoreFixture.key(PAGE));
    }

    private static TranslationStore store(Path root, FileHashes files) {
        return new TranslationStore(root.resolve("translations"), "en", root.resolve("cache/xliff-valid.bin"), files);
    }

    private static FileHashes files(Path root) {
        return FileHashes.open(root.resolve("cache/files.bin"));
    }

    /** The page the store kept for these bytes, as a later run looks it up, or null. */
    private static StoredPage kept(Path root, byte[] bytes) {
        return new StoredPageCache(root.resolve("cache/xliff-pages")).get(StoreFixture.LOCALE, StoreFixture.key(PAGE),
                ContentHash.of(bytes), bytes);
    }

    @Test
    void aWrittenFileIsKnownByTheHashOfItsBytesUntilItChanges() throws Exception {
        FileHashes files = files(dir);
        Path file = write(files);
        Thread.sleep(2_100); // the write is now older than the racy window
        files.save();
        FileHashes next = files(dir);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(next.of(file)).isEqualTo(ContentHash.of(bytes));
        assertThat(kept(dir, bytes)).as("the page reading the file gives, kept by the write")
                .isEqualTo(XliffFile.read(file, StoreFixture.LOCALE));
        assertThat(store(dir, next).load(StoreFixture.LOCALE, StoreFixture.key(PAGE), PAGE).segments()).hasSize(3);

        editIsValidatedAgain(file, next);
    }

    /**
     * Edits the file into valid XML that is not valid XLIFF 2 (only the schemas reject it): it has
     * another hash, and a store reading it validates it again.
     */
    private void editIsValidatedAgain(Path file, FileHashes files) throws java.io.IOException {
        String xml = Files.readString(file).replaceFirst("<segment id=", "<segment bogus=\"1\" id=");
        Files.writeString(file, xml);
        assertThat(files.of(file)).isEqualTo(ContentHash.of(Files.readAllBytes(file)));
        assertThatThrownBy(() -> store(dir, files).load(StoreFixture.LOCALE, StoreFixture.key(PAGE), PAGE))
                .isInstanceOf(DoclocException.class).hasMessageContaining("bogus");
    }

    @Test
    void aFileReadInTheRacyWindowOfItsWriteIsFoundByItsBytesAndAnEditIsNot() throws Exception {
        FileHashes files = files(dir);
        Path file = write(files);
        files.save(); // at once: the next run reads and hashes the file
        byte[] bytes = Files.readAllBytes(file);
        assertThat(files(dir).of(file)).isEqualTo(ContentHash.of(bytes));
        assertThat(kept(dir, bytes)).isNotNull();

        editIsValidatedAgain(file, files(dir)); // an edit right after the write
    }

    @Test
    void aFreshCheckoutWithTheCacheRestoredFindsThePagesTheStoreWrote() throws Exception {
        FileHashes files = files(dir);
        Path file = write(files);
        files.save();
        // a fresh checkout: the same files elsewhere, with new times, and the cache folder restored
        Path checkout = dir.resolve("checkout");
        copy(dir.resolve("translations"), checkout.resolve("translations"));
        copy(dir.resolve("cache"), checkout.resolve("cache"));
        Path copied = checkout.resolve("translations").resolve(dir.resolve("translations").relativize(file));
        byte[] bytes = Files.readAllBytes(copied);
        FileHashes fresh = files(checkout);
        assertThat(fresh.of(copied)).isEqualTo(files.of(file)).isEqualTo(ContentHash.of(bytes));
        assertThat(kept(checkout, bytes)).isEqualTo(XliffFile.read(copied, StoreFixture.LOCALE));
        assertThat(store(checkout, fresh).load(StoreFixture.LOCALE, StoreFixture.key(PAGE), PAGE))
                .isEqualTo(kept(checkout, bytes));
    }

    /**
     * Length and CRCs are no identity for untrusted files: CRCs are linear, so a file with a written
     * file's length and both CRCs is made in milliseconds (as below). Such a file must be read as
     * any file docloc did not write: its DOCTYPE refused.
     */
    @Test
    void aFileForgedWithTheLengthAndCrcsOfAWrittenFileIsCheckedAsAnyOther() throws Exception {
        FileHashes files = files(dir);
        Path file = write(files);
        files.save();
        byte[] written = Files.readAllBytes(file);
        byte[] forged = forge(written, "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff SYSTEM \"http://127.0.0.1:9/x.dtd\">\n"
                + "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"en\" trgLang=\""
                + StoreFixture.LOCALE + "\"/>\n<!--");
        assertThat(FileHashes.bytesId(forged)).isEqualTo(FileHashes.bytesId(written));
        assertThat(forged).isNotEqualTo(written);
        Files.write(file, forged);
        FileHashes next = files(dir);
        assertThatThrownBy(() -> store(dir, next).load(StoreFixture.LOCALE, StoreFixture.key(PAGE), PAGE))
                .isInstanceOf(DoclocException.class).hasMessageContaining("DOCTYPE");
    }

    /**
     * {@code head}, a comment, and 128 of its characters flipped so that the whole has the length,
     * CRC-32C and CRC-32 of {@code target}: the 64 CRC bits are linear in the flips, solved over GF(2).
     */
    private static byte[] forge(byte[] target, String head) {
        String tail = "-->\n";
        int pad = target.length - head.length() - tail.length();
        assertThat(pad).isGreaterThan(128);
        byte[] m = (head + "a".repeat(pad) + tail).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int start = head.length();
        long base = crcs(m);
        long want = crcs(target) ^ base;
        int n = 128;
        long[] rows = new long[n];
        java.math.BigInteger[] combo = new java.math.BigInteger[n];
        for (int i = 0; i < n; i++) {
            m[start + i] ^= 2; // 'a' <-> 'c'
            rows[i] = crcs(m) ^ base;
            m[start + i] ^= 2;
            combo[i] = java.math.BigInteger.ONE.shiftLeft(i);
        }
        int[] pivot = new int[64];
        java.util.Arrays.fill(pivot, -1);
        for (int bit = 63, r = 0; bit >= 0; bit--) {
            int p = -1;
            for (int i = r; i < n && p < 0; i++) {
                p = (rows[i] >>> bit & 1) == 1 ? i : -1;
            }
            if (p < 0) {
                continue;
            }
            long t = rows[p]; rows[p] = rows[r]; rows[r] = t;
            var c = combo[p]; combo[p] = combo[r]; combo[r] = c;
            for (int i = 0; i < n; i++) {
                if (i != r && (rows[i] >>> bit & 1) == 1) {
                    rows[i] ^= rows[r];
                    combo[i] = combo[i].xor(combo[r]);
                }
            }
            pivot[bit] = r++;
        }
        java.math.BigInteger flips = java.math.BigInteger.ZERO;
        long got = 0;
        for (int bit = 63; bit >= 0; bit--) {
            if (((want ^ got) >>> bit & 1) == 1) {
                got ^= rows[pivot[bit]];
                flips = flips.xor(combo[pivot[bit]]);
            }
        }
        for (int i = 0; i < n; i++) {
            if (flips.testBit(i)) {
                m[start + i] ^= 2;
            }
        }
        return m;
    }

    private static long crcs(byte[] b) {
        java.util.zip.CRC32C c = new java.util.zip.CRC32C();
        c.update(b);
        java.util.zip.CRC32 d = new java.util.zip.CRC32();
        d.update(b);
        return c.getValue() << 32 | d.getValue();
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
