package dev.docloc.store;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import dev.docloc.segment.Part;
import dev.docloc.segment.Parts;
import java.util.ArrayList;
import java.util.List;

/**
 * Token-based similarity of two texts (ICU word boundaries, NFC, case folding): one minus the
 * word edit distance over the longer length; and a word-level diff for translators' notes.
 */
public final class Similarity {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private Similarity() {}

    public static List<String> tokens(String text) {
        String s = UCharacter.foldCase(NFC.normalize(text), true);
        BreakIterator bi = BreakIterator.getWordInstance(ULocale.ROOT);
        bi.setText(s);
        List<String> out = new ArrayList<>();
        int start = bi.first();
        for (int end = bi.next(); end != BreakIterator.DONE; start = end, end = bi.next()) {
            String t = s.substring(start, end);
            if (!t.isBlank()) {
                out.add(t);
            }
        }
        return out;
    }

    public static double of(List<Part> a, List<Part> b) {
        return ofTokens(tokens(Parts.plainText(a)), tokens(Parts.plainText(b)));
    }

    /** {@link #of} over texts already split into tokens. */
    public static double ofTokens(List<String> x, List<String> y) {
        int max = Math.max(x.size(), y.size());
        return max == 0 ? 1.0 : 1.0 - (double) distance(x, y) / max;
    }

    private static int distance(List<String> a, List<String> b) {
        int[] prev = new int[b.size() + 1];
        int[] cur = new int[b.size() + 1];
        for (int j = 0; j <= b.size(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.size(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.size(); j++) {
                int sub = prev[j - 1] + (a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.size()];
    }

    /** A word diff of {@code before} → {@code after}: removed words as [-…-], added as {+…+}. */
    public static String diff(String before, String after) {
        String[] a = before.split("\\s+");
        String[] b = after.split("\\s+");
        int[][] l = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                l[i][j] = a[i].equals(b[j]) ? l[i + 1][j + 1] + 1 : Math.max(l[i + 1][j], l[i][j + 1]);
            }
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                sb.append(a[i]).append(' ');
                i++;
                j++;
            } else if (j < b.length && (i == a.length || l[i][j + 1] >= l[i + 1][j])) {
                sb.append("{+").append(b[j++]).append("+} ");
            } else {
                sb.append("[-").append(a[i++]).append("-] ");
            }
        }
        return sb.toString().trim();
    }
}
