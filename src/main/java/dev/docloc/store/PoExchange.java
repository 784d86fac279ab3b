package dev.docloc.store;

import dev.docloc.DoclocException;
import dev.docloc.segment.Part;
import dev.docloc.segment.Parts;
import dev.docloc.segment.Segment;
import dev.docloc.segment.TextUnit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * gettext PO exchange of a locale's translations, one file per page ({@code guides/install.po}),
 * for Weblate, Crowdin, Poedit or Pootle.
 *
 * <p>Each segment is an entry: {@code msgctxt} is the segment id, {@code msgid} the source and
 * {@code msgstr} the target with codes as placeholders ({@link PoPlaceholders}). A segment in
 * state initial with a target or a candidate is marked {@code fuzzy} (the best candidate as
 * msgstr). An extracted comment {@code state: reviewed (1a2b3c4d)} records the state and a digest
 * of the exported msgstr: an entry whose msgstr is unchanged comes back in that state, an edited
 * one as translated.
 *
 * <p>On import an entry is applied when its segment still exists and its msgid is the current
 * source; otherwise it is reported and skipped, as are entries whose placeholders do not match the
 * source's codes. Fuzzy entries are drafts: they fill only segments without a target, in state
 * initial, so they are never published.
 */
public final class PoExchange {
    private static final Pattern STAMP = Pattern.compile("#\\.\\s*state: (\\w+) \\(([0-9a-f]{8})\\)");

    /** How the placeholders read, written at the top of every file. */
    static final List<String> NOTATION = List.of(
            "Placeholders stand for the Markdown of the source: <1>...</1> surround text that is",
            "emphasized, linked or otherwise marked up, <2/> stands for markup without text (an image,",
            "inline code, a line break). Keep every placeholder and its number; move them where the",
            "translation needs them. Text that looks like a placeholder is written \\<1>.",
            "msgctxt is the segment id; do not change msgctxt or msgid.");

    private PoExchange() {}

    /** The PO files of a locale, by path relative to the output folder ({@code guides/install.po}). */
    public static Map<String, String> export(TranslationStore store, String locale, List<TmxExchange.Page> pages) {
        Map<String, String> out = new LinkedHashMap<>();
        for (TmxExchange.Page p : pages) {
            StoredPage stored = store.load(locale, p.key(), p.path());
            List<PoCatalog.Entry> entries = new ArrayList<>();
            for (TextUnit u : SegmentJoins.apply(p.units(), stored)) {
                for (Segment s : u.segments()) {
                    entries.add(entry(p, u, s, stored.segments().get(s.id())));
                }
            }
            List<String> comments = new ArrayList<>(List.of("docloc translations of " + p.path() + " in " + locale
                    + ".", ""));
            comments.addAll(NOTATION);
            out.put(p.key() + ".po", PoCatalog.write(comments, header(locale, p.path()), entries));
        }
        return out;
    }

    private static List<String> header(String locale, String page) {
        return List.of("Project-Id-Version: docloc", "Language: " + locale, "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit",
                "X-Generator: docloc", "X-Docloc-Page: " + page);
    }

    private static PoCatalog.Entry entry(TmxExchange.Page p, TextUnit u, Segment s, StoredSegment st) {
        List<String> comments = new ArrayList<>();
        comments.add("#. " + u.kind().id() + (u.context().isEmpty() ? "" : ": " + u.context().replace('\n', ' ')));
        Set<String> flags = new HashSet<>();
        String msgstr = "";
        // a stored source that is not the segment's (the file edited by hand): its translation is not
        // the msgid's, and an import of the file unchanged would make it so
        // nor is an empty one (a qa-empty error), which PO tools would count as translated
        if (st != null && st.hasTarget() && SegmentJoins.sameSource(st.source(), s.source())
                && !Parts.emptyTranslation(s.source(), st.target())) {
            msgstr = PoPlaceholders.encode(TranslationStore.target(st, s));
            comments.add("#. state: " + st.state().id() + " (" + digest(msgstr) + ")");
            if (st.state() == State.INITIAL) {
                flags.add("fuzzy");
            }
        } else if (st != null && !st.candidates().isEmpty()) {
            Candidate c = st.candidates().get(0);
            List<Part> target = CodeRemap.remap(c.source(), c.target(), s.source());
            if (target != null) {
                msgstr = PoPlaceholders.encode(target);
                flags.add("fuzzy");
                comments.add(String.format("#. candidate: %d%% similar (%s)", Math.round(c.similarity() * 100),
                        c.origin()));
            }
        }
        comments.add("#: source-docs/" + p.path() + ":" + line(p.text(), u.region().start()));
        return new PoCatalog.Entry(comments, flags, s.id(), PoPlaceholders.encode(s.source()), msgstr);
    }

