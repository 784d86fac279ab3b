package dev.docloc.cache;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a cache file: to a temporary file beside it, then renamed over it, so a reader never
 * sees half a cache. A failure only costs the next run time, so it is reported as false, never
 * thrown, and the temporary file is removed.
 */
public final class CacheFile {
    /** What writes a cache file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(DataOutputStream out) throws IOException;
    }

    private CacheFile() {
    }

    // modified UTF-8 (writeUTF) keeps every char, a lone surrogate too, but holds at most 65,535
    // bytes, three per char at most: longer strings go in chunks
    private static final int CHUNK = 20_000;

    /** Writes any string, lone surrogates included, as chunks of modified UTF-8 (see {@link #readString}). */
    public static void writeString(DataOutputStream out, String s) throws IOException {
        int chunks = (s.length() + CHUNK - 1) / CHUNK;
        out.writeInt(chunks);
        for (int i = 0; i < chunks; i++) {
            out.writeUTF(s.substring(i * CHUNK, Math.min(s.length(), (i + 1) * CHUNK)));
        }
    }

    /** Reads a string {@link #writeString} wrote. */
    public static String readString(java.io.DataInputStream in) throws IOException {
        int chunks = in.readInt();
        if (chunks == 1) {
            return in.readUTF();
        }
        if (chunks < 0) {
            throw new IOException("bad string");
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < chunks; i++) {
            sb.append(in.readUTF());
        }
        return sb.toString();
    }

    // folders this process made sure exist: a write in them need not ask the file system again
    private static final java.util.Set<Path> FOLDERS = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * Writes {@code file} in place, without a temporary file and a rename: only for a cache file
     * whose reader checks its content (a checksum), so that a file read half written, or written
     * by two processes at once, is a miss. It spares a temporary file and a rename for each of the
     * hundreds of entries an extract writes. True when it was written; a failure removes the file.
     */
    public static boolean writeChecked(Path file, Content content) {
        Path dir = file.toAbsolutePath().getParent();
        try {
            if (FOLDERS.add(dir)) {
                Files.createDirectories(dir);
            }
            try {
                writeTo(file, content);
            } catch (java.nio.file.NoSuchFileException e) {
                Files.createDirectories(dir); // removed while this process ran
                writeTo(file, content);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            FOLDERS.remove(dir);
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a damaged entry is a miss
            }
            return false;
        }
    }

    private static void writeTo(Path file, Content content) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            content.writeTo(out);
        }
    }

    /** Writes {@code file}; true when it was replaced. */
    public static boolean write(Path file, Content content) {
        Path tmp = null;
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                content.writeTo(out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException | RuntimeException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // never read: temporary names are not cache files
                }
            }
            return false;
        }
    }
}
