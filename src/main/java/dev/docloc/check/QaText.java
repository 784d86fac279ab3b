package dev.docloc.check;

import java.util.regex.Pattern;

/** Text helpers shared by the rules. */
final class QaText {
    /** What {@link dev.docloc.segment.Parts#textWithCodeMarks} puts where a code is. */
    static final char CODE_MARK = '\uFFFC';

    private static final Pattern SPACE_RUN = Pattern.compile("[\\s\\p{Zs}]+");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");

    private QaText() {}

    /** {@code s} between double quotes, for messages. */
    static String quote(String s) {
        return "\"" + s + "\"";
    }

    /** True for spaces of any width, including no-break spaces, and line breaks. */
    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    /** True for the invisible bidi controls that right-to-left text (and {@code ar-XB}) carries. */
    static boolean isBidiControl(int cp) {
        return cp == 0x200E || cp == 0x200F || cp == 0x061C || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069);
    }

    /** The lines of {@code s} as {@code \R} separates them (trailing empty ones kept). */
    static String[] lines(String s) {
        // most segments: no expression to run
        return dev.docloc.segment.Parts.hasLineBreak(s) ? LINE_BREAK.split(s, -1) : new String[] {s};
    }

    /** {@code s} without bidi controls. */
    static String stripBidi(String s) {
        // every bidi control is one char (BMP): a text without one is returned as it is
        int first = 0;
        while (first < s.length() && !isBidiControl(s.charAt(first))) {
            first++;
        }
        if (first == s.length()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length()).append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isBidiControl(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** {@code s} without leading and trailing spaces of any kind. */
    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && isSpace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    /** {@code s} stripped, with each run of spaces turned into one ASCII space. */
    static String normalizeSpace(String s) {
        return SPACE_RUN.matcher(strip(s)).replaceAll(" ");
    }
}