    private static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    static String digest(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return String.format("%02x%02x%02x%02x", d[0], d[1], d[2], d[3]);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Imports the PO files under {@code dir} ({@code dir/<page key>.po}) into a locale's store.
     * The caller holds the store's lock.
     *
     * @param glossary the glossary terms of a unit, written again into rewritten files
     */
    public static TmxExchange.Result importDir(TranslationStore store, String sourceLocale, String locale,
                                               List<TmxExchange.Page> pages, Path dir, boolean force,
                                               Function<TextUnit, List<GlossaryHit>> glossary) {
        Memory memory = Memory.read(store.memoryFile(locale), store.sourceLocale(), locale);
        Map<String, Memory.Entry> before = new HashMap<>(memory.entries());
        TmxPageImport.Context ctx = new TmxPageImport.Context(store, sourceLocale, locale, force, glossary, memory);
        TmxPageImport.Tally tally = new TmxPageImport.Tally();
        Map<String, TmxExchange.Page> byKey = new HashMap<>();
        pages.forEach(p -> byKey.put(p.key(), p));
        // every file read before any translations file is written: one that cannot be read stops
        // the run with translations/ as it was
        List<Catalog> catalogs = new ArrayList<>();
        for (Path file : files(dir)) {
            String key = dir.relativize(file).toString().replace('\\', '/').replaceFirst("\\.po$", "");
            TmxExchange.Page page = byKey.get(key);
            catalogs.add(page == null ? new Catalog(null, file, Map.of(),
                    List.of(file + ": no source page " + key + ".md; file skipped")) : catalog(page, file, locale));
        }
        for (Catalog c : catalogs) {
            tally.problems.addAll(c.skipped());
            if (c.page() != null) {
                importFile(ctx, c, tally);
            }
        }
        store.saveMemory(locale, memory);
        return new TmxExchange.Result(tally.filled, tally.unchanged, tally.protectedKept, tally.draftsKept,
                TmxExchange.changed(before, memory.entries()), tally.problems);
    }

    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new DoclocException(dir, 0, 0, "no such folder; pass the folder that holds the .po files");
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(f -> f.toString().endsWith(".po") && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            throw new DoclocException(dir, 0, 0, "cannot list the .po files: " + e.getMessage());
        }
    }

    /**
     * A PO file read for import: its entries by segment id, and lines for the entries it skips
     * ({@code page} null for a file with no source page, skipped whole).
     */
    private record Catalog(TmxExchange.Page page, Path file, Map<String, PoCatalog.Entry> byId, List<String> skipped) {}

    private static Catalog catalog(TmxExchange.Page page, Path file, String locale) {
        Map<String, PoCatalog.Entry> byId = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        for (PoCatalog.Entry e : PoCatalog.parse(file, read(file))) {
            if (e.header()) {
                checkLanguage(file, e, locale);
            } else if (e.msgctxt() == null) {
                skipped.add(file + ":" + e.line() + ": an entry without msgctxt (the segment id); skipped");
            } else {
                byId.put(e.msgctxt(), e);
            }
        }
        return new Catalog(page, file, byId, skipped);
    }

    private static void importFile(TmxPageImport.Context ctx, Catalog c, TmxPageImport.Tally tally) {
        TmxExchange.Page page = c.page();
        Path file = c.file();
        Map<String, PoCatalog.Entry> byId = c.byId();
        Set<String> seen = new HashSet<>();
        TmxPageImport.apply(ctx, page, s -> {
            seen.add(s.id());
            return offer(byId.get(s.id()), s, file, tally);
        }, tally);
        byId.keySet().stream().filter(id -> !seen.contains(id)).forEach(id -> tally.problems.add(file + ":"
                + byId.get(id).line() + ": no segment " + id + " in " + page.path()
                + " (removed from the source since the export); skipped"));
    }

    private static void checkLanguage(Path file, PoCatalog.Entry header, String locale) {
        for (String f : header.msgstr().split("\n")) {
            if (f.startsWith("Language:") && !f.substring(9).isBlank()
                    && !TmxFormat.sameLanguage(f.substring(9).strip(), locale)) {
                throw new DoclocException(file, header.msgstrLine(), 0, "the file is for " + f.substring(9).strip()
                        + ", not " + locale + "; import it with --locale " + f.substring(9).strip());
            }
        }
    }

    private static TmxPageImport.Offer offer(PoCatalog.Entry e, Segment s, Path file, TmxPageImport.Tally tally) {
        if (e == null || e.msgstr().isEmpty()) {
            return null;
        }
        if (e.plural()) {
            tally.problems.add(file + ":" + e.line() + ": a plural entry; docloc segments have no plural forms");
            return null;
        }
        if (!e.msgid().equals(PoPlaceholders.encode(s.source()))) {
            tally.problems.add(file + ":" + e.line() + ": source changed since export (segment " + s.id()
                    + "); export again and translate the new source");
            return null;
        }
        PoPlaceholders.Decoded d = PoPlaceholders.decode(e.msgstr(), s.source());
        if (!d.ok()) {
            tally.problems.add(file + ":" + e.msgstrLine() + ": " + d.error() + "; entry skipped");
            return null;
        }
        return new TmxPageImport.Offer(d.parts(), e.fuzzy() ? State.INITIAL : state(e));
    }

    /** The exported state when the msgstr is the one exported, else translated. */
    private static State state(PoCatalog.Entry e) {
        for (String c : e.comments()) {
            Matcher m = STAMP.matcher(c);
            if (m.matches() && m.group(2).equals(digest(e.msgstr()))
                    && List.of("translated", "reviewed", "final").contains(m.group(1))) {
                return State.fromId(m.group(1));
            }
        }
        return State.TRANSLATED;
    }

    private static String read(Path file) {
        try {
            return dev.docloc.parse.PageParser.decode(Files.readAllBytes(file), file);
        } catch (IOException e) {
            throw DoclocException.cannotRead(file, null, e);
        }
    }
}
