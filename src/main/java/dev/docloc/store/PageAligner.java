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
            for (UnitPart p : splitter.split(whole)) {
                if (p instanceof Segment seg) {
                    pieces.add(seg.source());
                }
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
