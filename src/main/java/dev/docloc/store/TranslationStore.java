package dev.docloc.store;

import dev.docloc.DoclocException;
import dev.docloc.cache.ContentHash;
import dev.docloc.cache.FileHashes;
import dev.docloc.cache.ResultCache;
import dev.docloc.merge.Translations;
import dev.docloc.segment.Part;
import dev.docloc.segment.Parts;
import dev.docloc.segment.Segment;
import dev.docloc.segment.TextUnit;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's translations: {@code translations/<locale>/<page>.xlf} and a memory per locale.
 *
 * <p>{@link #update} is what {@code extract} does for one page: unchanged segments keep their
 * translation and state; a segment whose source changed only in whitespace, punctuation or markup
 * (same words, same numbers) carries its translation forward with a note; a segment whose source
 * was stored before, anywhere, gets it back from the memory; every translation that leaves a page
 * goes to the memory, so none is ever lost.
 */
public final class TranslationStore {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

    private final Path dir;
    private final String sourceLocale;
    private final ResultCache<Boolean> validated;
    private final FileHashes files;
    private final StoredPageCache parsed;
    /** The {@link Memory#changes()} of each memory when this store last saved it. */
    private final Map<Memory, Long> saved = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    public TranslationStore(Path translationsDir, String sourceLocale) {
        this(translationsDir, sourceLocale, null);
    }

    /**
     * A store that remembers, in {@code validationCache}, the content hashes of the files that
     * passed the XLIFF 2 schemas and the safety pass (or that it wrote itself), and runs neither
     * again on the same bytes; every other check of {@link XliffFile#read} still runs. The pages it
     * reads are kept beside that file, in {@code xliff-pages/} ({@link StoredPageCache}), and a
     * file read before is not parsed again. Call {@link #saveCache()} at the end of the run.
     */
    public TranslationStore(Path translationsDir, String sourceLocale, Path validationCache) {
        this(translationsDir, sourceLocale, validationCache, null);
    }

    /**
     * As {@link #TranslationStore(Path, String, Path)}, taking the content hashes of translations
     * files from {@code files} (see {@link FileHashes}): an unchanged file is then not hashed to
     * find it in the validation cache, and a file this store writes is known by the hash of the
     * bytes written, which {@code files} gives back in later runs while the file is unchanged
     * ({@link FileHashes#wroteShared}).
     */
    public TranslationStore(Path translationsDir, String sourceLocale, Path validationCache, FileHashes files) {
        this.dir = translationsDir;
        this.sourceLocale = sourceLocale;
        this.validated = validationCache == null ? null : ResultCache.open(validationCache, Boolean.class);
        this.files = validated == null ? null : files;
        this.parsed = validationCache == null ? null : new StoredPageCache(validationCache.resolveSibling("xliff-pages"));
    }

    /** Writes the validation cache, when there is one. */
    public void saveCache() {
        if (validated != null) {
            validated.save();
        }
    }

    /**
     * As {@link #saveCache()}, for a run that knows every page of the project: the translations
     * files as read of pages not in {@code pageKeys} (deleted or renamed) leave {@code xliff-pages/}.
     */
    public void saveCache(java.util.Collection<String> pageKeys) {
        saveCache();
        if (parsed != null) {
            parsed.prune(pageKeys);
        }
    }

    /** What an update did to one page. */
    public record UpdateResult(int segments, int kept, int carried, int fromMemory, int retired, boolean written) {}

    public String sourceLocale() {
        return sourceLocale;
    }

    public Path file(String locale, String pageKey) {
        return dir.resolve(locale).resolve(pageKey + ".xlf");
    }

    public Path memoryFile(String locale) {
        return dir.resolve(locale).resolve("memory.tmx");
    }

    /** The stored page, empty when it has no file yet. */
    public StoredPage load(String locale, String pageKey, String pagePath) {
        if (files == null) {
            return load(locale, pageKey, pagePath, bytes(locale, pageKey));
        }
        FileHashes.Content c = files.read(file(locale, pageKey));
        return load(locale, pageKey, pagePath, c.bytes(), c.bytes() == null ? null : c.hash());
    }

    /** The bytes of a page's translations file, or null when it has none. */
    private byte[] bytes(String locale, String pageKey) {
        Path f = file(locale, pageKey);
        try {
            // not Files.exists: it is false for a file that cannot be looked at, which is not a missing one
            return Files.readAllBytes(f);
        } catch (java.nio.file.NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw DoclocException.cannotRead(f, null, e);
        }
    }

    /** The stored page read from {@code bytes} (from {@link #bytes}); empty when they are null. */
    public StoredPage load(String locale, String pageKey, String pagePath, byte[] bytes) {
        return load(locale, pageKey, pagePath, bytes, null);
    }

    /**
     * As {@link #load(String, String, String, byte[])}, with {@code hash} what {@link FileHashes}
     * knows these bytes by (their {@link ContentHash}) when the caller read them through it, else
     * null (they are hashed here).
     */
    public StoredPage load(String locale, String pageKey, String pagePath, byte[] bytes, String hash) {
        if (bytes == null) {
            return StoredPage.empty(pagePath, locale);
        }
        if (validated == null) {
            hash = null;
        } else if (hash == null) {
            hash = ContentHash.of(bytes);
        }
        StoredPage page = hash == null ? null : parsed.get(locale, pageKey, hash, bytes);
        if (page != null) {
            return page;
        }
        boolean known = hash != null && validated.get(hash) != null;
        page = XliffFile.read(file(locale, pageKey), bytes, locale, !known);
        if (hash != null) {
            if (!known) {
                validated.put(hash, Boolean.TRUE);
            }
            parsed.put(locale, pageKey, hash, bytes, page);
        }
        return page;
    }

    /**
     * Notes that this store wrote {@code bytes} for a page itself: its writer's output passes the
     * schemas. The file is known by the SHA-256 of the bytes written ({@link ContentHash}), to
     * {@code files} too, so that the next command finds it under the same hash whether it trusts
     * the file's size and time or reads and hashes it again (a file written in the racy window of
     * the run, or the same file in a fresh checkout with the cache restored); a file changed
     * afterwards gets another hash and is validated again when read. {@code page} (from
     * {@link XliffFile#writeAndRead}, null when it could not tell) goes to {@code xliff-pages/} as
     * the file's page as read, so that the next command reading the file (check or build right
     * after extract) does not parse it. A hash that cannot be forged matters here: translations
     * files are untrusted, and a file taken for one docloc wrote skips the schemas.
     */
    private void wroteOurs(String locale, String pageKey, byte[] bytes, boolean written, StoredPage page) {
        if (validated == null || (files != null && !written)) {
            return;
        }
        String hash = ContentHash.of(bytes);
        if (files != null) {
            files.wroteShared(file(locale, pageKey), hash);
        }
        validated.put(hash, Boolean.TRUE);
        if (written && page != null) {
            parsed.put(locale, pageKey, hash, bytes, page);
        }
    }

    private static byte[] utf8(String xml) {
        return xml.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The published targets of a stored page, for merging. An empty target ({@link
     * Parts#emptyTranslation}: blank, or only the codes of a source that has words; a
     * {@code qa-empty} error) is not published: the source text is, as for a segment not
     * translated yet, so that no block of the page goes missing or loses its words.
     */
    public static Translations translations(StoredPage stored) {
        return (unit, segment) -> {
            StoredSegment s = published(stored, segment);
            return s == null ? null : CodeRemap.remap(s.source(), s.target(), segment.source());
        };
    }

    /** The stored segment of {@code s} when its translation is published ({@link #translations}), else null. */
    public static StoredSegment published(StoredPage stored, Segment s) {
        StoredSegment st = translated(stored, s);
        return st == null || !st.state().published() || Parts.emptyTranslation(s.source(), st.target()) ? null : st;
    }

    /**
     * The stored segment of {@code s} when it holds a translation of {@code s}'s source; null when
     * it has none, or holds one of another source (the file edited since {@code extract} ran).
     * Read the page's units through {@link SegmentJoins#apply} first.
     */
    public static StoredSegment translated(StoredPage stored, Segment s) {
        StoredSegment st = stored.segments().get(s.id());
        return st != null && st.hasTarget() && SegmentJoins.sameSource(st.source(), s.source()) ? st : null;
    }

    /**
     * A stored target with its codes mapped onto the current source segment's codes; when the
     * code sequences differ, the target as stored (its codes then fail the code checks).
     */
    public static List<Part> target(StoredSegment stored, Segment current) {
        List<Part> t = CodeRemap.remap(stored.source(), stored.target(), current.source());
        return t != null ? t : stored.target();
    }

    /** Brings a page's file up to date with its current units. */
    public UpdateResult update(String locale, String pagePath, String pageKey, List<TextUnit> units, Memory memory) {
        return update(locale, pagePath, pageKey, units, memory, u -> List.of());
    }

    /** As {@link #update(String, String, String, List, Memory)}, writing each unit's glossary terms too. */
    public UpdateResult update(String locale, String pagePath, String pageKey, List<TextUnit> units, Memory memory,
                               Function<TextUnit, List<GlossaryHit>> glossary) {
        return update(locale, pagePath, pageKey, units, memory, glossary, load(locale, pageKey, pagePath));
    }

    /**
     * Adds every translation of a stored page to the memory; returns true when the memory changed.
     * {@code extract} does this for all pages, and saves the memory, before it rewrites any page:
     * then every page sees every translation that is leaving another page (so a run is complete
     * in one pass and a second run changes nothing), and a crash can never lose one.
     */
    public static boolean remember(StoredPage page, Memory memory) {
        return memory.addAll(pairs(page));
    }

    /** The (source, target) pairs of a stored page's translated segments, in file order: what {@link #remember} adds. */
    public static List<Memory.Entry> pairs(StoredPage page) {
        List<Memory.Entry> out = new ArrayList<>();
        for (StoredSegment s : page.segments().values()) {
            if (s.hasTarget()) {
                out.add(new Memory.Entry(s.source(), s.target()));
            }
        }
        return out;
    }

    /** As {@link #update}, with the page as stored already read. */
    public UpdateResult update(String locale, String pagePath, String pageKey, List<TextUnit> units, Memory memory,
                               Function<TextUnit, List<GlossaryHit>> glossary, StoredPage old) {
        return prepare(locale, pagePath, pageKey, units, memory, glossary, old).write();
    }

    /**
     * An update decided but not yet written: the memory has been updated (and saved when a
     * translation leaves the page), the page's file is written by {@link #write()}. Updates of
     * different pages decided one after the other in page order can be written on several
     * threads: writing reads nothing that deciding another page changes.
     */
    public final class PendingUpdate {
        private final String locale;
        private final String pagePath;
        private final String pageKey;
        private final List<TextUnit> units;
        private final Map<String, StoredSegment> next;
        private final Function<TextUnit, List<GlossaryHit>> glossary;
        private final int[] counts;
        private final int segments;

        private PendingUpdate(String locale, String pagePath, String pageKey, List<TextUnit> units,
                              Map<String, StoredSegment> next, Function<TextUnit, List<GlossaryHit>> glossary,
                              int[] counts, int segments) {
            this.locale = locale;
            this.pagePath = pagePath;
            this.pageKey = pageKey;
            this.units = units;
            this.next = next;
            this.glossary = glossary;
            this.counts = counts;
            this.segments = segments;
        }

        /**
         * The pairs this update added to the memory after the page's stored pairs ({@link #remember}):
         * its translated segments, with the source as parsed now, in page order.
         */
        public List<Memory.Entry> pairs() {
            return next.values().stream().filter(StoredSegment::hasTarget)
                    .map(x -> new Memory.Entry(x.source(), x.target())).toList();
        }

        /** Writes the page's file when its content changed (atomically); thread-safe across pages. */
        public UpdateResult write() {
            boolean written = writePage(locale, pagePath, pageKey, units, next, glossary);
            return new UpdateResult(segments, counts[0], counts[1], counts[2], counts[3], written);
        }
    }

    /** Decides the update of one page (see {@link PendingUpdate}); pages must be prepared one at a time. */
    public PendingUpdate prepare(String locale, String pagePath, String pageKey, List<TextUnit> units, Memory memory,
                                 Function<TextUnit, List<GlossaryHit>> glossary, StoredPage old) {
        units = SegmentJoins.apply(units, old);
        Map<String, StoredSegment> next = new LinkedHashMap<>();
        Map<String, StoredSegment> leaving = new LinkedHashMap<>(old.segments());
        int[] counts = new int[4];
        List<Segment> all = new ArrayList<>();
        units.forEach(u -> all.addAll(u.segments()));
        all.forEach(s -> leaving.remove(s.id()));
        for (Segment s : all) {
            StoredSegment kept = keep(old.segments().get(s.id()), s);
            if (kept != null) {
                next.put(s.id(), kept);
                counts[0]++;
                continue;
            }
            StoredSegment carried = carry(s, leaving);
            if (carried != null) {
                next.put(s.id(), carried);
                counts[1]++;
                continue;
            }
            StoredSegment remembered = remembered(s, memory);
            if (remembered != null) {
                next.put(s.id(), remembered);
                counts[2]++;
                continue;
            }
            StoredSegment offered = offer(s, old.segments().get(s.id()), leaving, memory);
            if (offered != null) {
                next.put(s.id(), offered);
            }
        }
        remember(old, memory);
        if (drops(old, next) && saved.getOrDefault(memory, -1L) != memory.changes()) {
            // the memory is on disk before the page that drops a translation: a crash in between
            // can leave a translation twice, never nowhere (a page that keeps its translations
            // needs no save: they are in its file, and writing the whole memory for each such page
            // was a quarter of an extract after an edit of a translated site)
            saveMemory(locale, memory);
        }
        counts[3] = (int) leaving.values().stream().filter(StoredSegment::hasTarget).count();
        // pairs made by this run (carried forward, filled from memory) belong in the memory too, or
        // the next run would add them and change a file without a change in the source
        PendingUpdate update = new PendingUpdate(locale, pagePath, pageKey, units, next, glossary, counts, all.size());
        memory.addAll(update.pairs());
        return update;
    }

    private static StoredSegment keep(StoredSegment old, Segment s) {
        // the same id with another source: the file was edited (a CAT tool split a segment)
        if (old == null || !old.hasTarget() || !SegmentJoins.sameSource(old.source(), s.source())) {
            return null;
        }
        List<Part> target = CodeRemap.remap(old.source(), old.target(), s.source());
        return target == null ? null
                : new StoredSegment(s.id(), s.source(), target, old.state(), old.notes(), 0, old.candidates());
    }

    /** A translation whose source differs from {@code s} only in whitespace, punctuation or markup. */
    private static StoredSegment carry(Segment s, Map<String, StoredSegment> leaving) {
        String skeleton = skeleton(s.source());
        for (var it = leaving.entrySet().iterator(); it.hasNext(); ) {
            StoredSegment old = it.next().getValue();
            if (!old.hasTarget() || !skeleton.equals(skeleton(old.source()))
                    || !numbers(old.source()).equals(numbers(s.source()))) {
                continue;
            }
            List<Part> target = CodeRemap.remap(old.source(), old.target(), s.source());
            if (target != null) {
                it.remove();
                List<String> notes = new ArrayList<>(old.notes());
                notes.add("carried forward: the source changed only in whitespace, punctuation or markup");
                return new StoredSegment(s.id(), s.source(), target, old.state(), notes, 0);
            }
        }
        return null;
    }

    /** Minimum similarity of a fuzzy candidate. */
    static final double FUZZY = 0.75;

    /**
     * Candidates for a segment left untranslated: the previous translations of similar sentences
     * that left the page (with a word diff of the source change) and fuzzy memory matches.
     */
    private static StoredSegment offer(Segment s, StoredSegment previous, Map<String, StoredSegment> leaving,
                                       Memory memory) {
        List<Candidate> cands = new ArrayList<>(previous == null ? List.of() : previous.candidates());
        List<String> notes = new ArrayList<>(previous == null ? List.of() : previous.notes());
        if (previous != null && previous.hasTarget() && !SegmentJoins.sameSource(previous.source(), s.source())) {
            // the id's translation, of another source: a join whose other piece changed since, or
            // a source edited in the file; offered whatever its similarity, as it held this sentence
            cands.add(new Candidate(previous.source(), previous.target(), Similarity.of(previous.source(), s.source()),
                    "previous-version"));
            notes.add("source changed, translation needs review: "
                    + Similarity.diff(Parts.plainText(previous.source()), Parts.plainText(s.source())));
        }
        for (StoredSegment old : leaving.values()) {
            double sim = old.hasTarget() ? Similarity.of(old.source(), s.source()) : 0;
            if (sim >= FUZZY && cands.stream().noneMatch(c -> Memory.key(c.source()).equals(Memory.key(old.source())))) {
                cands.add(new Candidate(old.source(), old.target(), sim, "previous-version"));
                notes.add("source changed, translation needs review: "
                        + Similarity.diff(Parts.plainText(old.source()), Parts.plainText(s.source())));
            }
        }
        for (Memory.Entry e : memory.fuzzy(s.source(), FUZZY, 3)) {
            if (cands.stream().noneMatch(c -> Memory.key(c.source()).equals(Memory.key(e.source())))) {
                cands.add(new Candidate(e.source(), e.target(), Similarity.of(e.source(), s.source()), "memory"));
            }
        }
        if (cands.isEmpty()) {
            return null;
        }
        cands.sort(java.util.Comparator.comparingDouble(Candidate::similarity).reversed()
                .thenComparing(c -> Memory.key(c.source())).thenComparing(Candidate::origin));
        return new StoredSegment(s.id(), s.source(), List.of(), State.INITIAL, notes, 0,
                cands.subList(0, Math.min(3, cands.size())));
    }

    private static StoredSegment remembered(Segment s, Memory memory) {
        Memory.Entry e = memory.exact(s.source());
        if (e == null) {
            return null;
        }
        List<Part> target = CodeRemap.remap(e.source(), e.target(), s.source());
        return target == null ? null : new StoredSegment(s.id(), s.source(), target, State.TRANSLATED,
                List.of("exact match from the translation memory"), 0);
    }

    static String skeleton(List<Part> parts) {
        StringBuilder sb = new StringBuilder();
        Parts.plainText(parts).codePoints().filter(Character::isLetterOrDigit)
                .forEach(cp -> sb.appendCodePoint(Character.toLowerCase(cp)));
        return sb.toString();
    }

    private static List<String> numbers(List<Part> parts) {
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(Parts.plainText(parts));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /**
     * Sets targets of a page's segments (pseudo-translation, import). Existing reviewed or final
     * translations are kept unless {@code force}. Returns the number of targets set.
     */
    public int fill(String locale, String pagePath, String pageKey, List<TextUnit> units,
                    Function<Segment, List<Part>> targets, State state, String note, boolean force) {
        return fill(locale, pagePath, pageKey, units, targets, state, note, force, u -> List.of());
    }

    /** As {@link #fill}, writing each unit's glossary terms too. */
    public int fill(String locale, String pagePath, String pageKey, List<TextUnit> units,
                    Function<Segment, List<Part>> targets, State state, String note, boolean force,
                    Function<TextUnit, List<GlossaryHit>> glossary) {
        StoredPage old = load(locale, pageKey, pagePath);
        units = SegmentJoins.apply(units, old);
        Map<String, StoredSegment> next = new LinkedHashMap<>();
        int set = 0;
        for (TextUnit u : units) {
            for (Segment s : u.segments()) {
                StoredSegment kept = keep(old.segments().get(s.id()), s);
                List<Part> t = targets.apply(s);
                boolean protectedTarget = kept != null && (kept.state() == State.REVIEWED || kept.state() == State.FINAL);
                if (t != null && (force || !protectedTarget)) {
                    List<String> notes = new ArrayList<>();
                    StoredSegment before = old.segments().get(s.id());
                    if (before != null) {
                        // a reviewer's suppressions are about the segment, not about one translation of it
                        before.notes().stream().filter(n -> n.startsWith("suppress ")).forEach(notes::add);
                    }
                    if (note != null) {
                        notes.add(note);
                    }
                    next.put(s.id(), new StoredSegment(s.id(), s.source(), t, state, notes, 0));
                    set++;
                } else if (kept != null) {
                    next.put(s.id(), kept);
                } else if (old.segments().containsKey(s.id())) {
                    next.put(s.id(), old.segments().get(s.id()));
                }
            }
        }
        writePage(locale, pagePath, pageKey, units, next, glossary);
        return set;
    }

    /**
     * Writes a page's translations file when its content changed (atomically) and notes what was
     * written ({@link #wroteOurs}); true when the file was written. Thread-safe across pages.
     */
    private boolean writePage(String locale, String pagePath, String pageKey, List<TextUnit> units,
                              Map<String, StoredSegment> next, Function<TextUnit, List<GlossaryHit>> glossary) {
        XliffFile.Written out = XliffFile.writeAndRead(sourceLocale, locale, pagePath, units, next, glossary);
        byte[] xml = utf8(out.xml());
        boolean written = writeIfChanged(file(locale, pageKey), xml);
        wroteOurs(locale, pageKey, xml, written, out.page());
        return written;
    }

    /** Saves the memory of a locale when it has entries. */
    public void saveMemory(String locale, Memory memory) {
        if (!memory.entries().isEmpty()) {
            writeIfChanged(memoryFile(locale), memory.toTmx(sourceLocale, locale));
        }
        saved.put(memory, memory.changes());
    }

    /** True when a translation of {@code old} (source and target) is not in {@code next}. */
    private static boolean drops(StoredPage old, Map<String, StoredSegment> next) {
        Set<String> kept = new java.util.HashSet<>();
        for (StoredSegment s : next.values()) {
            if (s.hasTarget()) {
                kept.add(Memory.key(s.source()) + '\u0000' + Memory.key(s.target()));
            }
        }
        for (StoredSegment s : old.segments().values()) {
            if (s.hasTarget() && !kept.contains(Memory.key(s.source()) + '\u0000' + Memory.key(s.target()))) {
                return true;
            }
        }
        return false;
    }

    static boolean writeIfChanged(Path file, String text) {
        return writeIfChanged(file, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Writes {@code bytes} (atomically, durably) unless the file already holds exactly them. */
    static boolean writeIfChanged(Path file, byte[] bytes) {
        try {
            if (Files.exists(file) && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
                return false;
            }
        } catch (IOException e) {
            // unreadable: write anew
        }
        XliffFile.writeAtomically(file, bytes, true);
        return true;
    }

    /**
     * Takes the project lock for the length of a run that writes translations: a second run stops
     * with a clear message instead of interleaving writes.
     */
    /** Temporary files a killed run left behind (the lock is held, so no run is writing them). */
    private void removeStaleTemporaryFiles() {
        try (var files = Files.walk(dir)) {
            for (Path p : files.filter(f -> XliffFile.isTemporary(f.getFileName().toString())).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // best effort: leftover files are never read
        }
    }

    public AutoCloseable lock() {
        try {
            Files.createDirectories(dir);
            Path lockFile = dir.resolve(".docloc.lock");
            FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException e) {
                lock = null; // held by another run in this same JVM
            }
            if (lock == null) {
                ch.close();
                throw new DoclocException(lockFile, 0, 0,
                        "another docloc run is writing translations/; wait for it to finish and run again");
            }
            FileLock held = lock;
            removeStaleTemporaryFiles();
            return () -> {
                held.release();
                ch.close();
            };
        } catch (IOException e) {
            throw new DoclocException(dir, 0, 0, "cannot lock the translations folder: " + e.getMessage());
        }
    }
}
