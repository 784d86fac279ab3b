package dev.docloc.store;

import dev.docloc.segment.Code;
import dev.docloc.segment.Ignorable;
import dev.docloc.segment.Part;
import dev.docloc.segment.Parts;
import dev.docloc.segment.Segment;
import dev.docloc.segment.SentenceSplitter;
import dev.docloc.segment.Text;
import dev.docloc.segment.TextUnit;
import dev.docloc.segment.UnitPart;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Aligns an existing translated page with its source, unit by unit, then sentence by sentence.
 *
 * <p>Units: a global sequence alignment (dynamic programme, gaps free) in which two units may pair
 * only when they have the same kind (and, for front matter, the same key) and their content agrees:
 * the anchors both sides keep unchanged (inline code, URLs, numbers, Hugo shortcode names, heading
 * ids, CamelCase names and acronyms), the cognates (words sharing their first four letters) and the
 * lengths. Blocks added or removed on one side stay unpaired and are reported with the reason.
 *
 * <p>Sentences: the translated unit is split with the target language's rules; when it has more
 * sentences than the source, consecutive sentences are joined by length; when it has fewer, the
 * unit is reported. Each target sentence must carry its source sentence's numbers and codes.
 * Target codes are replaced by the source's (matched by markup, else by type in order); a target
 * that lacks a code of the source is reported, never imported without it. Precision first: a unit
 * whose alignment is doubtful is left untranslated.
 *
 * <pre><code>
 * AlignmentReport r = PageAligner.align(sourceUnits, targetUnits, SentenceSplitter.forLanguage("pt-BR"));
 * r.targets().get(segment.id());   // the imported target, or null
 * </code></pre>
 */
public final class PageAligner {
    private PageAligner() {}

    /**
     * Aligns {@code target} (units of the translated page, extracted without segmentation) with
     * {@code source} (units of the source page, segmented).
     */
    public static AlignmentReport align(List<TextUnit> source, List<TextUnit> target, SentenceSplitter targetSplitter) {
        return align(source, "", target, "", targetSplitter);
    }

    /**
     * As {@link #align(List, List, SentenceSplitter)}, with the texts of the pages the units were
     * extracted from: a heading's attribute block ({@code {#id}}), which stays out of its unit, is
     * read there and anchors the heading.
     */
    public static AlignmentReport align(List<TextUnit> source, String sourceText, List<TextUnit> target,
                                        String targetText, SentenceSplitter targetSplitter) {
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(target, "target must not be null");
        Objects.requireNonNull(targetSplitter, "targetSplitter must not be null");
        List<UnitSignature> ss = source.stream().map(u -> UnitSignature.of(u, sourceText)).toList();
        List<UnitSignature> ts = target.stream().map(u -> UnitSignature.of(u, targetText)).toList();
        List<int[]> pairs = UnitSequence.pairs(ss, ts);
        Map<String, List<Part>> out = new HashMap<>();
        List<AlignmentReport.Unaligned> srcLeft = new ArrayList<>();
        List<AlignmentReport.Unaligned> tgtLeft = new ArrayList<>();
        int aligned = 0;
        for (int[] p : pairs) {
            Failure f = alignUnit(source.get(p[0]), target.get(p[1]), targetSplitter, out);
            if (f == null) {
                aligned++;
            } else {
                srcLeft.add(unaligned(true, source.get(p[0]), f.reason(), f.detail()));
                tgtLeft.add(unaligned(false, target.get(p[1]), f.reason(), f.detail()));
            }
        }
        UnitSequence.unpaired(ss, ts, pairs, true).forEach((i, r) -> srcLeft.add(unaligned(true, source.get(i), r, "")));
        UnitSequence.unpaired(ss, ts, pairs, false).forEach((j, r) -> tgtLeft.add(unaligned(false, target.get(j), r, "")));
        List<AlignmentReport.Unaligned> all = new ArrayList<>(srcLeft);
        all.addAll(tgtLeft);
        return new AlignmentReport(out, source.size(), target.size(), aligned, all);
    }

    private static AlignmentReport.Unaligned unaligned(boolean side, TextUnit u, AlignmentReport.Reason r, String detail) {
        String text = Parts.plainText(u.sourceParts()).strip().replaceAll("\\s+", " ");
        return new AlignmentReport.Unaligned(side, u.id(), u.kind(), r, detail,
                text.length() > 60 ? text.substring(0, 57) + "..." : text);
    }

