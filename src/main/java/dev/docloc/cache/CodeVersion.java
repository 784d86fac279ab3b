package dev.docloc.cache;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Names the build of docloc that is running, so that results cached by another build (another
 * release, or a jar rebuilt from changed sources) are not trusted.
 */
public final class CodeVersion {
    private static final String FINGERPRINT = compute();

    private CodeVersion() {}

    /** The jar's size and modification time, or "classes" when running from a class folder. */
    public static String fingerprint() {
        return FINGERPRINT;
    }

    private static String compute() {
        try {
            Path where = Path.of(CodeVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(where)) {
                return "jar " + Files.size(where) + " " + Files.getLastModifiedTime(where).toMillis();
            }
            return "classes";
        } catch (Exception e) {
            return "unknown";
        }
    }
}
