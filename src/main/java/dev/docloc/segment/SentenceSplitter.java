package dev.docloc.segment;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.Range;
import net.sf.okapi.lib.segmentation.SRXDocument;

/**
 * Splits unit content into sentences with Okapi's SRX segmenter: its default rules for the source
 * language (they know "e.g." and "Dr." are not sentence ends), or a project SRX file.
 *
 * <p>Codes are taken out of the text the rules see and put back on the right side of each
 * boundary: closing codes and placeholders stay with the sentence they end, opening codes go with
 * the sentence they start. A boundary that would split a pair of codes, or leave a sentence
 * without words, is dropped. Thread-safe: Okapi's segmenter is not, so each thread gets its own.
 */
public final class SentenceSplitter {
    private static final String DEFAULT_RULES = "/net/sf/okapi/lib/segmentation/defaultSegmentation.srx";

    private final Rules rules;
    private final SplitCache cache;

    /**
     * The compiled rules, built on first use: a run whose texts are all in the cache (or have no
     * sentence punctuation) never parses the SRX file.
     */
    private static final class Rules {
        private final java.util.function.Supplier<SRXDocument> source;
        private final LocaleId locale;
        private final String language;
        private final String checksum;
        final String id;
        // false: Okapi as it is, every rule on every text (for comparison in tests)
        private final boolean tuned;
        // where the document is kept as data between runs (SrxDocumentFile), or null
        private final Path documentFile;
        private volatile ThreadLocal<ISegmenter> segmenter;
        private volatile BreakPrefilter prefilter;
        private final ThreadLocal<RuleFilter> filter = ThreadLocal.withInitial(() -> RuleFilter.of(segmenter()));

        Rules(java.util.function.Supplier<SRXDocument> source, String language, String id, boolean tuned,
                Path documentFile) {
            this.source = source;
            this.documentFile = documentFile;
            this.locale = LocaleId.fromBCP47(language);
            this.language = language;
            this.checksum = id;
            // the code too: boundaries come from Okapi's engine and docloc's rewrites and filters
            this.id = "docloc-srx-2 " + language + " " + id + " " + dev.docloc.cache.CodeVersion.fingerprint();
            this.tuned = tuned;
        }

        ISegmenter segmenter() {
            return compiled().get();
        }

        /** This thread's rule filter, or null when rules are not filtered. */
        RuleFilter filter() {
            return tuned ? filter.get() : null;
        }

        /** These rules, their document kept in {@code file} between runs. */
        Rules keptIn(Path file) {
            return new Rules(source, language, checksum, tuned, file);
        }

        BreakPrefilter prefilter() {
            compiled();
            return prefilter;
        }

        private ThreadLocal<ISegmenter> compiled() {
            ThreadLocal<ISegmenter> s = segmenter;
            if (s == null) {
                synchronized (this) {
                    if (segmenter == null) {
                        SRXDocument srx = documentFile == null ? source.get()
                                : SrxDocumentFile.load(documentFile, checksum, source);
                        ThreadLocal<ISegmenter> t = ThreadLocal.withInitial(() -> {
                            synchronized (srx) {
                                ISegmenter seg = srx.compileLanguageRules(locale, null);
                                seg.setOptions(true, false, true, true, true, true, false);
                                if (tuned) {
                                    RuleRewrites.apply(seg);
                                }
                                return seg;
                            }
                        });
                        prefilter = tuned ? BreakPrefilter.of(t.get()) : BreakPrefilter.none();
                        segmenter = t;
                    }
                    s = segmenter;
                }
            }
            return s;
        }
    }

    private SentenceSplitter(Rules rules, SplitCache cache) {
        this.rules = rules;
        this.cache = cache;
    }

    /** The default SRX rules for {@code language} (BCP 47). */
    public static SentenceSplitter forLanguage(String language) {
        byte[] rules;
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(DEFAULT_RULES)) {
            rules = in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SentenceSplitter(new Rules(() -> {
            SRXDocument srx = new SRXDocument();
            srx.loadRules(new java.io.ByteArrayInputStream(rules));
            return srx;
        }, language, checksum(rules), true, null), null);
    }

    /** This thread's compiled Okapi segmenter (for tests). */
    ISegmenter segmenterForTests() {
        return rules.segmenter();
    }

    /**
     * This splitter's rules run by Okapi as it is, without the prefilter, the rule filter and the
     * rewritten rules: every rule on every text (for comparison in tests).
     */
    SentenceSplitter plainOkapi() {
        return new SentenceSplitter(new Rules(rules.source, rules.language, rules.checksum, false, null), null);
    }

    /**
     * This splitter, remembering the boundaries it computes in {@code file} between runs (see
     * {@link #saveCache()}); the file is ignored when it was written for other rules or language.
     * The rules themselves are kept as data beside it ({@code srx-rules.bin}, see
     * {@link SrxDocumentFile}), so that a later run does not parse their XML.
     */
    public SentenceSplitter cachedIn(Path file) {
        return new SentenceSplitter(rules.keptIn(file.resolveSibling("srx-rules.bin")), new SplitCache(file, rules.id));
    }

    /** Writes the boundaries computed since the cache was read; does nothing without a cache. */
    public void saveCache() {
        saveCache(false);
    }

    /**
     * As {@link #saveCache()}; {@code complete} says that this run segmented every page of the
     * project, so that texts it did not look up can be dropped from the file.
     */
    public void saveCache(boolean complete) {
        if (cache != null) {
            cache.save(complete);
        }
    }

