package dev.docloc.check;

import java.util.List;

/**
 * A word of a segment or of a glossary form, ready for matching.
 *
 * @param start   offset of the word in the (NFC) text, after an elided article ("l'")
 * @param end     offset just past the word
 * @param exact   the word as written, without hyphens in compounds: for case checks
 * @param key     the case-folded, stemmed word: what the trie matches
 * @param folded  the case-folded word when it differs from {@code key}, else {@code null}: a second
 *                key, because light stemmers over-strip some forms without ending (Russian
 *                "систем", genitive plural of "система", stems to "сист")
 * @param barrier whether punctuation, inline code or a line break separates this word from the
 *                previous one, so no multi-word term spans the two
 * @param parts   for a hyphenated German compound ("KVM-Hypervisor"), its parts; else empty
 * @param offsets for a compound, the text offset of each character of {@code exact}; else
 *                {@code null} (character i is at {@code start + i})
 */
record TermToken(int start, int end, String exact, String key, String folded, boolean barrier,
                 List<TermToken> parts, int[] offsets) {

    /** The text offset of character {@code i} of {@link #exact()}. */
    int offset(int i) {
        if (offsets == null) {
            return start + i;
        }
        return i < offsets.length ? offsets[i] : end;
    }

    /** Whether character {@code i} of {@link #exact()} starts a part of a hyphenated compound. */
    boolean startsPart(int i) {
        return offsets != null && i > 0 && i < offsets.length && offsets[i] != offsets[i - 1] + 1;
    }
}
