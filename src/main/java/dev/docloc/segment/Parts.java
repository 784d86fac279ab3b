package dev.docloc.segment;

import java.util.List;

/** Small helpers over lists of parts and their texts. */
public final class Parts {
    private Parts() {}

    /** The text of the parts, codes left out. */
    public static String plainText(List<Part> parts) {
        StringBuilder sb = new StringBuilder();
        for (Part p : parts) {
            if (p instanceof Text t) {
                sb.append(t.text());
            }
        }
        return sb.toString();
    }

    /**
     * The text of the parts with each code replaced by U+FFFC, so that matchers see where markup
     * was without matching across it.
     */
    public static String textWithCodeMarks(List<Part> parts) {
        StringBuilder sb = new StringBuilder();
        for (Part p : parts) {
            if (p instanceof Text t) {
                sb.append(t.text());
            } else {
                sb.append('\uFFFC');
            }
        }
        return sb.toString();
    }

    /** The codes of the parts, in order. */
    public static List<Code> codes(List<Part> parts) {
        // a loop, not a stream: merge and check ask for every segment, most of which hold no code
        java.util.ArrayList<Code> out = null;
        for (Part p : parts) {
            if (p instanceof Code c) {
                if (out == null) {
                    out = new java.util.ArrayList<>();
                }
                out.add(c);
            }
        }
        return out == null ? java.util.Collections.emptyList() : java.util.Collections.unmodifiableList(out);
    }

    /**
     * Whether {@code s} holds a Markdown line ending: a line feed or a carriage return (CommonMark
     * knows no other; a form feed, U+0085 or U+2028 is a character of the line). A quick test
     * before splitting or joining lines, as almost no segment holds one.
     */
    public static boolean hasLineBreak(String s) {
        return s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
    }

    /**
     * True when the text of the parts shows nothing: it holds no character but spaces (of any
     * width), line breaks and invisible format characters (bidi marks, zero-width spaces, a byte
     * order mark). Codes are not looked at.
     */
    public static boolean blankText(List<Part> parts) {
        for (Part p : parts) {
            if (p instanceof Text t && !t.text().codePoints().allMatch(c -> Character.isWhitespace(c)
                    || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when {@code target} translates none of {@code source}'s content, which has some: its
     * text is blank ({@link #blankText}) and it has no code either, or keeps only codes of a
     * source that has words. A source of codes only (an image, inline code) may be translated by
     * the same codes. The {@code qa-empty} check reports such a target, and publishing takes the
     * source text instead, so the two must agree on it.
     */
    public static boolean emptyTranslation(List<Part> source, List<Part> target) {
        // the target first: almost every one shows text, which settles it (the memory asks this
        // of every translation it takes)
        if (!blankText(target)) {
            return false;
        }
        boolean sourceEmpty = blankText(source) && codes(source).isEmpty();
        return !sourceEmpty && (codes(target).isEmpty() || hasWords(source));
    }

    /** True when the parts contain a letter or digit. */
    public static boolean hasWords(List<Part> parts) {
        return plainText(parts).codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** Merges adjacent texts and drops empty ones. */
    public static List<Part> normalize(List<Part> parts) {
        java.util.ArrayList<Part> out = new java.util.ArrayList<>();
        for (Part p : parts) {
            if (p instanceof Text t) {
                if (t.text().isEmpty()) {
                    continue;
                }
                if (!out.isEmpty() && out.get(out.size() - 1) instanceof Text prev) {
                    out.set(out.size() - 1, new Text(prev.text() + t.text()));
                    continue;
                }
            }
            out.add(p);
        }
        return List.copyOf(out);
    }
}
