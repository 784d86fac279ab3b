package dev.docloc.publish;

import java.util.ArrayList;
import java.util.List;

/**
 * The start tags of an HTML page outside comments, scripts and styles, for the link checker: a
 * scan with {@code indexOf} that finds exactly what these two regular expressions find, applied
 * one after the other (the first removes what it matches, the second lists start tags):
 *
 * <pre>{@code
 * <!--.*?-->|<(script|style)(?![\p{L}\p{Nd}_\p{Mn}])[^>]*>.*?</\1\s*>      (DOTALL, ASCII case-insensitive)
 * <([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>
 * }</pre>
 *
 * (the element name ends where no letter, digit, {@code _} or combining mark follows: what Java 17
 * reads as {@code \b} there; Java 19 and later read {@code \b} by ASCII only). Java's regex engine
 * tried the two at every offset of every page: half of a link check of a whole site, and a tag
 * with a few thousand unquoted characters overflowed its stack. {@code TagScannerTest} compares
 * both on real pages and on generated markup.
 */
final class TagScanner {
    /** A start tag: its name as written and the text between the name and the closing {@code >}. */
    record Tag(String name, String attributes) {
    }

    private TagScanner() {
    }

    /** The start tags of {@code html}, in order. */
    static List<Tag> startTags(String html) {
        String s = withoutCommentsAndScripts(html);
        List<Tag> tags = new ArrayList<>();
        int i = s.indexOf('<');
        while (i >= 0) {
            int end = tagEnd(s, i);
            if (end < 0) {
                i = s.indexOf('<', i + 1);
                continue;
            }
            int name = i + 1;
            while (name < end && isNameChar(s.charAt(name))) {
                name++;
            }
            tags.add(new Tag(s.substring(i + 1, name), s.substring(name, end - 1)));
            i = s.indexOf('<', end);
        }
        return tags;
    }

    /** The offset after the {@code >} of a start tag at {@code lt}, or -1 when none starts there. */
    private static int tagEnd(String s, int lt) {
        if (lt + 1 >= s.length() || !isAsciiLetter(s.charAt(lt + 1))) {
            return -1;
        }
        int j = lt + 2;
        while (j < s.length()) {
            char c = s.charAt(j);
            if (c == '>') {
                return j + 1;
            } else if (c == '"' || c == '\'') {
                int close = s.indexOf(c, j + 1);
                if (close < 0) {
                    return -1;
                }
                j = close + 1;
            } else {
                j++;
            }
        }
        return -1;
    }

    /** {@code html} without its comments and its script and style elements (each where it is complete). */
    static String withoutCommentsAndScripts(String html) {
        StringBuilder out = null;
        int copied = 0;
        int i = html.indexOf('<');
        while (i >= 0) {
            int end = skippedEnd(html, i);
            if (end < 0) {
                i = html.indexOf('<', i + 1);
                continue;
            }
            if (out == null) {
                out = new StringBuilder(html.length());
            }
            out.append(html, copied, i);
            copied = end;
            i = html.indexOf('<', end);
        }
        return out == null ? html : out.append(html, copied, html.length()).toString();
    }

    /** The end of a complete comment, script or style element at {@code lt}, or -1. */
    private static int skippedEnd(String s, int lt) {
        if (s.startsWith("<!--", lt)) {
            int close = s.indexOf("-->", lt + 4);
            return close < 0 ? -1 : close + 3;
        }
        String name = asciiStartsWithIgnoreCase(s, lt + 1, "script") ? "script"
                : asciiStartsWithIgnoreCase(s, lt + 1, "style") ? "style" : null;
        if (name == null) {
            return -1;
        }
        int after = lt + 1 + name.length();
        if (after < s.length() && isWordChar(s.codePointAt(after))) {
            return -1; // \b: <scripts> is another element
        }
        int gt = s.indexOf('>', after);
        if (gt < 0) {
            return -1;
        }
        for (int close = s.indexOf("</", gt + 1); close >= 0; close = s.indexOf("</", close + 1)) {
            if (asciiStartsWithIgnoreCase(s, close + 2, name)) {
                int k = close + 2 + name.length();
                while (k < s.length() && isRegexSpace(s.charAt(k))) {
                    k++;
                }
                if (k < s.length() && s.charAt(k) == '>') {
                    return k + 1;
                }
            }
        }
        return -1;
    }

    /** Case-insensitive for ASCII letters only, as a pattern with CASE_INSENSITIVE and no UNICODE_CASE. */
    private static boolean asciiStartsWithIgnoreCase(String s, int at, String lowerAscii) {
        if (at + lowerAscii.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < lowerAscii.length(); k++) {
            char c = s.charAt(at + k);
            if (c != lowerAscii.charAt(k) && !(c >= 'A' && c <= 'Z' && c + ('a' - 'A') == lowerAscii.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** A letter, digit, {@code _} or combining mark: what would continue the name {@code script}. */
    private static boolean isWordChar(int cp) {
        return cp == '_' || Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    /** {@code \s} without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isNameChar(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-';
    }
}