    private static String checksum(byte[] rules) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(rules);
        return rules.length + "-" + Long.toHexString(crc.getValue());
    }

    /** Rules from a project SRX file. */
    public static SentenceSplitter fromFile(Path srxFile, String language) {
        if (!Files.isRegularFile(srxFile)) {
            throw new dev.docloc.DoclocException(srxFile, 0, 0, "SRX file not found; fix the path in the configuration");
        }
        SRXDocument srx = new SRXDocument();
        srx.loadRules(srxFile.toString());
        String id;
        try {
            id = checksum(Files.readAllBytes(srxFile));
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SentenceSplitter(new Rules(() -> srx, language, id, true, null), null);
    }

    /** Splits {@code parts} into segments (with empty ids) and the whitespace between them. */
    public List<UnitPart> split(List<Part> parts) {
        String plain = Parts.plainText(parts);
        int[] known = cache == null ? null : cache.get(plain);
        if (known == null) {
            known = boundaries(plain);
            if (cache != null) {
                cache.put(plain, known);
            }
        }
        List<Integer> starts = new ArrayList<>(known.length);
        for (int b : known) {
            starts.add(b);
        }
        return cut(parts, starts);
    }

    /** The offsets in {@code plain} where a sentence starts, the first one left out. */
    private int[] boundaries(String plain) {
        // Okapi takes its code markers (and the character after each) out of the text before its
        // rules run, so the text the filters read would not be the one the rules see
        boolean markers = hasCodeMarkers(plain);
        if (!markers && rules.prefilter().oneSentence(plain)) {
            return new int[0];
        }
        ISegmenter s = rules.segmenter();
        RuleFilter filter = markers ? null : rules.filter();
        if (filter != null) {
            filter.with(s, plain, () -> s.computeSegments(plain));
        } else {
            s.computeSegments(plain);
        }
        List<Range> ranges = s.getRanges();
        int[] starts = new int[Math.max(0, ranges.size() - 1)];
        for (int i = 1; i < ranges.size(); i++) {
            starts[i - 1] = ranges.get(i).start;
        }
        return starts;
    }

    /** Whether {@code text} holds one of the characters Okapi reads as code markers (U+E101-U+E103). */
    static boolean hasCodeMarkers(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uE101' && c <= '\uE103') {
                return true;
            }
        }
        return false;
    }

    /** Cuts the parts before each plain-text offset in {@code starts}. */
    static List<UnitPart> cut(List<Part> parts, List<Integer> starts) {
        List<List<Part>> pieces = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        List<Part> current = new ArrayList<>();
        int pos = 0;
        int next = 0;
        for (Part p : parts) {
            if (p instanceof Code c) {
                current.add(c);
                continue;
            }
            String t = ((Text) p).text();
            int from = 0;
            while (next < starts.size() && starts.get(next) - pos <= t.length()) {
                int at = Math.max(from, starts.get(next) - pos);
                appendText(current, t.substring(from, at));
                pieces.add(current);
                current = new ArrayList<>();
                from = at;
                next++;
            }
            appendText(current, t.substring(from));
            pos += t.length();
        }
        pieces.add(current);
        moveOpeningCodesForward(pieces);
        return join(pieces);
    }

    /** Opening codes at the end of a piece belong to the next sentence. */
    private static void moveOpeningCodesForward(List<List<Part>> pieces) {
        for (int i = 0; i + 1 < pieces.size(); i++) {
            List<Part> piece = pieces.get(i);
            int k = piece.size();
            while (k > 0 && piece.get(k - 1) instanceof Code c && c.kind() == Code.Kind.OPEN) {
                k--;
            }
            if (k < piece.size()) {
                List<Part> moved = new ArrayList<>(piece.subList(k, piece.size()));
                piece.subList(k, piece.size()).clear();
                pieces.get(i + 1).addAll(0, moved);
            }
        }
    }

    /**
     * Turns pieces into segments and ignorable whitespace, merging a piece into the next one
     * while it leaves a pair of codes open or has no words.
     */
    private static List<UnitPart> join(List<List<Part>> pieces) {
        List<UnitPart> out = new ArrayList<>();
        List<Part> acc = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            acc.addAll(pieces.get(i));
            boolean last = i == pieces.size() - 1;
            if (!last && (!balanced(acc) || !Parts.hasWords(acc) || !Parts.hasWords(pieces.get(i + 1)))) {
                continue;
            }
            String trailing = last ? "" : trailingWhitespace(acc);
            out.add(new Segment("", Parts.normalize(acc)));
            if (!trailing.isEmpty()) {
                out.add(new Ignorable(trailing));
            }
            acc = new ArrayList<>();
        }
        return out;
    }

    /** Removes and returns the whitespace at the end of the text of {@code acc}. */
    private static String trailingWhitespace(List<Part> acc) {
        if (acc.isEmpty() || !(acc.get(acc.size() - 1) instanceof Text t)) {
            return "";
        }
        String s = t.text();
        int e = s.length();
        while (e > 0 && Character.isWhitespace(s.charAt(e - 1))) {
            e--;
        }
        if (e == 0) {
            return "";
        }
        acc.set(acc.size() - 1, new Text(s.substring(0, e)));
        return s.substring(e);
    }

    static boolean balanced(List<Part> parts) {
        int depth = 0;
        for (Part p : parts) {
            if (p instanceof Code c) {
                if (c.kind() == Code.Kind.OPEN) {
                    depth++;
                } else if (c.kind() == Code.Kind.CLOSE && --depth < 0) {
                    return false;
                }
            }
        }
        return depth == 0;
    }

    private static void appendText(List<Part> parts, String s) {
        if (!s.isEmpty()) {
            parts.add(new Text(s));
        }
    }
}
