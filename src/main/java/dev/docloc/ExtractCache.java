package dev.docloc;

import dev.docloc.cache.ContentHash;
import dev.docloc.cache.ResultCache;
import dev.docloc.segment.Code;
import dev.docloc.segment.Part;
import dev.docloc.segment.Text;
import dev.docloc.store.Memory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What lets {@code extract} skip the work on a page it would not change, with the same result as
 * doing it: without it, every run reads every translations file (for the memory) and updates every
 * page, which on a site of hundreds of pages is seconds after a one-line edit.
 *
 * <ul>
 *   <li><b>Pairs</b>, by the hash of a translations file: the (source, target) pairs the file adds
 *       to the memory, so that an unchanged file need not be read again to fill the memory.</li>
 *   <li><b>Unchanged pages</b>, by the hashes of a page's source and translations file (and of the
 *       glossary, the source locale and the code): an earlier run updated the page and found
 *       nothing to change. The update of a page reads the memory only for its untranslated
 *       segments (exact and fuzzy matches), so the record of a page with untranslated segments
 *       also holds the memory's {@link Memory#fingerprint()} at the point the page was updated; a
 *       fully translated page does not depend on the memory at all.</li>
 * </ul>
 *
 * <p>A skipped page still adds its pairs to the memory at its place in page order, as its update
 * would have (the file's pairs, then those of the update), so every later page sees the memory a
 * full run would give it.
 */
final class ExtractCache {
    /**
     * A page an update left as it was: its counts, the memory it was decided with (null: not
     * needed), and the pairs the update added to the memory after the file's own when they differ
     * from those (the source as parsed can have other code ids or types than the stored one), else
     * null.
     */
    record Unchanged(int segments, int kept, String memory, List<Pair> added) {
        /** The record of an update that changed nothing; {@code file} are the pairs of its translations file. */
        static Unchanged of(int segments, int kept, String memory, List<Memory.Entry> file, List<Memory.Entry> added) {
            List<Pair> stored = storedPairs(added);
            return new Unchanged(segments, kept, memory, stored.equals(storedPairs(file)) ? null : stored);
        }

        /** True when the page, decided with a memory of this fingerprint, would again change nothing. */
        boolean holds(String fingerprint) {
            return memory == null || memory.equals(fingerprint);
        }

        /**
         * Does to {@code m} what the update would: adds the file's pairs, then those the update
         * added (pairs equal to the file's, added a second time, leave the memory as the first time).
         */
        void replay(Memory m, List<Memory.Entry> file) {
            m.addAll(file);
            if (added != null) {
                m.addAll(entries(added));
            }
        }
    }

    /** The pairs of one translations file, as stored. */
    record FilePairs(List<Pair> pairs) {
        FilePairs {
            pairs = List.copyOf(pairs);
        }
    }

    record Pair(List<StoredPart> source, List<StoredPart> target) {}

    /**
     * A {@link Text} (only {@code text} set) or a {@link Code}, without the code's offset in the
     * page it came from: nothing read from the memory uses it, and the same pair from a translations
     * file and from a parsed page would differ in it.
     */
    record StoredPart(String text, String id, Code.Kind kind, Code.Type type, String data, List<String> subflows) {}

    private final ResultCache<FilePairs> pairs;
    private final ResultCache<Unchanged> pages;
    private final String config;

    private ExtractCache(ResultCache<FilePairs> pairs, ResultCache<Unchanged> pages, String config) {
        this.pairs = pairs;
        this.pages = pages;
        this.config = config;
    }

    /**
     * Opens the caches in {@code dir}; {@code config} stands for everything besides the page's own
     * files that an update reads (source locale, glossary).
     */
    static ExtractCache open(Path dir, String config) {
        return new ExtractCache(ResultCache.open(dir.resolve("extract-pairs.bin"), FilePairs.class),
                ResultCache.open(dir.resolve("extract-pages.bin"), Unchanged.class), config);
    }

    /** The pairs of the translations file of {@code locale} with hash {@code fileHash}, or null when not known. */
    List<Memory.Entry> pairs(String locale, String fileHash) {
        if (fileHash.isEmpty()) {
            return List.of();
        }
        FilePairs stored = pairs.get(locale + " " + fileHash);
        return stored == null ? null : entries(stored.pairs());
    }

    void putPairs(String locale, String fileHash, List<Memory.Entry> entries) {
        if (!fileHash.isEmpty()) {
            pairs.put(locale + " " + fileHash, new FilePairs(storedPairs(entries)));
        }
    }

    private static List<Memory.Entry> entries(List<Pair> pairs) {
        return pairs.stream().map(p -> new Memory.Entry(parts(p.source()), parts(p.target()))).toList();
    }

    private static List<Pair> storedPairs(List<Memory.Entry> entries) {
        return entries.stream().map(e -> new Pair(storedParts(e.source()), storedParts(e.target()))).toList();
    }

    /** The record of a page whose update changed nothing, for these hashes; null when there is none. */
    Unchanged unchanged(String locale, String path, String sourceHash, String fileHash) {
        return pages.get(key(locale, path, sourceHash, fileHash));
    }

    void putUnchanged(String locale, String path, String sourceHash, String fileHash, Unchanged page) {
        pages.put(key(locale, path, sourceHash, fileHash), page);
    }

    void save() {
        pairs.save();
        pages.save();
    }

    private String key(String locale, String path, String sourceHash, String fileHash) {
        return ContentHash.start().add(config).add(locale).add(path).add(sourceHash).add(fileHash).hex();
    }

    private static List<StoredPart> storedParts(List<Part> parts) {
        List<StoredPart> out = new ArrayList<>(parts.size());
        for (Part p : parts) {
            if (p instanceof Text t) {
                out.add(new StoredPart(t.text(), null, null, null, null, null));
            } else if (p instanceof Code c) {
                out.add(new StoredPart(null, c.id(), c.kind(), c.type(), c.data(), c.subflows()));
            }
        }
        return out;
    }

    private static List<Part> parts(List<StoredPart> stored) {
        List<Part> out = new ArrayList<>(stored.size());
        for (StoredPart p : stored) {
            out.add(p.text() != null ? new Text(p.text())
                    : new Code(p.id(), p.kind(), p.type(), p.data(), -1, p.subflows()));
        }
        return out;
    }
}
