package dev.docloc.publish;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps control characters out of the published HTML. HTML has no place for the C0 and C1 control
 * characters (U+0000–U+001F, U+007F–U+009F) other than tab, line feed and carriage return: they
 * are parse errors, and browsers show them as boxes or not at all. A translation gets them from
 * XLIFF's {@code <cp hex="…"/>}, a source page from a stray byte or a reference such as
 * {@code &#1;}; {@code check} reports the translation's as {@code qa-codes} errors.
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

    /** {@code html} with every control character but tab, line feed and carriage return as U+FFFD. */
    static String replace(String html) {
        int first = firstControl(html);
        if (first < 0) {
            return html;
        }
        char[] chars = html.toCharArray();
        for (int i = first; i < chars.length; i++) {
            if (isControl(chars[i])) {
                chars[i] = '\uFFFD';
            }
        }
        return new String(chars);
    }

    /**
     * A template model (maps, lists, strings and booleans, as {@link Models} makes it) with
     * {@link #replace} applied to every string in it; the model itself is left as it is.
     */
    @SuppressWarnings("unchecked")
    static <T> T replaceIn(T value) {
        Object out = value;
        if (value instanceof String s) {
            out = replace(s);
        } else if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, replaceIn(v)));
            out = copy;
        } else if (value instanceof List<?> list) {
            out = list.stream().map(ControlCharacters::replaceIn).toList();
        }
        return (T) out;
    }

    private static int firstControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isControl(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isControl(char c) {
        return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
    }
}
