package dev.docloc.publish;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps control characters out of the published HTML. HTML has no place for the C0 and C1 control
 * characters (U+0000–U+001F, U+007F–U+009F) other than tab, line feed and carriage return: they
 * are parse errors, and browsers show them as boxes or not at all. A translation gets them from
 * XLIFF's {@code <cp hex="…"/>}, a source page from a stray byte or a reference such as
 * {@code &#1;}; {@code check} reports the translation's as {@code qa-codes} errors, and
 * {@code build} a source page's raw ones as {@code publish-control-character} warnings.
 *
 * <p>Each is written as U+FFFD, the replacement character, rather than dropped: a control
 * character mostly stands for a character lost on the way (U+0092 is the {@code ’} of a
 * Windows-1252 text read as Latin-1, U+0085 its {@code …} or a line break), so dropping it would
 * join the words around it or make another word silently, while U+FFFD shows the reader that a
 * character is missing there, as a decoder does for bytes it cannot read. Form feed, which HTML
 * reads as a space, is replaced too: no page of docloc's needs one.
 */
final class ControlCharacters {
    private ControlCharacters() {}

    /**
     * {@code html} with every control character but tab, line feed and carriage return as U+FFFD,
     * and every decimal character reference to one (Mustache escapes a control character of a
     * template value as {@code &#1;}), so that a template's model needs no copy of its own.
     */
    static String replace(String html) {
        StringBuilder out = null;
        int done = 0;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            int end = i + 1;
            if (c == '&') {
                end = controlReference(html, i);
                if (end < 0) {
                    continue;
                }
            } else if (!isControl(c)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(html.length());
            }
            out.append(html, done, i).append('\uFFFD');
            done = end;
            i = end - 1;
        }
        return out == null ? html : out.append(html, done, html.length()).toString();
    }

    /** Where {@link #find} found a control character: its 1-based line and column (in UTF-16 units). */
    interface Found {
        void at(int line, int column, char c);
    }

    /**
     * The raw control characters of {@code text} that {@link #replace} would replace, each with
     * its line and column: the first five (a page full of them needs one look, not a warning for
     * each).
     */
    static void find(String text, Found found) {
        int line = 1;
        int lineStart = 0;
        int reported = 0;
        for (int i = 0; i < text.length() && reported < 5; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (isControl(c)) {
                found.at(line, i - lineStart + 1, c);
                reported++;
            }
        }
    }

    /** The end of the decimal reference to a control character at {@code at}, or -1. */
    private static int controlReference(String html, int at) {
        if (!html.startsWith("&#", at)) {
            return -1;
        }
        int value = 0;
        int i = at + 2;
        while (i < html.length() && i < at + 6 && html.charAt(i) >= '0' && html.charAt(i) <= '9') {
            value = value * 10 + html.charAt(i) - '0';
            i++;
        }
        boolean reference = i > at + 2 && i < html.length() && html.charAt(i) == ';';
        return reference && value <= 0xFFFF && isControl((char) value) ? i + 1 : -1;
    }

    private static boolean isControl(char c) {
        return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
    }
}
