package dev.docloc.merge;

import dev.docloc.segment.Code;
import dev.docloc.segment.Part;
import dev.docloc.segment.Parts;
import dev.docloc.segment.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Makes translated formatting read as formatting. CommonMark decides whether {@code **} opens or
 * closes strong emphasis by the characters written around it ({@link Flanking}), and a translation
 * puts other characters there than the source did. Where a pair of emphasis, strong emphasis or
 * strikethrough codes would not read as such, this changes the markup, never the text:
 * <ul>
 *   <li>whitespace just inside a delimiter (or a link bracket) goes just outside it:
 *       {@code ** bold**} is not bold;</li>
 *   <li>{@code _} and {@code __} become {@code *} and {@code **}, which may stand inside a word
 *       ({@code Das *Haupt*programm}); both show the same;</li>
 *   <li>a letter next to a delimiter run that punctuation closes off from the text it marks
 *       ({@code は**「重要」**です}) is written as a numeric character reference
 *       ({@code &#x306F;**「重要」**&#x3067;す}): the parser decides by the characters as written,
 *       the reader sees the same letter;</li>
 *   <li>a bare URL next to a delimiter run is written bounded ({@link Autolinks#bounded}).</li>
 * </ul>
 * A pair that none of this can make read ({@link #unshown}: around no text, or next to other
 * markup that starts or ends with a letter) is left as it is.
 */
final class FlankFixer {
    private FlankFixer() {}

    /** {@code parts} with their formatting written so that it reads as formatting where it can. */
    static List<Part> fix(List<Part> parts) {
        List<Part> out = new ArrayList<>(moveWhitespace(parts));
        // a reference written for one pair may stand just inside another: repeat until none changes
        boolean changed = true;
        for (int round = 0; changed && round <= out.size(); round++) {
            changed = fixPairs(out);
        }
        return List.copyOf(out);
    }

    /** The pairs of {@code parts} that do not read as formatting even when fixed, as they are in {@code parts}. */
    static List<CodeMatcher.Unshown> unshown(List<Part> parts) {
        // the merge asks for every translated segment, and most hold no formatting
        if (parts.stream().noneMatch(p -> delimiter(p) != 0)) {
            return List.of();
        }
        List<Part> out = fix(parts);
        List<CodeMatcher.Unshown> found = new ArrayList<>();
        for (int open = 0; open < out.size(); open++) {
            int close = closing(out, open);
            if (close >= 0 && !shows(out, open, close)) {
                Code o = (Code) out.get(open);
                found.add(new CodeMatcher.Unshown(original(parts, o, Code.Kind.OPEN),
                        original(parts, o, Code.Kind.CLOSE), blocker(out, open, close)));
            }
        }
        return List.copyOf(found);
    }

    private static List<Part> moveWhitespace(List<Part> parts) {
        List<Part> out = new ArrayList<>(parts);
        for (int i = 0; i < out.size(); i++) {
            if (!(out.get(i) instanceof Code c) || !movesWhitespace(c)) {
                continue;
            }
            if (c.kind() == Code.Kind.OPEN && i + 1 < out.size() && out.get(i + 1) instanceof Text t
                    && !t.text().isEmpty() && Character.isWhitespace(t.text().charAt(0))) {
                String lead = t.text().substring(0, t.text().length() - t.text().stripLeading().length());
                out.set(i + 1, new Text(t.text().stripLeading()));
                out.add(i, new Text(lead));
                i++;
            } else if (c.kind() == Code.Kind.CLOSE && i > 0 && out.get(i - 1) instanceof Text t
                    && !t.text().isEmpty() && Character.isWhitespace(t.text().charAt(t.text().length() - 1))) {
                String trail = t.text().substring(t.text().stripTrailing().length());
                out.set(i - 1, new Text(t.text().stripTrailing()));
                out.add(i + 1, new Text(trail));
            }
        }
        return Parts.normalize(out);
    }

    private static boolean movesWhitespace(Code c) {
        return delimiter(c) != 0 || c.type() == Code.Type.LINK;
    }

    /** Fixes each pair that does not read; true when something changed. */
    private static boolean fixPairs(List<Part> out) {
        boolean changed = false;
        for (int open = 0; open < out.size(); open++) {
            int close = closing(out, open);
            if (close >= 0 && !shows(out, open, close)) {
                changed |= fixPair(out, open, close);
            }
        }
        return changed;
    }

    /**
     * {@code *} reads wherever {@code _} does and inside words too, so it replaces {@code _} first;
     * then each side that still does not read gets its outer neighbor loosened. The closing side
     * goes first: what it inserts comes after {@code open}.
     */
    private static boolean fixPair(List<Part> out, int open, int close) {
        if (close == open + 1) {
            return false;
        }
        boolean changed = false;
        if (delimiter(out.get(open)) == '_') {
            out.set(open, withDelimiter((Code) out.get(open), '*'));
            out.set(close, withDelimiter((Code) out.get(close), '*'));
            changed = true;
        }
        if (!closes(out, close)) {
            changed |= loosen(out, runEnd(out, close) + 1, true);
        }
        if (!opens(out, open)) {
            changed |= loosen(out, runStart(out, open) - 1, false);
        }
        return changed;
    }

    /**
     * Makes the part at {@code at} end (or, {@code first}, start) with punctuation as written: a
     * letter of text becomes a character reference, a bare URL is bounded. False when it cannot.
     */
    private static boolean loosen(List<Part> out, int at, boolean first) {
        if (at < 0 || at >= out.size()) {
            return false;
        }
        if (out.get(at) instanceof Code c) {
            String bounded = Autolinks.isBare(c) ? Autolinks.bounded(c.data()) : null;
            if (bounded != null) {
                out.set(at, new Code(c.id(), c.kind(), c.type(), bounded, c.start(), c.subflows()));
            }
            return bounded != null;
        }
        String text = ((Text) out.get(at)).text();
        int cp = first ? text.codePointAt(0) : text.codePointBefore(text.length());
        if (Flanking.whitespace(written(cp)) || Flanking.punctuation(cp)) {
            return false;
        }
        int n = Character.charCount(cp);
        Code reference = Code.of("", Code.Kind.PLACEHOLDER, Code.Type.ENTITY,
                "&#x" + Integer.toHexString(cp).toUpperCase(Locale.ROOT) + ";");
        String rest = first ? text.substring(n) : text.substring(0, text.length() - n);
        out.set(at, reference);
        if (!rest.isEmpty()) {
            out.add(first ? at + 1 : at, new Text(rest));
        }
        return true;
    }

    /** The index of the code that closes the pair opened at {@code open}, or -1. */
    private static int closing(List<Part> out, int open) {
        if (!(out.get(open) instanceof Code o) || o.kind() != Code.Kind.OPEN || delimiter(o) == 0) {
            return -1;
        }
        for (int i = open + 1; i < out.size(); i++) {
            if (out.get(i) instanceof Code c && c.kind() == Code.Kind.CLOSE && c.id().equals(o.id())
                    && c.type() == o.type()) {
                return delimiter(c) == delimiter(o) ? i : -1;
            }
        }
        return -1;
    }

    private static boolean shows(List<Part> out, int open, int close) {
        return close > open + 1 && opens(out, open) && closes(out, close);
    }

    private static boolean opens(List<Part> out, int i) {
        return Flanking.canOpen(delimiter(out.get(i)), before(out, runStart(out, i)), after(out, runEnd(out, i)));
    }

    private static boolean closes(List<Part> out, int i) {
        return Flanking.canClose(delimiter(out.get(i)), before(out, runStart(out, i)), after(out, runEnd(out, i)));
    }

    /** The first index of the delimiter run that the code at {@code i} is part of. */
    private static int runStart(List<Part> out, int i) {
        char d = delimiter(out.get(i));
        int s = i;
        while (s > 0 && delimiter(out.get(s - 1)) == d) {
            s--;
        }
        return s;
    }

    private static int runEnd(List<Part> out, int i) {
        char d = delimiter(out.get(i));
        int e = i;
        while (e + 1 < out.size() && delimiter(out.get(e + 1)) == d) {
            e++;
        }
        return e;
    }

    /** The character written just before part {@code i}; a hard line break ends its line. */
    private static int before(List<Part> out, int i) {
        if (i == 0) {
            return Flanking.NONE;
        }
        if (out.get(i - 1) instanceof Text t) {
            return written(t.text().codePointBefore(t.text().length()));
        }
        Code c = (Code) out.get(i - 1);
        boolean lineEnds = c.type() == Code.Type.LINE_BREAK || c.data().isEmpty();
        return lineEnds ? Flanking.NONE : c.data().codePointBefore(c.data().length());
    }

    private static int after(List<Part> out, int i) {
        if (i + 1 == out.size()) {
            return Flanking.NONE;
        }
        if (out.get(i + 1) instanceof Text t) {
            return written(t.text().codePointAt(0));
        }
        Code c = (Code) out.get(i + 1);
        return c.data().isEmpty() ? Flanking.NONE : c.data().codePointAt(0);
    }

    /** Line breaks in translated text are written as spaces. */
    private static int written(int cp) {
        return Parts.hasLineBreak(Character.toString(cp)) ? ' ' : cp;
    }

    /**
     * The delimiter character of an emphasis, strong emphasis or strikethrough code made of one
     * repeated {@code *}, {@code _} or {@code ~}; 0 for any other part.
     */
    private static char delimiter(Part p) {
        if (!(p instanceof Code c) || c.data().isEmpty() || c.kind() == Code.Kind.PLACEHOLDER
                || c.type() != Code.Type.EMPHASIS && c.type() != Code.Type.STRONG
                && c.type() != Code.Type.STRIKETHROUGH) {
            return 0;
        }
        char d = c.data().charAt(0);
        boolean repeated = c.data().chars().allMatch(ch -> ch == d);
        return repeated && (d == '*' || d == '_' || d == '~') ? d : 0;
    }

    private static Code withDelimiter(Code c, char d) {
        return new Code(c.id(), c.kind(), c.type(), String.valueOf(d).repeat(c.data().length()), c.start(),
                c.subflows());
    }

    private static Code original(List<Part> parts, Code fixed, Code.Kind kind) {
        for (Part p : parts) {
            if (p instanceof Code c && c.kind() == kind && c.id().equals(fixed.id()) && c.type() == fixed.type()) {
                return c;
            }
        }
        return fixed;
    }

    /**
     * The markup next to a pair that keeps it from reading: "" when the pair marks no text, else
     * the code next to the side that does not read, or the character there.
     */
    private static String blocker(List<Part> out, int open, int close) {
        if (close == open + 1) {
            return "";
        }
        boolean opening = !opens(out, open);
        int outer = opening ? runStart(out, open) - 1 : runEnd(out, close) + 1;
        int inner = opening ? runEnd(out, open) + 1 : runStart(out, close) - 1;
        for (int at : new int[] {outer, inner}) {
            if (at >= 0 && at < out.size() && out.get(at) instanceof Code c && delimiter(c) == 0) {
                return c.data();
            }
        }
        int cp = opening ? before(out, runStart(out, open)) : after(out, runEnd(out, close));
        return cp == Flanking.NONE ? "" : Character.toString(cp);
    }
}
