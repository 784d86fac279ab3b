package dev.docloc.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.nio.file.FileSystems;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileHashesTest {
    @TempDir
    Path dir;

    @Test
    void hashesContentAndKeepsItBetweenRuns() throws Exception {
        Path f = Files.writeString(dir.resolve("a.md"), "alpha");
        Path g = Files.writeString(dir.resolve("b.md"), "beta");
        outOfTheRacyWindow();
        FileHashes first = FileHashes.open(dir.resolve("files.bin"));
        assertThat(first.of(f)).isEqualTo(ContentHash.of("alpha".getBytes()));
        first.wrote(g, "mark of b");
        first.save();
        FileHashes second = FileHashes.open(dir.resolve("files.bin"));
        assertThat(second.of(f)).isEqualTo(ContentHash.of("alpha".getBytes()));
        // the point of the file: an unchanged file is not read at all (it would hash to another value)
        assertThat(second.of(g)).as("not read again").isEqualTo("mark of b");
    }

    @Test
    void aCopyThatKeptTheSizeAndTheModificationTimeIsReadAgain() throws Exception {
        // the change time comes from the unix attributes (Linux, macOS; not Windows)
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("unix"));
        Path f = Files.writeString(dir.resolve("a.md"), "alpha");
        outOfTheRacyWindow();
        FileHashes first = FileHashes.open(dir.resolve("files.bin"));
        first.of(f);
        first.save();
        // cp -p, touch -r, a restore from a backup: same size and time, other bytes (the change
        // time, which no program can set back, tells)
        FileTime old = Files.getLastModifiedTime(f);
        Files.writeString(f, "omega");
        Files.setLastModifiedTime(f, old);
        assertThat(FileHashes.open(dir.resolve("files.bin")).of(f)).isEqualTo(ContentHash.of("omega".getBytes()));
    }

    /** Waits until files written so far changed longer ago than the racy window. */
    private static void outOfTheRacyWindow() throws InterruptedException {
        Thread.sleep(FileHashes.RACY_MILLIS + 100);
    }

    @Test
    void aChangedSizeOrTimeIsReadAgain() throws Exception {
        Path f = Files.writeString(dir.resolve("a.md"), "alpha");
        FileTime old = Files.getLastModifiedTime(f);
        FileHashes hashes = FileHashes.open(dir.resolve("files.bin"));
        hashes.wrote(f, "mark 1");
        assertThat(hashes.of(f)).as("known, not read").isEqualTo("mark 1");
        Files.writeString(f, "alphabet");
        Files.setLastModifiedTime(f, old);
        assertThat(hashes.of(f)).as("other size, same time").isEqualTo(ContentHash.of("alphabet".getBytes()));
        hashes.wrote(f, "mark 2");
        assertThat(hashes.of(f)).isEqualTo("mark 2");
        Files.setLastModifiedTime(f, FileTime.fromMillis(old.toMillis() + 5_000));
        assertThat(hashes.of(f)).as("same size, later time").isEqualTo(ContentHash.of("alphabet".getBytes()));
    }

    @Test
    void anEditInTheSameClockTickAsTheReadIsNotMissed() throws Exception {
        Path f = Files.writeString(dir.resolve("a.md"), "alpha");
        FileTime now = Files.getLastModifiedTime(f);
        FileHashes hashes = FileHashes.open(dir.resolve("files.bin"));
        hashes.of(f);
        // same size, same modification time
        Files.writeString(f, "omega");
        Files.setLastModifiedTime(f, now);
        assertThat(hashes.of(f)).isEqualTo(ContentHash.of("omega".getBytes()));
    }

    @Test
    void aHashIsTrustedOnlyForTheSameStatTakenOutsideTheRacyWindow() {
        long t = 1_700_000_000_000L;
        long racy = FileHashes.RACY_MILLIS;
        FileHashes.Stat stat = new FileHashes.Stat(5, t, t, 7);
        assertThat(new FileHashes.Entry(stat, t + racy + 1, "h").trusted(stat)).isTrue();
        // hashed in the same tick as the last change: an edit right after would keep the stat
        assertThat(new FileHashes.Entry(stat, t + racy, "h").trusted(stat)).isFalse();
        FileHashes.Stat changedLater = new FileHashes.Stat(5, t, t + 500, 7);
        assertThat(new FileHashes.Entry(changedLater, t + racy + 1, "h").trusted(changedLater))
                .as("the change time is in the racy window").isFalse();
        for (FileHashes.Stat other : new FileHashes.Stat[] {new FileHashes.Stat(6, t, t, 7), new FileHashes.Stat(5, t + 1, t, 7),
                new FileHashes.Stat(5, t, t + 1, 7), new FileHashes.Stat(5, t, t, 8)}) {
            assertThat(new FileHashes.Entry(stat, t + racy + 1, "h").trusted(other)).as(other.toString()).isFalse();
        }
        // a file system without change time and inode: size and modification time, with the racy rule
        FileHashes.Stat plain = new FileHashes.Stat(5, t, 0, 0);
        assertThat(new FileHashes.Entry(plain, t + racy + 1, "h").trusted(plain)).isTrue();
        assertThat(new FileHashes.Entry(plain, t + racy, "h").trusted(plain)).isFalse();
    }

    @Test
    void aFileSystemWithoutUnixAttributesDoesNotTurnThemOffForTheOthers() throws Exception {
        try (java.nio.file.FileSystem zip = java.nio.file.FileSystems.newFileSystem(dir.resolve("a.zip"),
                Map.of("create", "true"))) {
            FileHashes.Stat inZip = FileHashes.stat(Files.writeString(zip.getPath("x.md"), "x"));
            assertThat(inZip).isNotNull();
            assertThat(inZip.changed()).isZero();
        }
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("unix"));
        assertThat(FileHashes.stat(Files.writeString(dir.resolve("a.md"), "a")).inode()).isNotZero();
    }

    @Test
    void anOutputIsKnownByItsMarkAndRecognizedByItsBytesWhenItsTimeChanged() throws Exception {
        byte[] html = "<p>KVM</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Path out = Files.write(dir.resolve("page.html"), html);
        String id = FileHashes.bytesId(html);
        FileHashes hashes = FileHashes.open(dir.resolve("files.bin"));
        hashes.wrote(out, "h-made-from-1");
        assertThat(hashes.holds(out, "h-made-from-1", id)).isTrue();
        assertThat(hashes.holds(out, "h-made-from-2", id)).as("known as another output").isFalse();

        // restored into a fresh checkout: same bytes, another time; recognized and recorded again
        Files.setLastModifiedTime(out, FileTime.from(Instant.now().minusSeconds(60)));
        FileHashes fresh = FileHashes.open(dir.resolve("other.bin"));
        assertThat(fresh.holds(out, "h-made-from-1", id)).isTrue();
        assertThat(fresh.of(out)).as("recorded under the mark, not read again").isEqualTo("h-made-from-1");

        // edited by someone else, same length: not the output any more
        Files.writeString(out, "<p>kvm</p>");
        assertThat(fresh.holds(out, "h-made-from-1", id)).isFalse();
        assertThat(FileHashes.open(dir.resolve("x.bin")).holds(out, "h-made-from-1", id)).isFalse();
        assertThat(fresh.holds(dir.resolve("missing.html"), "h-made-from-1", id)).isFalse();
        assertThat(FileHashes.bytesId("<p>kvm</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isNotEqualTo(id);
    }

    @Test
    void aDeletedFileLeavesTheFileOfHashesWhenARunSavesIt() throws Exception {
        Path kept = Files.writeString(dir.resolve("kept.md"), "kept");
        Path gone = Files.writeString(dir.resolve("gone.md"), "gone");
        FileHashes first = FileHashes.open(dir.resolve("files.bin"));
        first.of(kept);
        first.of(gone);
        first.save();
        Files.delete(gone);

        FileHashes second = FileHashes.open(dir.resolve("files.bin"));
        second.of(Files.writeString(dir.resolve("new.md"), "new")); // something to save
        second.save();
        String saved = Files.readString(dir.resolve("files.bin"), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(saved).contains("kept.md").contains("new.md").doesNotContain("gone.md");
    }

    @Test
    void aMissingFileHasNoHash() {
        assertThat(FileHashes.open(dir.resolve("files.bin")).of(dir.resolve("none.md"))).isEmpty();
    }

    @Test
    void aDamagedFileIsIgnored() throws Exception {
        Files.write(dir.resolve("files.bin"), new byte[] {0, 3, 'x'});
        Path f = Files.writeString(dir.resolve("a.md"), "alpha");
        assertThat(FileHashes.open(dir.resolve("files.bin")).of(f)).isEqualTo(ContentHash.of("alpha".getBytes()));
    }

    @Test
    void contentGivesTheBytesItHashedOnlyWhenItReadThem() throws Exception {
        Path f = Files.writeString(dir.resolve("a.md"), "alpha");
        outOfTheRacyWindow();
        FileHashes hashes = FileHashes.open(dir.resolve("files.bin"));
        FileHashes.Content read = hashes.content(f);
        assertThat(read.bytes()).isEqualTo("alpha".getBytes());
        assertThat(read.hash()).isEqualTo(ContentHash.of(read.bytes()));
        FileHashes.Content known = hashes.content(f);
        assertThat(known.bytes()).as("hash known, file not read").isNull();
        assertThat(known.hash()).isEqualTo(read.hash());
        assertThat(hashes.content(dir.resolve("none.md"))).isEqualTo(new FileHashes.Content("", null));
    }

    @Test
    void readGivesTheBytesEvenWhenTheHashWasKnown() throws Exception {
        Path f = Files.writeString(dir.resolve("a.md"), "alpha");
        Files.setLastModifiedTime(f, FileTime.from(Instant.now().minusSeconds(3600)));
        FileHashes hashes = FileHashes.open(dir.resolve("files.bin"));
        hashes.wrote(f, "mark of the write");
        FileHashes.Content known = hashes.read(f);
        assertThat(known.hash()).isEqualTo("mark of the write");
        assertThat(known.bytes()).isEqualTo("alpha".getBytes());
        assertThat(hashes.read(dir.resolve("none.md"))).isEqualTo(new FileHashes.Content("", null));
    }
}