    /** Why an aligned pair of units could not be imported. */
    record Failure(AlignmentReport.Reason reason, String detail) {}

    private static Failure alignUnit(TextUnit s, TextUnit t, SentenceSplitter splitter, Map<String, List<Part>> out) {
        List<Segment> ss = s.segments();
        List<Part> whole = withoutAddedHeadingId(s, Parts.normalize(t.sourceParts()));
        List<List<Part>> pieces = sentences(ss, whole, splitter);
        if (pieces.size() != ss.size()) {
            return new Failure(AlignmentReport.Reason.SENTENCE_COUNT_MISMATCH,
                    ss.size() + " source sentences, " + pieces.size() + " in the translation");
        }
        Map<String, List<Part>> found = new HashMap<>();
        for (int k = 0; k < ss.size(); k++) {
            List<Part> src = ss.get(k).source();
            if (!SentenceCheck.agree(src, pieces.get(k), ss.size() == 1)) {
                return new Failure(AlignmentReport.Reason.SENTENCE_COUNT_MISMATCH,
                        "sentence " + (k + 1) + " does not correspond: numbers, codes or length differ");
            }
            List<Part> mapped = CodeMapper.map(src, pieces.get(k));
            if (mapped == null) {
                return new Failure(AlignmentReport.Reason.CODE_MISMATCH, CodeMapper.describe(src, pieces.get(k)));
            }
            found.put(ss.get(k).id(), mapped);
        }
        out.putAll(found);
        return null;
    }

    private static final Pattern TRAILING_ID = Pattern.compile("\\s*\\{#[\\w.-]+}\\s*$");

    /**
     * Heading ids stay the source's: one the translation added ({@code ## Trecho {#span}}) goes,
     * one the source has and the translation lacks is added, so links into the heading still work.
     */
    private static List<Part> withoutAddedHeadingId(TextUnit s, List<Part> target) {
        if (s.kind() != dev.docloc.segment.UnitKind.HEADING || target.isEmpty()
                || !(target.get(target.size() - 1) instanceof Text last)) {
            return target;
        }
        Matcher source = TRAILING_ID.matcher(Parts.plainText(s.sourceParts()));
        String text = TRAILING_ID.matcher(last.text()).replaceFirst("");
        List<Part> out = new ArrayList<>(target.subList(0, target.size() - 1));
        out.add(new Text(source.find() ? text + source.group() : text));
        return Parts.normalize(out);
    }

    /** The target's sentences, joined where it has more than the source. */
    private static List<List<Part>> sentences(List<Segment> ss, List<Part> whole, SentenceSplitter splitter) {
        List<List<Part>> pieces = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        for (UnitPart p : splitter.split(whole)) {
            if (p instanceof Segment seg) {
                pieces.add(seg.source());
                gaps.add("");
            } else if (p instanceof Ignorable ig && !gaps.isEmpty()) {
                gaps.set(gaps.size() - 1, ig.text());
            }
        }
        return pieces.size() > ss.size() ? joinSentences(ss, pieces, gaps) : pieces;
    }

