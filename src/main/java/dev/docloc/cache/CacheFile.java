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
