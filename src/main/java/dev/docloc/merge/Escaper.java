package dev.docloc.merge;

import dev.docloc.segment.Parts;
import dev.docloc.segment.Region;
import java.util.regex.Pattern;

/**
 * Escapes translated text for the place it is written to, so that a translation can never change
 * the document's structure: what a translator types is always text.
 */
final class Escaper {
    private static final Pattern ENTITY_AHEAD = Pattern.compile("&(?:#[xX]?[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);");
    // Markdown's line endings (CommonMark: LF, CR, CRLF); other separators are text and stay
    private static final Pattern LINE_BREAKS = Pattern.compile("[ \\t]*(?:\\r\\n|\\r|\\n)[ \\t]*");
    // YAML 1.1's, which also breaks at U+0085, U+2028 and U+2029
    private static final Pattern YAML_LINE_BREAKS = Pattern.compile("[ \\t]*\\R[ \\t]*");

    private Escaper() {}

    /**
     * Escapes inline Markdown text.
     *
     * @param atStart the text starts the unit (a block): block markers there are escaped too
     */
    static String inline(String text, Region.Syntax syntax, boolean atStart) {
        return inline(text, syntax, atStart, true);
    }

    /**
     * As {@link #inline(String, Region.Syntax, boolean)}; {@code beforeBracket} says that what
     * follows the text may start with {@code [}, which would make a final {@code !} open an image
     * (otherwise a final {@code !} is text and stays as it is).
     */
    static String inline(String text, Region.Syntax syntax, boolean atStart, boolean beforeBracket) {
        String s = Parts.hasLineBreak(text) ? LINE_BREAKS.matcher(text).replaceAll(" ") : text;
        // most translations need no escape: the builder is made at the first one
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            if (needsEscape(s, i, syntax, beforeBracket)) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                sb.append('\\');
            }
            if (sb != null) {
                sb.append(s.charAt(i));
            }
        }
        String escaped = sb == null ? s : sb.toString();
        return atStart ? escapeBlockStart(escaped) : escaped;
    }

    private static boolean needsEscape(String s, int i, Region.Syntax syntax, boolean beforeBracket) {
        char c = s.charAt(i);
        switch (c) {
            case '\\', '`', '*', '[', ']', '~' -> {
                return true;
            }
            case '<' -> {
                return opensTag(s, i);
            }
            case '_' -> {
                return !(i > 0 && i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i - 1))
                        && Character.isLetterOrDigit(s.charAt(i + 1)));
            }
            case '&' -> {
                return ENTITY_AHEAD.matcher(s).region(i, s.length()).lookingAt();
            }
            case '!' -> {
                return i == s.length() - 1 && beforeBracket;
            }
            case '|' -> {
                return syntax == Region.Syntax.TABLE_CELL;
            }
            case '#' -> {
                return syntax == Region.Syntax.HEADING;
            }
            default -> {
                return false;
            }
        }
    }

    /**
     * Whether the {@code <} at {@code i} could open raw HTML or an autolink: followed by a letter
     * (a tag or a URI scheme), {@code /}, {@code !} or {@code ?}, or by nothing in this text (the
     * next part could supply it). Any other {@code <} is text to CommonMark and stays as it is, so
     * {@code a < b} and a Hugo shortcode's {@code {{< note >}}} come back unchanged.
     */
    private static boolean opensTag(String s, int i) {
        if (i + 1 >= s.length()) {
            return true;
        }
        char next = s.charAt(i + 1);
        return next < 128 && Character.isLetter(next) || next == '/' || next == '!' || next == '?';
    }

    /** A translation must not start a list, heading, quote, thematic break or footnote definition. */
    static String escapeBlockStart(String s) {
        int end = blockMarkerEnd(s, 0);
        if (end < 0) {
            return s;
        }
        int at = end - 1;
        return s.substring(0, at) + '\\' + s.substring(at);
    }

    /**
     * True when a line starting at {@code from} in {@code s} would start a block instead of
     * continuing a paragraph: a block marker, {@code <}, a fence, a footnote reference (at the
     * start of a line, {@code [^1]:} defines a footnote, which can interrupt a paragraph),
     * whitespace or nothing. Read in place: the wrapper asks at every break opportunity of a
     * paragraph.
     */
    static boolean startsBlock(String s, int from) {
        if (from >= s.length() || Character.isWhitespace(s.charAt(from))) {
            return true;
        }
        return blockMarkerEnd(s, from) >= 0 || s.charAt(from) == '<' || s.startsWith("```", from)
                || s.startsWith("~~~", from) || s.startsWith("[^", from);
    }

    /**
     * The end of the block marker at {@code from}: one of {@code # > = + | -}, or one to nine ASCII
     * digits and {@code .} or {@code )} (an ordered list item); -1 when there is none.
     */
    private static int blockMarkerEnd(String s, int from) {
        if (from >= s.length()) {
            return -1;
        }
        if ("#>=+|-".indexOf(s.charAt(from)) >= 0) {
            return from + 1;
        }
        int digits = from;
        while (digits < s.length() && digits - from < 9 && s.charAt(digits) >= '0' && s.charAt(digits) <= '9') {
            digits++;
        }
        boolean delimiter = digits > from && digits < s.length() && (s.charAt(digits) == '.' || s.charAt(digits) == ')');
        return delimiter ? digits + 1 : -1;
    }

    /** A link or image title between the given delimiters. */
    static String title(String text, Region.Syntax syntax) {
        String s = LINE_BREAKS.matcher(text).replaceAll(" ").replace("\\", "\\\\");
        s = ENTITY_AHEAD.matcher(s).replaceAll(r -> "\\\\" + r.group().replace("\\", "\\\\"));
        return switch (syntax) {
            case TITLE_DOUBLE -> s.replace("\"", "\\\"");
            case TITLE_SINGLE -> s.replace("'", "\\'");
            case TITLE_PAREN -> s.replace("(", "\\(").replace(")", "\\)");
            default -> s;
        };
    }

    /** A YAML scalar in the quoting style of the source value ({@code quote} 0 for plain). */
    static String yaml(String text, char quote) {
        String s = YAML_LINE_BREAKS.matcher(text).replaceAll(" ").strip();
        if (quote == '\'') {
            return "'" + s.replace("'", "''") + "'";
        }
        if (quote == 0 && plainSafe(s)) {
            return s;
        }
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static boolean plainSafe(String s) {
        return !s.isEmpty() && "-?:,[]{}#&*!|>'\"%@`".indexOf(s.charAt(0)) < 0 && !s.contains(": ")
                && !s.contains(" #") && !s.endsWith(":") && s.chars().noneMatch(c -> c < 0x20);
    }

    /** Text between HTML tags. */
    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
