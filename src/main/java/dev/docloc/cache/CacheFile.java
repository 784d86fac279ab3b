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
