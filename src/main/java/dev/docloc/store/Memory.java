package dev.docloc.store;

import dev.docloc.DoclocException;
import dev.docloc.parse.PageParser;
import dev.docloc.segment.Code;
import dev.docloc.segment.Part;
import dev.docloc.segment.Parts;
import dev.docloc.segment.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A locale's translation memory, {@code translations/<locale>/memory.tmx} (TMX 1.4b): every
 * (source, target) pair ever stored, so that a deleted, moved or restored sentence gets its
 * translation back. Codes are kept as TMX {@code bpt}/{@code ept}/{@code ph} with their Markdown.
 */
public final class Memory {
    /** One pair; the key is the source text with its codes' markup. */
    public record Entry(List<Part> source, List<Part> target) {}

    private final Map<String, Entry> entries;
    /** Keys in the order they were first added: an entry's id in {@link #words} and the postings. */
    private final List<String> order = new ArrayList<>();
    /**
     * The words of the source of each of the first {@code words.size()} entries of {@link #order},
     * taken when a fuzzy lookup first met the entry (a later target for the same source keeps them).
     */
    private final List<List<String>> words = new ArrayList<>();
    /** For each word, the entries whose source has it, with how often: {@link #fuzzy} reads only these. */
    private final Map<String, Postings> postings = new java.util.HashMap<>();
    /** Sums of two hashes of every entry, kept up to date by {@link #add}: see {@link #fingerprint()}. */
    private long sumA;
    private long sumB;
    /** How many times {@link #add} changed the memory. */
    private long changes;

    private Memory(Map<String, Entry> entries) {
        this.entries = entries;
        entries.values().forEach(e -> count(e, 1));
        order.addAll(entries.keySet());
    }

    public static Memory empty() {
        return new Memory(new LinkedHashMap<>());
    }

    public Map<String, Entry> entries() {
        return java.util.Collections.unmodifiableMap(entries);
    }

    /** Adds a pair; a newer target for the same source replaces the older one. Returns true when it changed. */
    public boolean add(List<Part> source, List<Part> target) {
        if (Parts.emptyTranslation(source, target)) {
            return false; // no translation (a qa-empty error): it must not replace or stand for one
        }
        String key = key(source);
        Entry old = entries.get(key);
        if (old != null && key(old.target()).equals(key(target))) {
            return false;
        }
        if (old != null && !usable(source, target) && usable(old.source(), old.target())) {
            // a target with a code its source does not have is never kept in a page: it must not
            // replace the translation that gives the segment its last good target back
            return false;
        }
        Entry added = new Entry(source, target);
        if (old != null) {
            count(old, -1);
        } else {
            order.add(key);
        }
        count(added, 1);
        entries.put(key, added);
        changes++;
        return true;
    }

    /** Whether every code of the target is one of the source's, so that the pair can fill a segment. */
    private static boolean usable(List<Part> source, List<Part> target) {
        return CodeRemap.remap(source, target, source) != null;
    }

    /** How many times the memory changed since it was made or read: a save can note which state it wrote. */
    public long changes() {
        return changes;
    }

    /** Adds pairs in order, as {@link #add} one by one; returns true when the memory changed. */
    public boolean addAll(List<Entry> pairs) {
        boolean changed = false;
        for (Entry e : pairs) {
            changed |= add(e.source(), e.target());
        }
        return changed;
    }

    /**
     * A fingerprint of every entry, source and target with all their parts (codes with ids, types
     * and data, not their offsets in the page they came from, which nothing read from the memory
     * uses): two memories with the same entries have the same fingerprint whatever order they
     * were filled in, and lookups ({@link #exact}, {@link #fuzzy}) in them give the same answers.
     * It is a sum over the entries of two independent 64-bit hashes, updated on every change, so
     * asking for it costs nothing; {@code extract} keeps it with a page it did not have to change,
     * to know later that the page would not change again. Not meant to resist crafted collisions.
     */
    public String fingerprint() {
        return String.format("%016x%016x-%d", sumA, sumB, entries.size());
    }

