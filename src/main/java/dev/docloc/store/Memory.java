package dev.docloc.store;

import dev.docloc.segment.Code;
import dev.docloc.segment.Part;
import dev.docloc.segment.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
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
    /** The words of each entry's source, computed once: fuzzy lookups compare every entry. */
    private final Map<String, List<String>> tokens = new java.util.HashMap<>();

    private Memory(Map<String, Entry> entries) {
        this.entries = entries;
    }

    public static Memory empty() {
        return new Memory(new LinkedHashMap<>());
    }

    public Map<String, Entry> entries() {
        return java.util.Collections.unmodifiableMap(entries);
    }

    /** Adds a pair; a newer target for the same source replaces the older one. Returns true when it changed. */
    public boolean add(List<Part> source, List<Part> target) {
        String key = key(source);
        Entry old = entries.get(key);
        if (old != null && key(old.target()).equals(key(target))) {
            return false;
        }
        entries.put(key, new Entry(source, target));
        return true;
    }

    /**
     * Up to {@code max} entries at least {@code min} similar to {@code source}, best first. Entries
     * whose length differs too much to reach {@code min} are skipped without comparing them.
     */
    public List<Entry> fuzzy(List<Part> source, double min, int max) {
        List<String> wanted = Similarity.tokens(dev.docloc.segment.Parts.plainText(source));
        int n = wanted.size();
        List<Map.Entry<String, Double>> scored = new ArrayList<>();
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            List<String> have = tokens.computeIfAbsent(e.getKey(),
                    k -> Similarity.tokens(dev.docloc.segment.Parts.plainText(e.getValue().source())));
            int m = have.size();
            if (Math.min(n, m) < min * Math.max(n, m)) {
                continue;
            }
            double sim = Similarity.ofTokens(have, wanted);
            if (sim >= min && sim < 1.0) {
                scored.add(Map.entry(e.getKey(), sim));
            }
        }
        // best first; ties by source, so the choice does not depend on the order entries were added in
        scored.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < Math.min(max, scored.size()); i++) {
            out.add(entries.get(scored.get(i).getKey()));
        }
        return out;
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

    /** Reads a memory file written by {@link #toTmx}; a missing file is an empty memory. */
    public static Memory read(Path file, String sourceLocale, String locale) {
        if (!Files.exists(file)) {
            return empty();
        }
        try {
            Map<String, Entry> entries = new LinkedHashMap<>();
            for (TmxUnit u : TmxFormat.read(file, Files.readString(file), sourceLocale, locale)) {
                entries.put(key(u.source()), new Entry(u.source(), u.target()));
            }
            return new Memory(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
