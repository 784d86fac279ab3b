package dev.docloc.merge;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Lays rendered inline content out like the source: on one line when the source content was on
 * one line, else wrapped at the source's width with ICU line breaking (which also breaks between
 * CJK characters) and the source's continuation prefix. Breaks are only taken inside translated
 * text, never inside a code, and never where the next line would start a new block.
 */
final class Layout {
    /** A piece of rendered content: escaped text (breakable), a code (not), or a forced line break. */
    record Token(String s, boolean text, boolean forcedBreak) {}

    private Layout() {}

    static String lay(List<Token> tokens, String continuation, int firstColumn, int width, ULocale locale) {
        StringBuilder chunk = new StringBuilder();
        List<int[]> textRanges = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        int column = firstColumn;
        for (Token t : tokens) {
            if (t.forcedBreak()) {
                out.append(wrap(chunk.toString(), textRanges, continuation, column, width, locale));
                out.append(t.s()).append(continuation);
                chunk.setLength(0);
                textRanges.clear();
                column = prefixLength(continuation);
                continue;
            }
            if (t.text()) {
                textRanges.add(new int[] {chunk.length(), chunk.length() + t.s().length()});
            }
            chunk.append(t.s());
        }
        out.append(wrap(chunk.toString(), textRanges, continuation, column, width, locale));
        return out.toString();
    }

    /** Greedy wrapping of one run of content between forced breaks. */
    private static String wrap(String s, List<int[]> textRanges, String cont, int column, int width, ULocale locale) {
        if (width <= 0) {
            return s;
        }
        boolean[] inText = new boolean[s.length()];
        for (int[] r : textRanges) {
            for (int i = r[0]; i < r[1]; i++) {
                inText[i] = true;
            }
        }
        StringBuilder out = new StringBuilder();
        int lineStart = 0;
        int col = column;
        int lastBreak = -1;
        int lastCut = -1;
        for (int p : opportunities(s, inText, locale)) {
            int cut = cutBefore(s, inText, p);
            boolean allowed = p < s.length() && cut >= 0 && !Escaper.startsBlock(s, p);
            int len = col + s.codePointCount(lineStart, p == s.length() ? p : Math.max(lineStart, cut < 0 ? p : cut));
            if (len > width && lastBreak > lineStart) {
                out.append(s, lineStart, lastCut).append(cont);
                lineStart = lastBreak;
                col = prefixLength(cont);
                lastBreak = -1;
            }
            if (allowed) {
                lastBreak = p;
                lastCut = cut;
            }
        }
        out.append(s.substring(lineStart));
        return out.toString();
    }

    /**
     * Where a line may break, in order: where ICU line breaking allows it, and after every space
     * in text. A Markdown line break is read as a space, so breaking where ICU would not (before
     * {@code !} or a closing bracket, after an opening one) changes nothing that a reader sees,
     * and a source filled at spaces breaks there.
     */
    private static int[] opportunities(String s, boolean[] inText, ULocale locale) {
        BitSet at = new BitSet(s.length() + 1);
        BreakIterator bi = BreakIterator.getLineInstance(locale);
        bi.setText(s);
        for (int p = bi.next(); p != BreakIterator.DONE; p = bi.next()) {
            at.set(p);
        }
        for (int p = 1; p < s.length(); p++) {
            if (s.charAt(p - 1) == ' ' && inText[p - 1] && s.charAt(p) != ' ') {
                at.set(p);
            }
        }
        return at.stream().toArray();
    }

    /** The width of a continuation prefix, its line break left out. */
    private static int prefixLength(String continuation) {
        return continuation.replace("\r", "").replace("\n", "").length();
    }

    /**
     * Where the line ends if it breaks before {@code p}: before the whitespace that precedes
     * {@code p}, or at {@code p} between two characters of a script written without spaces.
     * -1 when no break is allowed there.
     */
    private static int cutBefore(String s, boolean[] inText, int p) {
        if (p <= 0 || p >= s.length()) {
            return -1;
        }
        int q = p;
        while (q > 0 && s.charAt(q - 1) == ' ' && inText[q - 1]) {
            q--;
        }
        if (q < p) {
            return q > 0 ? q : -1;
        }
        boolean cjk = inText[p - 1] && inText[p] && noSpaceScript(s.codePointBefore(p)) && noSpaceScript(s.codePointAt(p));
        return cjk ? p : -1;
    }

    private static boolean noSpaceScript(int cp) {
        Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
        return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.THAI
                || Character.getType(cp) == Character.OTHER_PUNCTUATION && cp > 0x3000;
    }
}
