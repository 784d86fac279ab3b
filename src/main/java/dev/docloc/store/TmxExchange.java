package dev.docloc.store;

import dev.docloc.segment.Part;
import dev.docloc.segment.Parts;
import dev.docloc.segment.Segment;
import dev.docloc.segment.TextUnit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * TMX 1.4b exchange of a locale's translations with other tools.
 *
 * <p>{@link #export} writes every translated segment of the store (in page and segment order, with
 * {@code x-docloc-page}, {@code x-docloc-segment} and {@code x-docloc-state} properties), then
 * every pair of the locale's memory (sorted by source). {@link #importFile} adds every pair to the
 * memory and fills the store's segments whose source is the same text with the same codes'
 * Markdown: a unit exported from that very segment first, else the first unit with that source.
 * A reviewed or final target is replaced only with {@code force}.
 *
 * <pre><code>
 * String tmx = TmxExchange.export(store, "en", "pt-BR", pages);
 * TmxExchange.Result r = TmxExchange.importFile(store, "en", "pt-BR", pages, file, false, u -> List.of());
 * </code></pre>
 */
public final class TmxExchange {
    /**
     * A source page as the exchange formats (TMX and PO) see it.
     *
     * @param path  the page path ({@code guides/install.md})
     * @param key   the page key ({@code guides/install}): its translations file and PO file name
     * @param text  the page source, for line numbers
     * @param units the page's current text units
     */
    public record Page(String path, String key, String text, List<TextUnit> units) {
        public Page {
            Objects.requireNonNull(path, "path must not be null");
            Objects.requireNonNull(key, "key must not be null");
            text = text == null ? "" : text;
            units = List.copyOf(units);
        }
    }

    /**
     * What an import changed.
     *
     * @param filled        segments whose target was set
     * @param unchanged     segments that already had the imported target
     * @param protectedKept reviewed or final targets kept (no {@code force})
     * @param draftsKept    drafts (fuzzy PO entries, state initial) not imported over an existing target
     * @param memoryAdded   memory entries added or changed
     * @param problems      entries skipped, one line each, with file and line
     */
    public record Result(int filled, int unchanged, int protectedKept, int draftsKept, int memoryAdded,
                         List<String> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        /** The report: a summary line, then one line per problem. */
        public List<String> lines(String locale) {
            List<String> out = new ArrayList<>();
            out.add(String.format("%s: %d segments filled, %d unchanged, %d memory entries added, "
                    + "%d skipped because reviewed or final%s, %d drafts not imported over a translation, "
                    + "%d entries skipped", locale, filled, unchanged, memoryAdded, protectedKept,
                    protectedKept > 0 ? " (use --force to overwrite them)" : "", draftsKept, problems.size()));
            problems.forEach(p -> out.add("  " + p));
            return out;
        }
    }

    private TmxExchange() {}

    /** The TMX text of a locale: the store's translated segments, then the memory. */
    public static String export(TranslationStore store, String sourceLocale, String locale, List<Page> pages) {
        List<TmxUnit> units = new ArrayList<>();
        for (Page p : pages) {
            StoredPage stored = store.load(locale, p.key(), p.path());
            for (TextUnit u : SegmentJoins.apply(p.units(), stored)) {
                for (Segment s : u.segments()) {
                    StoredSegment st = stored.segments().get(s.id());
                    // an empty translation (a qa-empty error) is none
                    if (st != null && st.hasTarget() && !Parts.emptyTranslation(st.source(), st.target())) {
                        // a stored source that is not the segment's (the file edited by hand) keeps its own
                        // translation: paired with the segment's source it would be imported as the segment's
                        boolean same = SegmentJoins.sameSource(st.source(), s.source());
                        units.add(new TmxUnit(same ? s.source() : st.source(),
                                same ? TranslationStore.target(st, s) : st.target(), st.state(), p.path(), s.id(), 0));
                    }
                }
            }
        }
        Map<String, Memory.Entry> memory = Memory.read(store.memoryFile(locale), sourceLocale, locale).entries();
        List<String> keys = new ArrayList<>(memory.keySet());
        Collections.sort(keys);
        for (String k : keys) {
            units.add(new TmxUnit(memory.get(k).source(), memory.get(k).target(), null, "", "", 0));
        }
        return TmxFormat.write(sourceLocale, locale, units);
    }

