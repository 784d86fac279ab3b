package dev.docloc.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 over a sequence of byte arrays and strings, each framed by its length so that
 * ("ab", "c") and ("a", "bc") differ. Not thread-safe; one per key.
 *
 * <pre><code>
 * String key = ContentHash.start().add("check").add(locale).add(sourceBytes).add(xliffBytes).hex();
 * </code></pre>
 */
public final class ContentHash {
    private final MessageDigest digest;

    private ContentHash() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    public static ContentHash start() {
        return new ContentHash();
    }

    /** Adds bytes; {@code null} (a missing file) is distinct from an empty array. */
    public ContentHash add(byte[] bytes) {
        if (bytes == null) {
            frame(-1);
            return this;
        }
        frame(bytes.length);
        digest.update(bytes);
        return this;
    }

    public ContentHash add(String text) {
        return add(text == null ? null : text.getBytes(StandardCharsets.UTF_8));
    }

    public ContentHash add(long value) {
        return add(Long.toString(value));
    }

    private void frame(int length) {
        digest.update((byte) (length >>> 24));
        digest.update((byte) (length >>> 16));
        digest.update((byte) (length >>> 8));
        digest.update((byte) length);
    }

    /** The hash as 64 hex digits; the hash cannot be extended afterwards. */
    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The hash of one byte array. */
    public static String of(byte[] bytes) {
        return start().add(bytes).hex();
    }

    /** The hash of one string. */
    public static String of(String text) {
        return start().add(text).hex();
    }
}
