package dev.docloc.parse;

import dev.docloc.DoclocException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Node;

/**
 * Reads a page: strict UTF-8 decoding, BOM and YAML front matter split off, body parsed with
 * {@link Markdown#parser()}. Thread-safe.
 *
 * <pre><code>
 * Page page = PageParser.parse("guides/install.md", Files.readAllBytes(file), file);
 * </code></pre>
 */
public final class PageParser {
    private static final Pattern FRONT_MATTER_START = Pattern.compile("\\A---[ \\t]*\\r?\\n");
    private static final Pattern FRONT_MATTER_END = Pattern.compile("^(?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\z)",
            Pattern.MULTILINE);
    private static final Pattern ENTRY = Pattern.compile("^([A-Za-z_][A-Za-z0-9_-]*):[ \\t]+(\\S.*?)[ \\t]*\\r?$",
            Pattern.MULTILINE);

    private PageParser() {}

    /** Decodes {@code bytes} as strict UTF-8 and parses them; {@code file} is only used in messages. */
    public static Page parse(String path, byte[] bytes, Path file) {
        return parse(path, decode(bytes, file));
    }

    /** Parses page text. */
    public static Page parse(String path, String text) {
        Head head = head(text);
        Node doc = Markdown.parser().parse(text.substring(head.bodyStart()));
        return new Page(path, text, head.bodyStart(), head.frontMatter(), doc);
    }

    /** The front matter of page text, without parsing the Markdown body. */
    public static FrontMatter frontMatter(String text) {
        return head(text).frontMatter();
    }

    /** What precedes the Markdown body: a BOM and the front matter. */
    private record Head(int bodyStart, FrontMatter frontMatter) {}

    private static Head head(String text) {
        int bodyStart = text.startsWith("\uFEFF") ? 1 : 0;
        Matcher start = FRONT_MATTER_START.matcher(text).region(bodyStart, text.length());
        if (start.lookingAt()) {
            Matcher end = FRONT_MATTER_END.matcher(text).region(start.end(), text.length());
            if (end.find()) {
                return new Head(end.end(), frontMatter(text, start.end(), end.start()));
            }
        }
        return new Head(bodyStart, FrontMatter.NONE);
    }

    /** Strict UTF-8: invalid bytes stop the run with the line and column where they are. */
    public static String decode(byte[] bytes, Path file) {
        // The JDK's String constructor is its fast path (ASCII and Latin-1 text in one pass) and
        // puts U+FFFD where bytes are not UTF-8; only a text with U+FFFD in it, which is rare and
        // may be legitimate, goes through the strict decoder to tell which it is.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalidByte(bytes);
            String before = new String(bytes, 0, bad, StandardCharsets.UTF_8);
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            int column = before.length() - (before.lastIndexOf('\n') + 1) + 1;
            throw new DoclocException(file, line, column, String.format(
                    "invalid UTF-8 (byte 0x%02X at offset %d); save the file as UTF-8", bytes[bad] & 0xFF, bad));
        }
    }

    private static int firstInvalidByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length - 1;
    }

    private static FrontMatter frontMatter(String text, int from, int to) {
        List<FrontMatter.Entry> entries = new ArrayList<>();
        Matcher m = ENTRY.matcher(text).region(from, to);
        while (m.find()) {
            FrontMatter.Entry e = entry(m.group(1), m.group(2), m.start(2));
            if (e != null) {
                entries.add(e);
            }
        }
        return new FrontMatter(entries);
    }

    /** A single-line scalar value; block scalars, flow collections and anchors are left alone (locked). */
    private static FrontMatter.Entry entry(String key, String raw, int start) {
        char first = raw.charAt(0);
        if (first == '"' || first == '\'') {
            int close = closingQuote(raw, first);
            if (close < 0) {
                return null;
            }
            String inner = raw.substring(1, close);
            String value = first == '"' ? unescapeDouble(inner) : inner.replace("''", "'");
            return value == null ? null : new FrontMatter.Entry(key, value, start, start + close + 1, first);
        }
        if ("|>[{&*!%@`".indexOf(first) >= 0) {
            return null;
        }
        int comment = raw.indexOf(" #");
        String value = comment >= 0 ? raw.substring(0, comment).stripTrailing() : raw;
        return new FrontMatter.Entry(key, value, start, start + value.length(), (char) 0);
    }

    private static int closingQuote(String raw, char q) {
        for (int i = 1; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (q == '"' && c == '\\') {
                i++;
            } else if (c == q) {
                if (q == '\'' && i + 1 < raw.length() && raw.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String unescapeDouble(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (++i >= s.length()) {
                return null;
            }
            char e = s.charAt(i);
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                default -> {
                    return null;
                }
            }
        }
        return sb.toString();
    }
}
