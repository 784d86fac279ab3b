package dev.docloc.cache;

import dev.docloc.DoclocException;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Content hashes of files, kept with each file's size, modification time, change time and inode,
 * so that a run reads and hashes only the files that changed since the last one (as git's index
 * does; the change time, which no program can set, catches a copy that kept the size and the
 * modification time). A hash is trusted only when the file last changed at least
 * {@value #RACY_MILLIS} ms before the hash was taken, so an edit in the same clock tick as a read
 * is never missed: such a file is simply hashed again next time. A file docloc writes itself is recorded under a mark of what it was made
 * from instead of a hash of its bytes ({@link #wrote}, {@link #wroteShared}); marks never equal a
 * content hash, so a file changed by anything else is seen as changed. Thread-safe.
 */
public final class FileHashes {
    static final long RACY_MILLIS = 2000;
    private static final String HEADER = "docloc-file-hashes 2";

    private final Path file;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    // files this run found in place (their entries need no existence check when saved)
    private final java.util.Set<String> seen = ConcurrentHashMap.newKeySet();
    private volatile boolean changed;

    /**
     * What a file's entry is checked against: its size, modification time, change time (ctime:
     * set by the system on every change of the file or its attributes, so a copy that keeps the
     * modification time, {@code touch -r} or a restore from a backup still tells) and inode (a file
     * replaced by another), as git's index does. Change time and inode are 0 where the file
     * system does not give them.
     */
    record Stat(long size, long modified, long changed, long inode) {
        /** The latest time the file's content or attributes changed: what the racy rule compares. */
        long latest() {
            return Math.max(modified, changed);
        }
    }

    record Entry(Stat stat, long taken, String hash) {
        /** Whether the file, as {@code now} describes it, is the one hashed: same stat, out of the racy window. */
        boolean trusted(Stat now) {
            return stat.equals(now) && taken != PENDING && stat.latest() < taken - RACY_MILLIS;
        }
    }

    private FileHashes(Path file) {
        this.file = file;
    }

    /** The hashes kept in {@code file}; a missing or damaged file gives none. */
    public static FileHashes open(Path file) {
        FileHashes h = new FileHashes(file);
        if (Files.isRegularFile(file)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                if (in.readUTF().equals(HEADER)) {
                    for (int n = in.readInt(); n > 0; n--) {
                        h.entries.put(in.readUTF(), new Entry(new Stat(in.readLong(), in.readLong(), in.readLong(),
                                in.readLong()), in.readLong(), in.readUTF()));
                    }
                }
            } catch (IOException | RuntimeException e) {
                h.entries.clear(); // a damaged file only costs time
            }
        }
        return h;
    }

    /** The content hash of {@code path} ({@link ContentHash#of(byte[])}), or "" when it does not exist. */
    public String of(Path path) {
        return content(path).hash();
    }

    /**
     * A file's content hash ("" when it does not exist) and, when this call had to read the file to
     * hash it, the bytes it hashed (else null): a caller that needs the content too uses those
     * bytes, which are sure to be the ones the hash stands for.
     */
    public record Content(String hash, byte[] bytes) {}

    /** The hash of {@code path} as {@link #of}, with the bytes read for it when they were read. */
    public Content content(Path path) {
        Stat a = stat(path);
        if (a == null) {
            // no file, or one that cannot be looked at (a folder on the way without permission, a
            // file where a folder should be): reading tells them apart, so that only a missing
            // file counts as none and the others stop the run instead of passing for untranslated
            bytes(path);
            return new Content("", null);
        }
        Entry e = trusted(path, a);
        if (e != null) {
            return new Content(e.hash(), null);
        }
        long taken = System.currentTimeMillis();
        byte[] bytes = bytes(path);
        if (bytes == null) {
            return new Content("", null);
        }
        String hash = ContentHash.of(bytes);
        remember(path, a, taken, hash);
        return new Content(hash, bytes);
    }

    /**
     * The hash of {@code path} as {@link #content}, always with the file's bytes: when the hash was
     * known, the bytes are read and the file's size and time checked again afterwards, so the
     * bytes returned are those the hash stands for (a file changed in between is hashed from the
     * bytes read). Null bytes when the file does not exist.
     */
    public Content read(Path path) {
        Content c = content(path);
        if (c.bytes() != null || c.hash().isEmpty()) {
            return c;
        }
        Entry e = entries.get(key(path));
        byte[] bytes = bytes(path);
        if (bytes == null) {
            return new Content("", null);
        }
        Stat after = stat(path);
        if (e == null || after == null || !after.equals(e.stat()) || bytes.length != e.stat().size()) {
            return new Content(ContentHash.of(bytes), bytes);
        }
        return new Content(c.hash(), bytes);
    }

    /**
     * A cheap identity of bytes docloc writes as output: their length and two CRCs (CRC-32C and
     * CRC-32, both computed by the processor's instructions), kept next to an output's mark so
     * that the output can be recognized when its file is no longer known by size and time (a site
     * restored with the cache into a fresh checkout) without a cryptographic hash of every output.
     * Outputs are docloc's own, so these 64 bits guard against accidents, not against an attacker.
     */
    public static String bytesId(byte[] bytes) {
        java.util.zip.CRC32C c = new java.util.zip.CRC32C();
        c.update(bytes);
        java.util.zip.CRC32 d = new java.util.zip.CRC32();
        d.update(bytes);
        return "b" + bytes.length + "-" + Long.toHexString(c.getValue()) + "-" + Long.toHexString(d.getValue());
    }

    /**
     * Whether {@code path} is the output recorded as {@code mark} (see {@link #wrote}) whose bytes
     * had {@link #bytesId} {@code bytesId}. True at once when the file is recorded under
     * {@code mark} with its present size and time; false when it is recorded with another hash.
     * A file this run does not know by size and time (restored from a copy, touched, or edited) is
     * read: when its bytes are the output's, it is recorded under {@code mark} again and this is
     * true; otherwise false, and the caller writes the output again.
     */
    public boolean holds(Path path, String mark, String bytesId) {
        Stat a = stat(path);
        if (a == null) {
            return false;
        }
        Entry e = trusted(path, a);
        if (e != null) {
            return e.hash().equals(mark);
        }
        if (bytesId == null || !bytesId.startsWith("b" + a.size() + "-")) {
            return false;
        }
        byte[] bytes = bytes(path);
        if (bytes == null || !bytesId(bytes).equals(bytesId)) {
            return false;
        }
        if (!a.equals(stat(path))) {
            return false; // changed while it was read: written again
        }
        remember(path, a, a.latest() + RACY_MILLIS + 1, mark);
        return true;
    }

    /**
     * Notes the hash of a file this run has just written itself, so the next run need not read it;
     * for docloc's own output folders, which nothing else is expected to write in the same clock
     * tick.
     */
    public void wrote(Path path, String hash) {
        Stat a = stat(path);
        if (a != null) {
            remember(path, a, a.latest() + RACY_MILLIS + 1, hash);
        }
    }

    /**
     * Notes the hash of a file this run has just written in a folder others write too (a
     * translations file an editor may save at any time). As git does for its index, the hash is
     * trusted only by later runs and only if the file was written at least {@value #RACY_MILLIS} ms
     * before this run saved its hashes: an edit by someone else in the same clock tick as the write
     * then cannot hide behind it. A file written in the last moments of a run is hashed again by
     * the next.
     */
    public void wroteShared(Path path, String hash) {
        Stat a = stat(path);
        if (a != null) {
            remember(path, a, PENDING, hash);
        }
    }

    // the time of an entry from wroteShared until save() sets it (never trusted before)
    private static final long PENDING = Long.MIN_VALUE;

    /** The entry of {@code path} when it is trusted for the file as {@code now} describes it, else null. */
    private Entry trusted(Path path, Stat now) {
        String key = key(path);
        seen.add(key);
        Entry e = entries.get(key);
        return e != null && e.trusted(now) ? e : null;
    }

    private void remember(Path path, Stat a, long taken, String hash) {
        seen.add(key(path));
        entries.put(key(path), new Entry(a, taken, hash));
        changed = true;
    }

    /** Writes the file (temp file and rename) when hashes were added; failures only cost time. */
    public synchronized void save() {
        if (!changed) {
            return;
        }
        Map<String, Entry> live = new java.util.TreeMap<>();
        long now = System.currentTimeMillis();
        entries.forEach((k, v) -> {
            // an entry of a file deleted since would only be a miss: only the others are looked up
            if (seen.contains(k) || Files.exists(Path.of(k))) {
                live.put(k, v.taken() == PENDING ? new Entry(v.stat(), now, v.hash()) : v);
            }
        });
        changed = !CacheFile.write(file, out -> {
            out.writeUTF(HEADER);
            out.writeInt(live.size());
            for (Map.Entry<String, Entry> e : live.entrySet()) {
                out.writeUTF(e.getKey());
                Stat st = e.getValue().stat();
                out.writeLong(st.size());
                out.writeLong(st.modified());
                out.writeLong(st.changed());
                out.writeLong(st.inode());
                out.writeLong(e.getValue().taken());
                out.writeUTF(e.getValue().hash());
            }
        });
    }

    /** The file's bytes, or null when it does not exist. */
    private static byte[] bytes(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException ex) {
            return null;
        } catch (IOException ex) {
            throw new DoclocException(path, 0, 0, "cannot read: " + ex.getMessage() + "; check its permissions");
        }
    }

    private static String key(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }

    private static final java.nio.file.FileSystem DEFAULT_FS = java.nio.file.FileSystems.getDefault();
    private static final boolean DEFAULT_FS_UNIX = DEFAULT_FS.supportedFileAttributeViews().contains("unix");

    /**
     * The file's {@link Stat} (one system call), or null when it does not exist or cannot be read.
     * Change time and inode come from the "unix" attribute view (Linux, macOS), decided per file
     * system; elsewhere (Windows) they are 0 and size and modification time decide alone.
     */
    static Stat stat(Path path) {
        try {
            java.nio.file.FileSystem fs = path.getFileSystem();
            if (fs == DEFAULT_FS ? DEFAULT_FS_UNIX : fs.supportedFileAttributeViews().contains("unix")) {
                Map<String, Object> a = Files.readAttributes(path, "unix:size,lastModifiedTime,ctime,ino");
                return new Stat(number(a.get("size")), millis(a.get("lastModifiedTime")), millis(a.get("ctime")),
                        number(a.get("ino")));
            }
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
            return new Stat(a.size(), a.lastModifiedTime().to(TimeUnit.MILLISECONDS), 0, 0);
        } catch (IOException e) {
            return null;
        }
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }

    private static long millis(Object value) {
        return value instanceof FileTime t ? t.to(TimeUnit.MILLISECONDS) : 0;
    }
}