    /**
     * Imports a TMX file into a locale's memory and store. The caller holds the store's lock.
     *
     * @param glossary the glossary terms of a unit, written again into rewritten files
     */
    public static Result importFile(TranslationStore store, String sourceLocale, String locale, List<Page> pages,
                                    Path file, boolean force, Function<TextUnit, List<GlossaryHit>> glossary) {
        TmxFormat.Contents tmx = TmxFormat.contents(file, read(file), sourceLocale, locale);
        checkLanguages(file, tmx, sourceLocale, locale);
        List<TmxUnit> units = tmx.units();
        Memory memory = Memory.read(store.memoryFile(locale), sourceLocale, locale);
        Map<String, Memory.Entry> before = new HashMap<>(memory.entries());
        // pairs exported from the store first, so that the memory's own pair for a source wins
        units.stream().filter(TmxUnit::located).forEach(u -> memory.add(u.source(), u.target()));
        units.stream().filter(u -> !u.located()).forEach(u -> memory.add(u.source(), u.target()));
        TmxPageImport.Context ctx = new TmxPageImport.Context(store, sourceLocale, locale, force, glossary, memory);
        TmxPageImport.Tally tally = new TmxPageImport.Tally();
        Index index = new Index(units);
        for (Page p : pages) {
            TmxPageImport.apply(ctx, p, s -> offer(index.find(p.path(), s), s, file, tally), tally);
        }
        store.saveMemory(locale, memory);
        return new Result(tally.filled, tally.unchanged, tally.protectedKept, tally.draftsKept,
                changed(before, memory.entries()), tally.problems);
    }

    /**
     * Refuses a file for other languages than the project's source locale and {@code locale}: it
     * would import nothing, or pairs whose source is another language.
     */
    private static void checkLanguages(Path file, TmxFormat.Contents tmx, String sourceLocale, String locale) {
        if (!tmx.srclang().isEmpty() && !TmxFormat.samePrimary(tmx.srclang(), sourceLocale)) {
            throw new dev.docloc.DoclocException(file, tmx.headerLine(), 0, "the source language of the file (srclang) "
                    + "is " + tmx.srclang() + ", the project's is " + sourceLocale + "; import a memory translated from "
                    + sourceLocale);
        }
        if (tmx.languages().isEmpty()) {
            return;
        }
        String has = " (the file has " + String.join(", ", tmx.languages()) + ")";
        if (!tmx.hasSource()) {
            throw new dev.docloc.DoclocException(file, 0, 0, "no <tuv> is in the project's source language "
                    + sourceLocale + has + "; import a memory translated from " + sourceLocale);
        }
        if (!tmx.hasTarget()) {
            throw new dev.docloc.DoclocException(file, 0, 0, "no <tuv> is in " + locale + has
                    + "; pass the --locale of its translations");
        }
    }

    private static TmxPageImport.Offer offer(TmxUnit u, Segment s, Path file, TmxPageImport.Tally tally) {
        if (u == null) {
            return null;
        }
        List<Part> target = CodeRemap.remap(u.source(), u.target(), s.source());
        if (target == null) {
            tally.problems.add(file + ":" + u.line() + ": the codes of the translation do not match those of "
                    + "its source; segment " + s.id() + " not filled");
            return null;
        }
        return new TmxPageImport.Offer(target, u.state() == null ? State.TRANSLATED : u.state());
    }

    static int changed(Map<String, Memory.Entry> before, Map<String, Memory.Entry> after) {
        int n = 0;
        for (var e : after.entrySet()) {
            Memory.Entry old = before.get(e.getKey());
            if (old == null || !Memory.key(old.target()).equals(Memory.key(e.getValue().target()))) {
                n++;
            }
        }
        return n;
    }

    private static String read(Path file) {
        try {
            return dev.docloc.parse.PageParser.decode(Files.readAllBytes(file), file);
        } catch (IOException e) {
            throw dev.docloc.DoclocException.cannotRead(file, null, e);
        }
    }

    /** The units of a file by location and by source. */
    private static final class Index {
        private final Map<String, TmxUnit> byLocation = new HashMap<>();
        private final Map<String, TmxUnit> bySource = new LinkedHashMap<>();

        Index(List<TmxUnit> units) {
            for (TmxUnit u : units) {
                String key = Memory.key(u.source());
                if (u.located()) {
                    byLocation.putIfAbsent(u.page() + "\u0000" + u.segment() + "\u0000" + key, u);
                }
                bySource.putIfAbsent(key, u);
            }
        }

        TmxUnit find(String page, Segment s) {
            String key = Memory.key(s.source());
            TmxUnit u = byLocation.get(page + "\u0000" + s.id() + "\u0000" + key);
            return u != null ? u : bySource.get(key);
        }
    }
}
