package dev.docloc.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Names the build of docloc that is running, so that results cached by another build (another
 * release, or a jar rebuilt from changed sources) are not trusted.
 *
 * <p>A jar is named by its content: the two CRCs of its central directory, which lists the name,
 * CRC-32 and size of every class and resource in it. The build writes the jar with fixed entry
 * times ({@code project.build.outputTimestamp}), so a jar rebuilt from the same sources has the
 * same name and the cache survives the rebuild (a CI job that builds docloc on a fresh checkout
 * and restores {@code target/docloc-cache/} from the previous run), while any changed class or
 * resource changes it. Reading the directory costs about a millisecond. A jar whose directory
 * cannot be found (a ZIP64 file, say) is named by its size and modification time.
 */
public final class CodeVersion {
    private static final String FINGERPRINT = compute();
    private static final int END_RECORD = 0x06054b50;
    private static final int END_RECORD_SIZE = 22;

    private CodeVersion() {}

    /** The jar's content fingerprint and the Java version, or "classes" and the Java version when running from a class folder. */
    public static String fingerprint() {
        return FINGERPRINT;
    }

    private static String compute() {
        // the JDK too: class files and Okapi's regular expressions run on it
        String jdk = " java " + Runtime.version();
        try {
            Path where = Path.of(CodeVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(where)) {
                String content = ofJar(where);
                return (content != null ? content
                        : "jar " + Files.size(where) + " " + Files.getLastModifiedTime(where).toMillis()) + jdk;
            }
            return "classes" + jdk;
        } catch (Exception e) {
            // a build that cannot be named trusts no cache, not even its own of an earlier run
            return "unknown" + jdk + " " + java.util.UUID.randomUUID();
        }
    }

    /** "jar-cd" and the {@link FileHashes#bytesId} of {@code jar}'s central directory, or null when it cannot be read. */
    static String ofJar(Path jar) throws IOException {
        try (FileChannel ch = FileChannel.open(jar, StandardOpenOption.READ)) {
            long size = ch.size();
            int tail = (int) Math.min(size, END_RECORD_SIZE + 0xFFFF);
            ByteBuffer end = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
            readFully(ch, end, size - tail);
            for (int at = tail - END_RECORD_SIZE; at >= 0; at--) {
                if (end.getInt(at) != END_RECORD || (end.getShort(at + 20) & 0xFFFF) != tail - END_RECORD_SIZE - at) {
                    continue;
                }
                long dirSize = end.getInt(at + 12) & 0xFFFFFFFFL;
                long dirStart = end.getInt(at + 16) & 0xFFFFFFFFL;
                if (dirSize == 0xFFFFFFFFL || dirStart == 0xFFFFFFFFL || dirStart + dirSize > size
                        || dirSize > Integer.MAX_VALUE) {
                    return null;
                }
                ByteBuffer dir = ByteBuffer.allocate((int) dirSize);
                readFully(ch, dir, dirStart);
                return "jar-cd " + FileHashes.bytesId(dir.array());
            }
            return null;
        }
    }

    private static void readFully(FileChannel ch, ByteBuffer buf, long position) throws IOException {
        while (buf.hasRemaining()) {
            if (ch.read(buf, position + buf.position()) < 0) {
                throw new IOException("unexpected end of file");
            }
        }
    }
}
