package dev.docloc.merge;

import dev.docloc.segment.Parts;
import dev.docloc.segment.Region;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Escapes translated text for the place it is written to, so that a translation can never change
 * the document's structure: what a translator types is always text.
 */
final class Escaper {
    /**
     * What escaping needs to know of the rest of the unit: the characters written right before and
     * after the text (-1 for none, or a line end), the page's link reference labels (normalized by
     * {@link #label}), and the lengths of the runs of {@code ~} written more than once in the unit.
     * With it, {@code [}, {@code ]} and {@code ~} are escaped only where they could be syntax.
     */
    record Context(int before, int after, Set<String> labels, Set<Integer> repeatedTildeRuns) {
        /** Nothing known (not even the page's labels): every bracket and tilde is escaped. */
        static final Context UNKNOWN = new Context('~', '(', Set.of(), Set.of(1, 2));

        Context {
            labels = Set.copyOf(labels);
            repeatedTildeRuns = Set.copyOf(repeatedTildeRuns);
        }
    }

    private static final Pattern ENTITY_AHEAD = Pattern.compile("&(?:#[xX]?[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);");
    // Markdown's line endings (CommonMark: LF, CR, CRLF); other separators are text and stay
    private static final Pattern LINE_BREAKS = Pattern.compile("[ \\t]*(?:\\r\\n|\\r|\\n)[ \\t]*");
    // YAML 1.1's, which also breaks at U+0085, U+2028 and U+2029
    private static final Pattern YAML_LINE_BREAKS = Pattern.compile("[ \\t]*\\R[ \\t]*");
    private static final Pattern WHITESPACE = Pattern.compile("[ \\t\\r\\n]+");

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
        return inline(text, syntax, atStart, beforeBracket, Context.UNKNOWN);
    }

    /**
     * As {@link #inline(String, Region.Syntax, boolean, boolean)}, with what the text is written
     * between: brackets and tildes that cannot be read as syntax there stay as they are.
     */
    static String inline(String text, Region.Syntax syntax, boolean atStart, boolean beforeBracket, Context context) {
        String s = Parts.hasLineBreak(text) ? LINE_BREAKS.matcher(text).replaceAll(" ") : text;
        BitSet asText = new BitSet();
        if (context != Context.UNKNOWN) {
            asText.or(plainBrackets(s, atStart, context));
            asText.or(plainTildes(s, context));
        }
        // most translations need no escape: the builder is made at the first one
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            if (!asText.get(i) && needsEscape(s, i, syntax, beforeBracket)) {
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
     * The brackets of each {@code [label]} in {@code s} that CommonMark reads as text: the label
     * holds no bracket and does not start with {@code ^} (a footnote reference), is not defined by
     * a link reference definition of the page, and what follows {@code ]} is not {@code (} (an
     * inline link) or a {@code [} that opens a defined label (a full reference link) or an empty
     * one (a collapsed one). At the start of the unit, {@code [ ]}, {@code [x]} and {@code [X]}
     * (a task list item) and a label before {@code :} (a link reference definition) stay escaped.
     * An unpaired bracket is always escaped: a bracket of the markup around the text could pair
     * with it.
     */
    private static BitSet plainBrackets(String s, boolean atStart, Context context) {
        BitSet plain = new BitSet();
        for (int open = s.indexOf('['); open >= 0; open = s.indexOf('[', open + 1)) {
            int close = closing(s, open);
            if (close < 0 || !plainLabel(s.substring(open + 1, close), context)) {
                continue;
            }
            int after = close + 1 < s.length() ? s.charAt(close + 1) : context.after();
            if (open == 0 && atStart && (after == ':' || close == 2 && " xX".indexOf(s.charAt(1)) >= 0)) {
                continue;
            }
            // [a][b] is a link when b is defined; [a][] when a is
            int next = after == '[' && close + 1 < s.length() ? closing(s, close + 1) : -1;
            boolean followed = after == '(' || after == '[' && (next < 0 || !plainLabel(s.substring(close + 2, next), context));
            if (!followed) {
                plain.set(open);
                plain.set(close);
            }
        }
        return plain;
    }

    /** The {@code ]} that closes the {@code [} at {@code open} with no bracket between, or -1. */
    private static int closing(String s, int open) {
        int close = open + 1;
        while (close < s.length() && s.charAt(close) != ']' && s.charAt(close) != '[') {
            close++;
        }
        return close < s.length() && s.charAt(close) == ']' ? close : -1;
    }

    /** A label that names no footnote and no link reference definition of the page. */
    private static boolean plainLabel(String label, Context context) {
        // most pages define no reference: then no label needs folding
        return !label.startsWith("^") && (context.labels().isEmpty() || !context.labels().contains(label(label)));
    }

    /**
     * A link label as CommonMark compares it (case-folded, inner whitespace collapsed, trimmed),
     * with backslashes left out so that an escaped and an unescaped form compare equal.
     */
    static String label(String text) {
        String folded = text.replace("\\", "").strip().toLowerCase(Locale.ROOT).toUpperCase(Locale.ROOT);
        return WHITESPACE.matcher(folded).replaceAll(" ");
    }

    /**
     * The tildes of each run of one or two in {@code s} that no other run of the unit can pair
     * with: GFM strikethrough (commonmark-java) pairs a run only with a run of the same length,
     * and runs of three or more strike nothing (they stay escaped all the same: at the start of a
     * line they open a code fence). A run at either end of the text is taken as plain only when
     * the character next to it is no tilde, which would make the run longer.
     */
    private static BitSet plainTildes(String s, Context context) {
        BitSet plain = new BitSet();
        for (int start = s.indexOf('~'); start >= 0; start = s.indexOf('~', start + 1)) {
            int end = start;
            while (end < s.length() && s.charAt(end) == '~') {
                end++;
            }
            int before = start > 0 ? s.charAt(start - 1) : context.before();
            int after = end < s.length() ? s.charAt(end) : context.after();
            boolean apart = spaceOrEnd(before) && spaceOrEnd(after);
            boolean alone = before != '~' && after != '~' && end - start <= 2 && !context.repeatedTildeRuns().contains(end - start);
            if (apart && end - start <= 2 || alone) {
                plain.set(start, end);
            }
            start = end;
        }
        return plain;
    }

    /** Whitespace, a line end or nothing: a delimiter run between two of them is text. */
    private static boolean spaceOrEnd(int c) {
        return c < 0 || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * The lengths of the runs of {@code ~} that occur more than once in line {@code s}, leaving
     * out runs with whitespace on both sides, which can neither open nor close.
     */
    static Set<Integer> repeatedTildeRuns(String s) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int start = s.indexOf('~'); start >= 0; start = s.indexOf('~', start)) {
            int end = start;
            while (end < s.length() && s.charAt(end) == '~') {
                end++;
            }
            if (!spaceOrEnd(start > 0 ? s.charAt(start - 1) : -1) || !spaceOrEnd(end < s.length() ? s.charAt(end) : -1)) {
                counts.merge(end - start, 1, Integer::sum);
            }
            start = end;
        }
        Set<Integer> repeated = new HashSet<>();
        counts.forEach((length, n) -> {
            if (n > 1) {
                repeated.add(length);
            }
        });
        return Set.copyOf(repeated);
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

    /**
     * A translation must not start a list, heading, quote, thematic break, footnote definition,
     * MkDocs admonition ({@code !!!}, {@code ???}) or content tab ({@code ===}): its marker's last
     * character is escaped, {@code =} and {@code ?} as numeric references ({@code &#x3D;}).
     */
    static String escapeBlockStart(String s) {
        int end = blockMarkerEnd(s, 0);
        if (end < 0) {
            return s;
        }
        int at = end - 1;
        char c = s.charAt(at);
        // Python-Markdown takes no backslash before = or ?, and MkDocs would show it: a numeric
        // reference reads as the character in both, and starts no block in either
        if (c == '=' || c == '?') {
            return s.substring(0, at) + "&#x" + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT) + ';'
                    + s.substring(at + 1);
        }
        return s.substring(0, at) + '\\' + s.substring(at);
    }

    /**
     * True when a line starting at {@code from} in {@code s} would start a block instead of
     * continuing a paragraph: a block marker, {@code <}, a fence, a footnote reference (at the
     * start of a line, {@code [^1]:} defines a footnote, which can interrupt a paragraph), a
     * table delimiter row ({@code |}, {@code -} or {@code :-}: the line before it becomes a
     * table header), whitespace or nothing. Read in place: the wrapper asks at every break
     * opportunity of a paragraph.
     */
    static boolean startsBlock(String s, int from) {
        if (from >= s.length() || Character.isWhitespace(s.charAt(from))) {
            return true;
        }
        return blockMarkerEnd(s, from) >= 0 || s.charAt(from) == '<' || s.startsWith("```", from)
                || s.startsWith("~~~", from) || s.startsWith("[^", from) || s.startsWith(":-", from);
    }

    /**
     * The end of the block marker at {@code from}: one of {@code # > = + | -}, or one to nine ASCII
     * digits and {@code .} or {@code )} (an ordered list item), or the first character of an
     * admonition's {@code !!!} or {@code ???} (which Python-Markdown reads at the start of any
     * line, in a paragraph too); -1 when there is none.
     */
    private static int blockMarkerEnd(String s, int from) {
        if (from >= s.length()) {
            return -1;
        }
        if ("#>=+|-".indexOf(s.charAt(from)) >= 0 || s.startsWith("!!!", from) || s.startsWith("???", from)) {
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