    private void count(Entry e, int sign) {
        long[] h = {0x9E3779B97F4A7C15L, 0xC2B2AE3D27D4EB4FL};
        feed(h, e.source());
        feed(h, "\u0000=");
        feed(h, e.target());
        sumA += sign * mix(h[0]);
        sumB += sign * mix(h[1]);
    }

    private static void feed(long[] h, List<Part> parts) {
        for (Part p : parts) {
            if (p instanceof Text t) {
                feed(h, "T");
                feed(h, t.text());
            } else if (p instanceof Code c) {
                feed(h, "C");
                feed(h, c.id());
                feed(h, c.kind().name());
                feed(h, c.type().name());
                feed(h, c.data());
                feed(h, String.join("\u0000", c.subflows()));
            }
        }
    }

    /** Feeds a string and its length (so that field boundaries count) into both hashes. */
    private static void feed(long[] h, String s) {
        long a = h[0];
        long b = h[1];
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            a = (a ^ c) * 0x100000001B3L;
            b = Long.rotateLeft(b + c, 23) * 0x9E3779B97F4A7C15L;
        }
        h[0] = (a ^ s.length()) * 0x100000001B3L;
        h[1] = Long.rotateLeft(b + s.length(), 23) * 0x9E3779B97F4A7C15L;
    }

    /** The final mix of MurmurHash3: spreads every input bit over the result. */
    private static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xFF51AFD7ED558CCDL;
        x ^= x >>> 33;
        x *= 0xC4CEB93FE1A85EC5L;
        x ^= x >>> 33;
        return x;
    }

    /**
     * Up to {@code max} entries at least {@code min} similar to {@code source}, best first
     * ({@link Similarity}: one minus the word edit distance over the longer length).
     *
     * <p>Only entries that share words with {@code source} are looked at, found through an index of
     * the words of every entry's source; of those, an entry whose length differs too much, or whose
     * words in common are too few, is passed over without computing the edit distance: the
     * distance is at least the longer length minus the words in common (as a multiset), so such an
     * entry cannot reach {@code min}. The result is that of comparing every entry ({@link #fuzzyScan}).
     */
    public List<Entry> fuzzy(List<Part> source, double min, int max) {
        if (entries.isEmpty()) {
            return List.of();
        }
        if (min <= 0) {
            return fuzzyScan(source, min, max);
        }
        List<String> wanted = Similarity.tokens(dev.docloc.segment.Parts.plainText(source));
        index();
        int n = wanted.size();
        int[] shared = new int[words.size()];
        int[] touched = new int[words.size()];
        int touchedCount = 0;
        for (Map.Entry<String, Integer> w : counts(wanted).entrySet()) {
            Postings p = postings.get(w.getKey());
            for (int k = 0; p != null && k < p.size; k++) {
                int id = p.ids[k];
                if (shared[id] == 0) {
                    touched[touchedCount++] = id;
                }
                shared[id] += Math.min(w.getValue(), p.counts[k]);
            }
        }
        List<Map.Entry<String, Double>> scored = new ArrayList<>();
        for (int t = 0; t < touchedCount; t++) {
            int id = touched[t];
            List<String> have = words.get(id);
            int m = have.size();
            int longer = Math.max(n, m);
            if (Math.min(n, m) < min * longer || longer - shared[id] > (1 - min) * longer + 1e-9) {
                continue;
            }
            double sim = Similarity.ofTokens(have, wanted);
            if (sim >= min && sim < 1.0) {
                scored.add(Map.entry(order.get(id), sim));
            }
        }
        return best(scored, max);
    }

    /** {@link #fuzzy} by comparing every entry: what the index must give, and the answer for {@code min <= 0}. */
    List<Entry> fuzzyScan(List<Part> source, double min, int max) {
        List<String> wanted = Similarity.tokens(dev.docloc.segment.Parts.plainText(source));
        index();
        int n = wanted.size();
        List<Map.Entry<String, Double>> scored = new ArrayList<>();
        for (int id = 0; id < words.size(); id++) {
            List<String> have = words.get(id);
            int m = have.size();
            if (Math.min(n, m) < min * Math.max(n, m)) {
                continue;
            }
            double sim = Similarity.ofTokens(have, wanted);
            if (sim >= min && sim < 1.0) {
                scored.add(Map.entry(order.get(id), sim));
            }
        }
        return best(scored, max);
    }

    private List<Entry> best(List<Map.Entry<String, Double>> scored, int max) {
        // best first; ties by source, so the choice does not depend on the order entries were added in
        scored.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < Math.min(max, scored.size()); i++) {
            out.add(entries.get(scored.get(i).getKey()));
        }
        return out;
    }

    /** Takes the words of the entries added since the last lookup and indexes them. */
    private void index() {
        for (int id = words.size(); id < order.size(); id++) {
            List<String> w = Similarity.tokens(dev.docloc.segment.Parts.plainText(entries.get(order.get(id)).source()));
            words.add(w);
            for (Map.Entry<String, Integer> c : counts(w).entrySet()) {
                postings.computeIfAbsent(c.getKey(), k -> new Postings()).add(id, c.getValue());
            }
        }
    }

    private static Map<String, Integer> counts(List<String> words) {
        Map<String, Integer> out = new java.util.HashMap<>();
        words.forEach(w -> out.merge(w, 1, Integer::sum));
        return out;
    }

    /** Entry ids with a word, and how often the word is in each. */
    private static final class Postings {
        int[] ids = new int[4];
        int[] counts = new int[4];
        int size;

        void add(int id, int count) {
            if (size == ids.length) {
                ids = java.util.Arrays.copyOf(ids, size * 2);
                counts = java.util.Arrays.copyOf(counts, size * 2);
            }
            ids[size] = id;
            counts[size++] = count;
        }
    }

    public Entry exact(List<Part> source) {
        return entries.get(key(source));
    }

    /** The identity of content: text and codes' markup, not code ids. */
    public static String key(List<Part> parts) {
        StringBuilder sb = new StringBuilder();
        for (Part p : parts) {
            if (p instanceof Text t) {
                sb.append(t.text());
            } else if (p instanceof Code c) {
                sb.append('\u0001').append(c.kind().ordinal()).append(c.data()).append('\u0002');
            }
        }
        return sb.toString();
    }

    /**
     * Reads a memory file written by {@link #toTmx}; a missing file is an empty memory. Bytes that
     * are not UTF-8, or a folder in the file's place, stop the run with the file named.
     */
    public static Memory read(Path file, String sourceLocale, String locale) {
        if (!Files.exists(file)) {
            return empty();
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (TmxUnit u : TmxFormat.read(file, text(file), sourceLocale, locale)) {
            entries.put(key(u.source()), new Entry(u.source(), u.target()));
        }
        return new Memory(entries);
    }

    private static String text(Path file) {
        if (Files.isDirectory(file)) {
            throw new DoclocException(file, 0, 0, "is a folder, not a translation memory; move it away "
                    + "(docloc writes the memory of the locale there)");
        }
        try {
            return PageParser.decode(Files.readAllBytes(file), file);
        } catch (IOException e) {
            throw DoclocException.cannotRead(file, null, e);
        }
    }

    /** TMX 1.4b text, entries sorted by source so that diffs stay small. */
    public String toTmx(String sourceLocale, String locale) {
        List<String> keys = new ArrayList<>(entries.keySet());
        java.util.Collections.sort(keys);
        List<TmxUnit> units = new ArrayList<>();
        for (String k : keys) {
            units.add(new TmxUnit(entries.get(k).source(), entries.get(k).target(), null, "", "", 0));
        }
        return TmxFormat.write(sourceLocale, locale, units);
    }
}
