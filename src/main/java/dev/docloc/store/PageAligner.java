package dev.docloc.store;

import dev.docloc.segment.Code;
import dev.docloc.segment.Part;
import dev.docloc.segment.Parts;
import dev.docloc.segment.SentenceSplitter;
import dev.docloc.segment.Segment;
import dev.docloc.segment.TextUnit;
import dev.docloc.segment.UnitPart;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aligns an existing translated page with its source, unit by unit: a sequence alignment over
 * unit kinds and locked content (the codes' Markdown: inline code, URLs), tolerating units added
 * or removed on either side; then sentence by sentence where the counts agree. Target codes are
 * matched to the source's by kind and markup, then by order of their type.
 */
public final class PageAligner {
    /** The alignment of one page: targets by source segment id, and what could not be aligned. */
    public record Result(Map<String, List<Part>> targets, int sourceUnits, int alignedUnits, List<String> problems) {}

    private PageAligner() {}

    public static Result align(List<TextUnit> source, List<TextUnit> target, SentenceSplitter targetSplitter) {
        int[][] dp = lcs(source, target);
        Map<String, List<Part>> out = new HashMap<>();
        List<String> problems = new ArrayList<>();
        int aligned = 0;
        int i = source.size();
        int j = target.size();
        List<int[]> pairs = new ArrayList<>();
        while (i > 0 && j > 0) {
            if (match(source.get(i - 1), target.get(j - 1)) && dp[i][j] == dp[i - 1][j - 1] + 1) {
                pairs.add(0, new int[] {i - 1, j - 1});
                i--;
                j--;
            } else if (dp[i - 1][j] >= dp[i][j - 1]) {
                i--;
            } else {
                j--;
            }
        }
        for (int[] p : pairs) {
            String problem = alignUnit(source.get(p[0]), target.get(p[1]), targetSplitter, out);
            if (problem == null) {
                aligned++;
            } else {
                problems.add(problem);
            }
        }
        return new Result(out, source.size(), aligned, problems);
    }

    private static int[][] lcs(List<TextUnit> a, List<TextUnit> b) {
        int[][] dp = new int[a.size() + 1][b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                dp[i][j] = match(a.get(i - 1), b.get(j - 1)) ? dp[i - 1][j - 1] + 1 : Math.max(dp[i - 1][j], dp[i][j - 1]);
            }
        }
        return dp;
    }

    /** Same kind and the same locked content (code markup other than link and emphasis delimiters). */
    private static boolean match(TextUnit s, TextUnit t) {
        return s.kind() == t.kind() && locked(s).equals(locked(t));
    }

    private static List<String> locked(TextUnit u) {
        List<String> out = new ArrayList<>();
        for (Code c : Parts.codes(u.sourceParts())) {
            if (c.type() == Code.Type.CODE || c.type() == Code.Type.AUTOLINK || c.type() == Code.Type.HTML) {
                out.add(c.data());
            }
        }
        out.sort(null);
        return out;
    }

    private static String alignUnit(TextUnit s, TextUnit t, SentenceSplitter splitter, Map<String, List<Part>> out) {
        List<Segment> ss = s.segments();
        List<Part> whole = Parts.normalize(t.sourceParts());
        List<List<Part>> pieces = new ArrayList<>();
        if (ss.size() == 1) {
            pieces.add(whole);
        } else {
            List<String> gaps = new ArrayList<>();
            for (UnitPart p : splitter.split(whole)) {
                if (p instanceof Segment seg) {
                    pieces.add(seg.source());
                    gaps.add("");
                } else if (p instanceof dev.docloc.segment.Ignorable ig && !gaps.isEmpty()) {
                    gaps.set(gaps.size() - 1, ig.text());
                }
            }
            if (pieces.size() > ss.size()) {
                pieces = joinSentences(ss, pieces, gaps);
            }
            if (pieces.size() != ss.size()) {
                return "unit " + s.id() + ": " + ss.size() + " source sentences, " + pieces.size() + " in the translation";
            }
        }
        for (int k = 0; k < ss.size(); k++) {
            List<Part> mapped = mapCodes(ss.get(k).source(), pieces.get(k));
            if (mapped == null) {
                return "unit " + s.id() + ": the translation's markup does not match the source's";
            }
            out.put(ss.get(k).id(), mapped);
        }
        return null;
    }

    /**
     * When a translator split a sentence in two, joins consecutive target sentences so that each
     * source sentence gets one or more of them: a dynamic programme over lengths (the target
     * length of each source sentence should be proportional to its source length).
     */
    static List<List<Part>> joinSentences(List<Segment> source, List<List<Part>> target, List<String> gaps) {
        int n = source.size();
        int m = target.size();
        double[] sl = new double[n];
        double[] tl = new double[m];
        double st = 0;
        double tt = 0;
        for (int i = 0; i < n; i++) {
            sl[i] = Math.max(1, Parts.plainText(source.get(i).source()).length());
            st += sl[i];
        }
        for (int j = 0; j < m; j++) {
            tl[j] = Math.max(1, Parts.plainText(target.get(j)).length());
            tt += tl[j];
        }
        double ratio = tt / st;
        double[][] cost = new double[n + 1][m + 1];
        int[][] back = new int[n + 1][m + 1];
        for (double[] row : cost) {
            java.util.Arrays.fill(row, Double.MAX_VALUE);
        }
        cost[0][0] = 0;
        for (int i = 1; i <= n; i++) {
            for (int j = i; j <= m; j++) {
                double len = 0;
                for (int k = 1; k <= j - (i - 1) && k <= 4; k++) {
                    len += tl[j - k];
                    if (cost[i - 1][j - k] == Double.MAX_VALUE) {
                        continue;
                    }
                    double d = Math.log(len / (sl[i - 1] * ratio));
                    double c = cost[i - 1][j - k] + d * d + 0.1 * (k - 1);
                    if (c < cost[i][j]) {
                        cost[i][j] = c;
                        back[i][j] = k;
                    }
                }
            }
        }
        if (cost[n][m] == Double.MAX_VALUE) {
            return target;
        }
        List<List<Part>> out = new ArrayList<>();
        int j = m;
        for (int i = n; i > 0; i--) {
            int k = back[i][j];
            List<Part> joined = new ArrayList<>();
            for (int x = j - k; x < j; x++) {
                joined.addAll(target.get(x));
                if (x < j - 1) {
                    joined.add(new dev.docloc.segment.Text(gaps.get(x)));
                }
            }
            out.add(0, Parts.normalize(joined));
            j -= k;
        }
        return out;
    }

    /** Replaces the target's codes by the source's: same markup first, else same type in order. */
    static List<Part> mapCodes(List<Part> source, List<Part> target) {
        List<Code> available = new ArrayList<>(Parts.codes(source));
        Map<String, String> pairIds = new HashMap<>();
        List<Part> out = new ArrayList<>();
        for (Part p : target) {
            if (!(p instanceof Code c)) {
                out.add(p);
                continue;
            }
            Code m = c.kind() == Code.Kind.CLOSE ? closing(available, pairIds.get(c.id())) : find(available, c);
            if (m == null) {
                return null;
            }
            if (c.kind() == Code.Kind.OPEN) {
                pairIds.put(c.id(), m.id());
            }
            available.remove(m);
            out.add(m);
        }
        return available.isEmpty() ? out : null;
    }

    private static Code find(List<Code> available, Code c) {
        for (Code a : available) {
            if (a.kind() == c.kind() && a.type() == c.type() && a.data().equals(c.data())) {
                return a;
            }
        }
        for (Code a : available) {
            if (a.kind() == c.kind() && a.type() == c.type() && c.type() != Code.Type.CODE) {
                return a;
            }
        }
        return null;
    }

    private static Code closing(List<Code> available, String id) {
        for (Code a : available) {
            if (a.kind() == Code.Kind.CLOSE && a.id().equals(id)) {
                return a;
            }
        }
        return null;
    }
}