    /**
     * When a translator split a sentence in two, joins consecutive target sentences so that each
     * source sentence gets one or more of them: a dynamic programme over lengths (the target
     * length of each source sentence should be proportional to its source length) and numbers.
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
        // a translation much longer than its source has sentences the source lacks: joining would hide them
        int[][] back = tt / st > EXPECTED_RATIO * 1.6 ? null : joinCosts(sl, tl, tt / st);
        if (back == null) {
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
                    joined.add(new Text(gaps.get(x)));
                }
            }
            out.add(0, Parts.normalize(joined));
            j -= k;
        }
        return out;
    }

    /** Back pointers (how many target sentences each source sentence takes), or null. */
    private static int[][] joinCosts(double[] sl, double[] tl, double ratio) {
        int n = sl.length;
        int m = tl.length;
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
                    // sentences joined must add up to about one translation of the source sentence
                    if (k > 1 && Math.abs(Math.log(len / (sl[i - 1] * EXPECTED_RATIO))) > Math.log(1.4)) {
                        continue;
                    }
                    double c = cost[i - 1][j - k] + d * d + 0.1 * (k - 1);
                    if (c < cost[i][j]) {
                        cost[i][j] = c;
                        back[i][j] = k;
                    }
                }
            }
        }
        return cost[n][m] == Double.MAX_VALUE ? null : back;
    }

    /** The usual length of a Portuguese (or other Romance) translation relative to its English source. */
    static final double EXPECTED_RATIO = 1.1;

    /** Checks that a target sentence corresponds to its source sentence. */
    static final class SentenceCheck {
        /** A number with its separators, which languages write differently (1,000.5 and 1.000,5). */
        static final Pattern DIGITS = Pattern.compile("\\d+(?:[.,]\\d+)*");

        private SentenceCheck() {}

        /**
         * Same numbers, words when the source has words, and a length within half to twice the
         * expected one (a third to three times for a unit of one sentence): in a unit of several
         * sentences, a pair outside that range means the boundaries are shifted.
         */
        static boolean agree(List<Part> source, List<Part> target, boolean single) {
            if (!numbers(source).equals(numbers(target)) || Parts.hasWords(source) && !Parts.hasWords(target)) {
                return false;
            }
            double s = Parts.plainText(source).length() + 15;
            double t = Parts.plainText(target).length() + 15;
            return Math.abs(Math.log(t / (s * EXPECTED_RATIO))) < Math.log(single ? 3 : 2);
        }

        static List<String> numbers(List<Part> parts) {
            List<String> out = new ArrayList<>();
            Matcher m = DIGITS.matcher(Parts.plainText(parts));
            while (m.find()) {
                out.add(m.group().replaceAll("[.,]", ""));
            }
            out.sort(null);
            return out;
        }
    }

    /** Kept for callers that want the code mapping alone. */
    static List<Part> mapCodes(List<Part> source, List<Part> target) {
        return CodeMapper.map(source, target);
    }

    /** Code types that only format text: a pair of them the source lacks can be dropped losslessly. */
    static final Set<Code.Type> FORMATTING = Set.of(Code.Type.EMPHASIS, Code.Type.STRONG, Code.Type.STRIKETHROUGH);

    /**
     * What two units must share to pair: kind (and front-matter key), anchors kept unchanged by
     * translators, cognates and length.
     */
    record UnitSignature(String kind, Map<String, Integer> anchors, Set<String> cognates, int length, String headingId,
                         String slug, List<String> shortcodes) {
        private static final Pattern SHORTCODE = Pattern.compile("\\{\\{[<%]\\s*(/?[\\w.-]+)");
        private static final Pattern HEADING_ID = Pattern.compile("\\{#([\\w.-]+)}");
        private static final Pattern NAME = Pattern.compile("\\b\\p{L}[\\p{L}\\d]*\\p{Lu}[\\p{L}\\d]*\\b");
        private static final Pattern URL = Pattern.compile("https?://[^\\s)>\\]]+");
        private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");

        /** The signature of {@code u}, extracted from {@code page} (or "" when the page is not known). */
        static UnitSignature of(TextUnit u, String page) {
            String kind = u.kind() == dev.docloc.segment.UnitKind.FRONT_MATTER ? u.context() : u.kind().id();
            List<Part> parts = u.sourceParts();
            String withId = Parts.plainText(parts) + attributeBlock(u, page);
            String text = HEADING_ID.matcher(withId).replaceAll("");
            Map<String, Integer> anchors = new HashMap<>();
            for (Code c : Parts.codes(parts)) {
                String a = codeAnchor(c);
                if (a != null) {
                    anchors.merge(a, 1, Integer::sum);
                }
            }
            SentenceCheck.numbers(parts).forEach(n -> anchors.merge("n:" + n, 1, Integer::sum));
            add(anchors, "u:", URL, text, 0);
            java.util.Set<String> cognates = new java.util.HashSet<>();
            Matcher m = WORD.matcher(text.toLowerCase(java.util.Locale.ROOT));
            while (m.find()) {
                cognates.add(m.group().substring(0, 4));
            }
            // inline HTML (anchors such as <a id="x"></a>) moves between paragraphs: weak evidence only
            Parts.codes(parts).stream().filter(c -> c.type() == Code.Type.HTML).forEach(c -> cognates.add("h:" + c.data()));
            Matcher name = NAME.matcher(text);
            while (name.find()) {
                cognates.add("w:" + name.group());
            }
            List<String> shortcodes = new ArrayList<>();
            Matcher sc = SHORTCODE.matcher(text);
            while (sc.find()) {
                shortcodes.add(sc.group(1));
            }
            Matcher id = HEADING_ID.matcher(withId);
            String headingId = id.find() ? id.group(1) : "";
            String slug = text.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\d]+", "-")
                    .replaceAll("^-|-$", "");
            return new UnitSignature(kind, anchors, cognates, text.strip().length(), headingId, slug, shortcodes);
        }

        /** The id block after a heading's text on its line of {@code page} (" {#id}"), or "". */
        private static String attributeBlock(TextUnit u, String page) {
            int end = u.region().end();
            if (u.kind() != dev.docloc.segment.UnitKind.HEADING || end > page.length()) {
                return "";
            }
            int lineEnd = page.indexOf('\n', end);
            Matcher m = HEADING_ID.matcher(page).region(end, lineEnd < 0 ? page.length() : lineEnd);
            return m.find() ? " " + m.group() : "";
        }

        private static void add(Map<String, Integer> anchors, String prefix, Pattern p, String text, int group) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                anchors.merge(prefix + m.group(group), 1, Integer::sum);
            }
        }

        /** Locked content that identifies the unit: inline code, autolinks, HTML, link and image targets. */
        private static String codeAnchor(Code c) {
            return switch (c.type()) {
                case CODE -> "c:" + c.data();
                case AUTOLINK -> "a:" + c.data();
                case LINK, IMAGE -> c.kind() == Code.Kind.OPEN ? null : "l:" + linkTarget(c.data());
                default -> null;
            };
        }

        private static final Pattern INLINE_LINK = Pattern.compile("\\]\\(\\s*<?([^\\s)>#]*)");
        private static final Pattern REFERENCE = Pattern.compile("\\[([^\\]]*)]\\s*$");

        /**
         * What a link or image points to: the path without fragment (translators translate heading
         * anchors) or locale prefix; for reference links the normalized label.
         */
        static String linkTarget(String data) {
            Matcher m = INLINE_LINK.matcher(data);
            if (m.find()) {
                return m.group(1).replaceFirst("^/(?:pt|pt-br|pt-BR)/", "/");
            }
            Matcher r = REFERENCE.matcher(data.replaceFirst("\\[]$", ""));
            return r.find() ? r.group(1).strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT) : data;
        }

        /** How well two units correspond; they may pair only when this is positive. */
        double score(UnitSignature t) {
            if (!kind.equals(t.kind) || !shortcodes.equals(t.shortcodes)) {
                return -1;
            }
            double lp = Math.abs(Math.log((t.length + 20.0) / (length + 20.0) / EXPECTED_RATIO));
            if (lp > Math.log(3)) {
                return -1;
            }
            double anchor;
            if (anchors.isEmpty() && t.anchors.isEmpty()) {
                anchor = 0.3;
            } else {
                double d = dice(anchors, t.anchors);
                anchor = d == 0 ? -1 : 2 * d - 0.6;
            }
            return anchor + idScore(t) + 1.5 * jaccardLike(cognates, t.cognates) - lp + 0.1;
        }

        /**
         * Whether two units left between the same two aligned pairs, one on each side, can be taken
         * as each other's translation although their anchors disagree (a translated inline code, an
         * acronym added): same kind and shortcodes, compatible heading ids, similar length, and some
         * cognates or anchors in common.
         */
        boolean plausible(UnitSignature t) {
            if (!kind.equals(t.kind) || !shortcodes.equals(t.shortcodes) || idScore(t) < 0) {
                return false;
            }
            double lp = Math.abs(Math.log((t.length + 20.0) / (length + 20.0) / 1.1));
            boolean shared = jaccardLike(cognates, t.cognates) >= 0.15 || dice(anchors, t.anchors) > 0;
            return lp < Math.log(1.6) && shared;
        }

        /**
         * Explicit heading ids ({@code {#id}}) agree or conflict; a translation often adds one equal
         * to the slug of the source heading, which counts as agreement, and any other as conflict.
         */
        private double idScore(UnitSignature t) {
            if (!headingId.isEmpty() && !t.headingId.isEmpty()) {
                return headingId.equals(t.headingId) ? 1 : -2;
            }
            if (t.headingId.isEmpty()) {
                return 0;
            }
            // the id a translator adds keeps the source heading's anchor: another slug is likely another heading
            String id = bare(t.headingId);
            String other = bare(slug);
            boolean same = id.length() >= 4 && other.length() >= 4 && (id.startsWith(other) || other.startsWith(id));
            return same || id.equals(other) ? 1 : -0.5;
        }

        private static String bare(String id) {
            return id.replaceAll("[^\\p{L}\\d]", "").toLowerCase(java.util.Locale.ROOT);
        }

        private static double dice(Map<String, Integer> a, Map<String, Integer> b) {
            int common = 0;
            int total = 0;
            for (var e : a.entrySet()) {
                common += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
                total += e.getValue();
            }
            for (int v : b.values()) {
                total += v;
            }
            return total == 0 ? 0 : 2.0 * common / total;
        }

        private static double jaccardLike(Set<String> a, Set<String> b) {
            if (a.isEmpty() || b.isEmpty()) {
                return 0;
            }
            long common = a.stream().filter(b::contains).count();
            return 2.0 * common / (a.size() + b.size());
        }
    }

    /** The global alignment of two unit sequences, and the reasons units stayed unpaired. */
    static final class UnitSequence {
        private UnitSequence() {}

        /** Pairs (source index, target index) in order, maximizing the total score. */
        static List<int[]> pairs(List<UnitSignature> s, List<UnitSignature> t) {
            int n = s.size();
            int m = t.size();
            double[][] best = new double[n + 1][m + 1];
            double[][] score = new double[n][m];
            for (int i = 1; i <= n; i++) {
                for (int j = 1; j <= m; j++) {
                    score[i - 1][j - 1] = s.get(i - 1).score(t.get(j - 1));
                    double diag = score[i - 1][j - 1] > 0 ? best[i - 1][j - 1] + score[i - 1][j - 1] : -1;
                    best[i][j] = Math.max(diag, Math.max(best[i - 1][j], best[i][j - 1]));
                }
            }
            return fillGaps(s, t, backtrack(score, best));
        }

        private static List<int[]> backtrack(double[][] score, double[][] best) {
            List<int[]> out = new ArrayList<>();
            int i = score.length;
            int j = best[0].length - 1;
            while (i > 0 && j > 0) {
                if (score[i - 1][j - 1] > 0 && best[i][j] == best[i - 1][j - 1] + score[i - 1][j - 1]) {
                    out.add(0, new int[] {--i, --j});
                } else if (best[i - 1][j] >= best[i][j - 1]) {
                    i--;
                } else {
                    j--;
                }
            }
            return out;
        }

        /**
         * Pairs the units of a gap between two aligned pairs (or the page's ends) when the gap has
         * one or two units on each side and each is a {@linkplain UnitSignature#plausible plausible}
         * translation of its counterpart, in order.
         */
        static List<int[]> fillGaps(List<UnitSignature> s, List<UnitSignature> t, List<int[]> pairs) {
            List<int[]> out = new ArrayList<>();
            int pi = -1;
            int pj = -1;
            for (int k = 0; k <= pairs.size(); k++) {
                int ni = k < pairs.size() ? pairs.get(k)[0] : s.size();
                int nj = k < pairs.size() ? pairs.get(k)[1] : t.size();
                int len = ni - pi - 1;
                if (len >= 1 && len <= 2 && nj - pj - 1 == len && allPlausible(s, t, pi + 1, pj + 1, len)) {
                    for (int x = 0; x < len; x++) {
                        out.add(new int[] {pi + 1 + x, pj + 1 + x});
                    }
                }
                if (k < pairs.size()) {
                    out.add(pairs.get(k));
                }
                pi = ni;
                pj = nj;
            }
            return out;
        }

        private static boolean allPlausible(List<UnitSignature> s, List<UnitSignature> t, int i, int j, int len) {
            for (int x = 0; x < len; x++) {
                if (!s.get(i + x).plausible(t.get(j + x))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The unpaired units of one side with the reason: nothing on the other side in the same gap
         * (added or removed), only other kinds there, or a unit of the same kind whose content differs.
         */
        static Map<Integer, AlignmentReport.Reason> unpaired(List<UnitSignature> s, List<UnitSignature> t,
                                                            List<int[]> pairs, boolean sourceSide) {
            List<UnitSignature> mine = sourceSide ? s : t;
            List<UnitSignature> other = sourceSide ? t : s;
            int a = sourceSide ? 0 : 1;
            Map<Integer, AlignmentReport.Reason> out = new java.util.TreeMap<>();
            int prevMine = -1;
            int prevOther = -1;
            for (int k = 0; k <= pairs.size(); k++) {
                int nextMine = k < pairs.size() ? pairs.get(k)[a] : mine.size();
                int nextOther = k < pairs.size() ? pairs.get(k)[1 - a] : other.size();
                for (int x = prevMine + 1; x < nextMine; x++) {
                    out.put(x, reason(mine.get(x), other.subList(prevOther + 1, nextOther)));
                }
                prevMine = nextMine;
                prevOther = nextOther;
            }
            return out;
        }

        private static AlignmentReport.Reason reason(UnitSignature u, List<UnitSignature> gap) {
            if (gap.isEmpty()) {
                return AlignmentReport.Reason.NO_COUNTERPART;
            }
            boolean sameKind = gap.stream().anyMatch(g -> g.kind().equals(u.kind()));
            return sameKind ? AlignmentReport.Reason.LOCKED_CONTENT_DIFFERS : AlignmentReport.Reason.KINDS_MISMATCH;
        }
    }

    /**
     * Replaces a target sentence's codes by its source sentence's. A placeholder or a pair of
     * codes matches the source's with the same markup (links: the same destination), else the
     * next one of the same type. A formatting pair the source lacks is dropped (its text stays);
     * any other unmatched code, or a source code the target lacks, makes the mapping fail.
     */
    static final class CodeMapper {
        private CodeMapper() {}

        /** One placeholder, or the two halves of a pair. */
        private record Item(Code open, Code close) {
            String type() {
                return open.type().name();
            }

            String markup() {
                return open.data() + (close == null ? "" : "\u0000" + close.data());
            }
        }

        /** The target with the source's codes, or null when they cannot be matched losslessly. */
        static List<Part> map(List<Part> source, List<Part> target) {
            List<Item> src = items(source);
            List<Item> tgt = items(target);
            if (src == null || tgt == null) {
                return null;
            }
            Map<Code, Code> to = new HashMap<>();
            List<Item> free = new ArrayList<>(src);
            List<Item> left = match(tgt, free, to, true);
            left = match(left, free, to, false);
            if (!free.isEmpty() || left.stream().anyMatch(i -> i.close() == null || !FORMATTING.contains(i.open().type()))) {
                return null;
            }
            List<Part> out = new ArrayList<>();
            for (Part p : target) {
                if (p instanceof Code c) {
                    if (to.containsKey(c)) {
                        out.add(to.get(c));
                    }
                } else {
                    out.add(p);
                }
            }
            return Parts.normalize(out);
        }

        /** Matches target items to free source items; returns the target items left. */
        private static List<Item> match(List<Item> tgt, List<Item> free, Map<Code, Code> to, boolean exact) {
            List<Item> left = new ArrayList<>();
            for (Item t : tgt) {
                Item hit = null;
                for (Item f : free) {
                    if (f.type().equals(t.type()) && (f.close() == null) == (t.close() == null)
                            && (!exact || f.markup().equals(t.markup()))) {
                        hit = f;
                        break;
                    }
                }
                if (hit == null) {
                    left.add(t);
                    continue;
                }
                free.remove(hit);
                to.put(t.open(), hit.open());
                if (t.close() != null) {
                    to.put(t.close(), hit.close());
                }
            }
            return left;
        }

        /** The items in order of their first code; null when a pair is broken. */
        private static List<Item> items(List<Part> parts) {
            List<Item> out = new ArrayList<>();
            Map<String, Integer> open = new HashMap<>();
            for (Code c : Parts.codes(parts)) {
                if (c.kind() == Code.Kind.PLACEHOLDER) {
                    out.add(new Item(c, null));
                } else if (c.kind() == Code.Kind.OPEN) {
                    open.put(c.id(), out.size());
                    out.add(new Item(c, null));
                } else {
                    Integer at = open.remove(c.id());
                    if (at == null) {
                        return null;
                    }
                    out.set(at, new Item(out.get(at).open(), c));
                }
            }
            return open.isEmpty() ? out : null;
        }

        /** What differs between the codes of a source and a target sentence, for the report. */
        static String describe(List<Part> source, List<Part> target) {
            return "source codes " + summary(source) + ", translation " + summary(target);
        }

        private static String summary(List<Part> parts) {
            Map<String, Integer> n = new java.util.TreeMap<>();
            for (Code c : Parts.codes(parts)) {
                if (c.kind() != Code.Kind.CLOSE) {
                    String suffix = c.kind() == Code.Kind.PLACEHOLDER && c.type() == Code.Type.LINK ? " " + c.data() : "";
                    n.merge(c.type().name().toLowerCase(java.util.Locale.ROOT) + suffix, 1, Integer::sum);
                }
            }
            return n.toString();
        }
    }
}
