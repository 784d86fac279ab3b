package dev.docloc;

import dev.docloc.Localizer.SourcePage;
import dev.docloc.cache.FileHashes;
import dev.docloc.store.Memory;
import dev.docloc.store.StoredPage;
import dev.docloc.store.TranslationStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One run of {@code extract} ({@link Localizer#extract}): reads every page's translations into the
 * memory of its locale, then updates the pages batch by batch, skipping the work a run would repeat
 * ({@link ExtractCache}).
 */
final class Extraction {
    /** Pages parsed and updated together: enough to keep every core busy, few enough to keep memory flat. */
    private static final int BATCH = 64;

    private final Localizer loc;

    Extraction(Localizer loc) {
        this.loc = loc;
    }

    List<String> run(List<String> locales) {
        List<String> paths = loc.project.pages();
        List<List<String>> batches = new ArrayList<>();
        for (int i = 0; i < paths.size(); i += BATCH) {
            batches.add(paths.subList(i, Math.min(paths.size(), i + BATCH)));
        }
        ExtractCache cache = ExtractCache.open(loc.cacheDir(), loc.withGlossary("extract"));
        List<String> lines = new ArrayList<>();
        AtomicInteger updated = new AtomicInteger();
        try (AutoCloseable lock = loc.store.lock()) {
            Map<String, Memory> memories = new LinkedHashMap<>();
            Map<String, Map<String, Stored>> read = new LinkedHashMap<>();
            for (String locale : locales) {
                memories.put(locale, Memory.read(loc.store.memoryFile(locale), loc.project.sourceLocale(), locale));
                read.put(locale, new java.util.HashMap<>());
            }
            Set<String> remembered = new java.util.HashSet<>();
            for (String locale : locales) {
                lines.addAll(rememberOrphans(locale, paths, memories.get(locale), remembered));
            }
            loc.progress.stage("read translations", paths.size());
            for (List<String> batch : batches) {
                for (String locale : locales) {
                    List<Stored> stored = Parallel.map(batch, path -> stored(locale, path, cache));
                    for (int i = 0; i < batch.size(); i++) {
                        read.get(locale).put(batch.get(i), stored.get(i));
                        if (memories.get(locale).addAll(stored.get(i).pairs)) {
                            remembered.add(locale);
                        }
                    }
                }
                batch.forEach(x -> loc.progress.step());
            }
            loc.progress.done();
            for (String locale : remembered) {
                loc.store.saveMemory(locale, memories.get(locale));
            }
            Map<String, int[]> sums = new LinkedHashMap<>();
            locales.forEach(l -> sums.put(l, new int[5]));
            loc.progress.stage("extract", paths.size());
            for (List<String> batch : batches) {
                extractBatch(batch, locales, cache, memories, read, sums, updated);
                batch.forEach(x -> loc.progress.step());
            }
            loc.progress.done();
            loc.saveSentences();
            for (String locale : locales) {
                loc.store.saveMemory(locale, memories.get(locale));
                int[] sum = sums.get(locale);
                lines.add(String.format("%s: %d pages, %d segments: %d kept, %d carried forward, %d from memory; "
                        + "%d files written", locale, paths.size(), sum[0], sum[1], sum[2], sum[3], sum[4]));
            }
            lines.add(String.format("updated %d of %d page versions (the others were unchanged since an earlier run)",
                    updated.get(), paths.size() * locales.size()));
        } catch (DoclocException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        cache.save();
        loc.store.saveCache(Localizer.keys(paths));
        loc.files.save();
        return lines;
    }

    /**
     * Adds to the memory the translations in files of {@code locale} that no source page has (a
     * page renamed, moved or deleted), so that the page under its new name gets them back from
     * the memory; returns a line per such file. A pair never replaces the memory's own
     * translation of the same source: the file is read at every run, and the memory's may be a
     * later revision (of the page under its new name). Those that differ are counted, so that the
     * user compares them before deleting the file.
     */
    private List<String> rememberOrphans(String locale, List<String> paths, Memory memory, Set<String> remembered) {
        Set<String> keys = new java.util.HashSet<>(Localizer.keys(paths));
        List<String> out = new ArrayList<>();
        for (String key : orphanKeys(locale, keys)) {
            Path file = loc.store.file(locale, key);
            List<Memory.Entry> pairs;
            try {
                pairs = TranslationStore.pairs(loc.store.load(locale, key, key + ".md"));
            } catch (DoclocException e) {
                out.add("warning: " + e.getMessage() + " (a translations file without a source page; not read)");
                continue;
            }
            int differ = 0;
            for (Memory.Entry pair : pairs) {
                Memory.Entry known = memory.exact(pair.source());
                if (known == null) {
                    memory.add(pair.source(), pair.target());
                    remembered.add(locale);
                } else if (!Memory.key(known.target()).equals(Memory.key(pair.target()))) {
                    differ++;
                }
            }
            out.add(String.format("%s: %s has no source page (renamed, moved or deleted?): its %d translations are "
                    + "in %s%s", locale, relative(file), pairs.size(), relative(loc.store.memoryFile(locale)),
                    differ == 0 ? "; delete the file once the page's new name has them"
                            : ", but for " + differ + " whose source the memory translates otherwise (it keeps its "
                            + "own); compare them before deleting the file"));
        }
        return out;
    }

    private String relative(Path file) {
        return loc.project.root().relativize(file).toString().replace('\\', '/');
    }

    /** The page keys of the translations files of {@code locale} that are not in {@code keys}, sorted. */
    private List<String> orphanKeys(String locale, Set<String> keys) {
        Path dir = loc.project.translations().resolve(locale);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var files = Files.walk(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".xlf")
                            && !f.getFileName().toString().startsWith(".") && Files.isRegularFile(f))
                    .map(f -> dir.relativize(f).toString().replace('\\', '/'))
                    .map(rel -> rel.substring(0, rel.length() - ".xlf".length()))
                    .filter(key -> !keys.contains(key)).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of(); // an unreadable folder is reported where the pages' own files are read
        }
    }

    /**
     * A page's translations file as the first pass of {@code extract} found it: its hash, the
     * pairs it adds to the memory, and the page itself when it had to be read for them.
     */
    private final class Stored {
        final String locale;
        final String path;
        final String hash;
        final List<Memory.Entry> pairs;
        private SoftReference<StoredPage> page;

        Stored(String locale, String path, String hash, List<Memory.Entry> pairs, StoredPage page) {
            this.locale = locale;
            this.path = path;
            this.hash = hash;
            this.pairs = pairs;
            this.page = new SoftReference<>(page);
        }

        /** The stored page, read again when it was not read or memory was short (and unchanged since). */
        StoredPage page() {
            StoredPage p = page.get();
            if (p == null) {
                p = loc.load(locale, Project.key(path), path, new FileHashes.Content(hash, null));
                page = new SoftReference<>(p);
            }
            return p;
        }
    }

    private Stored stored(String locale, String path, ExtractCache cache) {
        FileHashes.Content file = loc.files.content(loc.store.file(locale, Project.key(path)));
        List<Memory.Entry> pairs = cache.pairs(locale, file.hash());
        if (pairs != null) {
            return new Stored(locale, path, file.hash(), pairs, null);
        }
        StoredPage page = loc.load(locale, Project.key(path), path, file);
        pairs = TranslationStore.pairs(page);
        cache.putPairs(locale, file.hash(), pairs);
        return new Stored(locale, path, file.hash(), pairs, page);
    }

    /** An update decided by {@code extract}, with what its record in the cache is filed under. */
    private record Decided(TranslationStore.PendingUpdate update, String path, String sourceHash, Stored file,
                           String memory) {}

    /**
     * Updates one batch of pages in every locale: the pages are parsed on all cores (those that
     * some locale may have to update), updates are decided in page order and written on all cores.
     */
    private void extractBatch(List<String> batch, List<String> locales, ExtractCache cache,
                              Map<String, Memory> memories, Map<String, Map<String, Stored>> read,
                              Map<String, int[]> sums, AtomicInteger updated) {
        List<FileHashes.Content> sources = Parallel.map(batch, path -> loc.files.content(loc.project.sourceDocs().resolve(path)));
        ExtractCache.Unchanged[][] before = new ExtractCache.Unchanged[locales.size()][batch.size()];
        boolean[][] mayUpdate = new boolean[locales.size()][batch.size()];
        boolean[] parse = new boolean[batch.size()];
        for (int l = 0; l < locales.size(); l++) {
            String fingerprint = memories.get(locales.get(l)).fingerprint();
            for (int i = 0; i < batch.size(); i++) {
                Stored st = read.get(locales.get(l)).get(batch.get(i));
                ExtractCache.Unchanged u = cache.unchanged(locales.get(l), batch.get(i), sources.get(i).hash(), st.hash);
                before[l][i] = u;
                // the memory may still change within the batch: then the page is read and parsed below
                mayUpdate[l][i] = u == null || !u.holds(fingerprint);
                parse[i] |= mayUpdate[l][i];
            }
        }
        List<Integer> indices = java.util.stream.IntStream.range(0, batch.size()).boxed().toList();
        List<SourcePage> pages = new ArrayList<>(Parallel.map(indices,
                i -> parse[i] ? loc.sourcePage(batch.get(i), sources.get(i)) : null));
        for (int l = 0; l < locales.size(); l++) {
            String locale = locales.get(l);
            Memory memory = memories.get(locale);
            boolean[] load = mayUpdate[l];
            List<Stored> stored = batch.stream().map(path -> read.get(locale).remove(path)).toList();
            List<StoredPage> loaded = Parallel.map(indices, i -> load[i] ? stored.get(i).page() : null);
            List<Decided> decided = new ArrayList<>();
            int[] sum = sums.get(locale);
            for (int i = 0; i < batch.size(); i++) {
                ExtractCache.Unchanged u = before[l][i];
                Stored st = stored.get(i);
                if (u != null && u.holds(memory.fingerprint())) {
                    u.replay(memory, st.pairs);
                    sum[0] += u.segments();
                    sum[1] += u.kept();
                    continue;
                }
                if (pages.get(i) == null) {
                    pages.set(i, loc.sourcePage(batch.get(i), sources.get(i)));
                }
                SourcePage p = pages.get(i);
                String fingerprint = memory.fingerprint();
                decided.add(new Decided(loc.store.prepare(locale, p.path(), p.key(), p.units(), memory,
                        x -> loc.glossaryHits(x, locale), loaded.get(i) != null ? loaded.get(i) : st.page()), p.path(),
                        sources.get(i).hash(), st, fingerprint));
            }
            List<TranslationStore.UpdateResult> results = Parallel.map(decided, d -> d.update().write());
            updated.addAndGet(decided.size());
            for (int k = 0; k < decided.size(); k++) {
                TranslationStore.UpdateResult r = results.get(k);
                Decided d = decided.get(k);
                sum[0] += r.segments();
                sum[1] += r.kept();
                sum[2] += r.carried();
                sum[3] += r.fromMemory();
                sum[4] += r.written() ? 1 : 0;
                if (!r.written()) {
                    boolean translated = r.segments() == r.kept() + r.carried() + r.fromMemory();
                    cache.putUnchanged(locale, d.path(), d.sourceHash(), d.file().hash, ExtractCache.Unchanged.of(
                            r.segments(), r.kept(), translated ? null : d.memory(), d.file().pairs, d.update().pairs()));
                }
            }
        }
    }
}
