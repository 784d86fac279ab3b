package dev.docloc.merge;

import org.commonmark.text.Characters;

/**
 * CommonMark's rules for whether a delimiter run of {@code *}, {@code _} or {@code ~} can open or
 * close emphasis (spec 0.31.2, section 6.2): they look only at the character just before and just
 * after the run, with the parser's own definitions of Unicode whitespace and punctuation (symbols
 * count as punctuation). A neighbor of -1 is the start or end of the line, which counts as
 * whitespace. Strikethrough follows the rules of {@code *}.
 */
final class Flanking {
    /** The start or end of the line. */
    static final int NONE = -1;

    private Flanking() {}

    static boolean canOpen(char delimiter, int before, int after) {
        boolean left = leftFlanking(before, after);
        return delimiter == '_' ? left && (!rightFlanking(before, after) || punctuation(before)) : left;
    }

    static boolean canClose(char delimiter, int before, int after) {
        boolean right = rightFlanking(before, after);
        return delimiter == '_' ? right && (!leftFlanking(before, after) || punctuation(after)) : right;
    }

    /** Not followed by whitespace, and not followed by punctuation unless preceded by whitespace or punctuation. */
    static boolean leftFlanking(int before, int after) {
        return !whitespace(after) && (!punctuation(after) || whitespace(before) || punctuation(before));
    }

    /** Not preceded by whitespace, and not preceded by punctuation unless followed by whitespace or punctuation. */
    static boolean rightFlanking(int before, int after) {
        return !whitespace(before) && (!punctuation(before) || whitespace(after) || punctuation(after));
    }

    static boolean whitespace(int cp) {
        return cp == NONE || Characters.isWhitespaceCodePoint(cp);
    }

    static boolean punctuation(int cp) {
        return cp != NONE && Characters.isPunctuationCodePoint(cp);
    }
}
