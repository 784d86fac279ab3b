package dev.docloc;

import dev.docloc.cache.ContentHash;
import dev.docloc.cache.FileHashes;
import dev.docloc.cache.ResultCache;
import dev.docloc.check.QaChecker;
import dev.docloc.check.QaConfig;
import dev.docloc.check.QaFinding;
import dev.docloc.check.QaInput;
import dev.docloc.check.TermChecker;
import dev.docloc.check.TermFinding;
import dev.docloc.parse.Page;
import dev.docloc.parse.PageParser;
import dev.docloc.publish.LinkChecker;
import dev.docloc.report.Issue;
import dev.docloc.report.Progress;
import dev.docloc.report.Report;
import dev.docloc.segment.Extractor;
import dev.docloc.segment.Parts;
import dev.docloc.segment.Segment;
import dev.docloc.segment.TextUnit;
import dev.docloc.store.PseudoTranslator;
import dev.docloc.store.State;
import dev.docloc.store.StoredPage;
import dev.docloc.store.StoredSegment;
import dev.docloc.store.TranslationStore;
import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs the pipeline stages for a project: parse, segment, store, check, merge, publish.
 *
 * <pre><code>
 * Localizer l = new Localizer(Project.open(Path.of(".")), Progress.create(false));
 * l.extract(List.of("pt-BR"));
 * Report r = l.check(List.of("pt-BR"));
 * l.build(List.of("pt-BR"), Path.of("target/site"));
 * </code></pre>
 */
public final class Localizer {
    final Project project;
    final Progress progress;
    private final Extractor extractor;
    final dev.docloc.segment.SentenceSplitter splitter;
    final TranslationStore store;
    // size, time and hash of every file read or written, shared by all commands of this instance
    final FileHashes files;

    public Localizer(Project project, Progress progress) {
        this.project = project;
        this.progress = progress;
        // sentence boundaries are kept between commands: extract, check and build segment a text once
        this.splitter = dev.docloc.segment.SentenceSplitter.forLanguage(project.sourceLocale())
                .cachedIn(project.root().resolve("target/docloc-cache/srx-" + project.sourceLocale() + ".bin"));
        this.extractor = Extractor.create(splitter, Project.FRONT_MATTER_KEYS);
        this.files = FileHashes.open(project.root().resolve("target/docloc-cache/files.bin"));
        this.store = new TranslationStore(project.translations(), project.sourceLocale(),
                project.root().resolve("target/docloc-cache/xliff-valid.bin"), files);
    }

    public Project project() {
        return project;
    }

    // the source pages this run parsed and segmented
    private final java.util.Set<String> segmented = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** A parsed source page and its units. */
    public record SourcePage(String path, Page page, List<TextUnit> units) {
        public String key() {
            return Project.key(path);
        }
    }

    /** The source pages, parsed and segmented on all cores, in {@link Project#pages()} order. */
    public List<SourcePage> sourcePages() {
        List<SourcePage> pages = Parallel.map(project.pages(), this::sourcePage);
        saveSentences();
        return pages;
    }

    private SourcePage sourcePage(String path) {
        return sourcePage(path, (byte[]) null);
    }

    /** The source page parsed from {@code bytes}, or from its file when they are null. */
    SourcePage sourcePage(String path, byte[] bytes) {
        Path file = project.sourceDocs().resolve(path);
        Page page = PageParser.parse(path, bytes == null ? read(file) : bytes, file);
        SourcePage parsed = new SourcePage(path, page, extractor.extract(page));
        segmented.add(path);
        return parsed;
    }

    /**
     * Writes the sentence boundaries this run computed; when it segmented every page of the project,
     * the texts no page has any more (edited or deleted paragraphs) leave the file with it.
     */
    void saveSentences() {
        splitter.saveCache(segmented.containsAll(project.pages()));
    }

    /**
     * A stored page from what {@link FileHashes} returned for its file: the bytes it hashed when it
     * read them (and their hash, so they are not hashed again), else the file read now.
     */
    StoredPage load(String locale, String key, String path, FileHashes.Content file) {
        FileHashes.Content read = hashed(store.file(locale, key), file);
        return store.load(locale, key, path, read.bytes(), read.bytes() == null ? null : read.hash());
    }

    /** The source page parsed from the bytes {@link FileHashes} hashed (read now when it did not read them). */
    SourcePage sourcePage(String path, FileHashes.Content file) {
        return sourcePage(path, hashed(project.sourceDocs().resolve(path), file).bytes());
    }

    /**
     * {@code file} with the bytes its hash stands for: those {@link FileHashes} read, else the
     * file read now, which must still have that hash (a result computed from other bytes would be
     * kept under the old content's key).
     */
    private FileHashes.Content hashed(Path path, FileHashes.Content file) {
        if (file.bytes() != null || file.hash().isEmpty()) {
            return file;
        }
        FileHashes.Content read = files.read(path);
        if (!read.hash().equals(file.hash())) {
            throw new DoclocException(path, 0, 0, "changed while docloc was reading it; run the command again");
        }
        return read;
    }

    /**
     * A cache key part for {@code command}'s results that read the glossary: the source locale and
     * {@code glossary.yml} as it is on disk.
     */
    String withGlossary(String command) {
        return ContentHash.start().add(command).add(project.sourceLocale())
                .add(readIfExists(project.root().resolve("glossary.yml"))).hex();
    }

    private static byte[] readIfExists(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Where results are kept between runs: {@code target/docloc-cache/}. */
    Path cacheDir() {
        return project.root().resolve("target/docloc-cache");
    }

    /**
     * Creates or updates the translations files of every page for each locale.
     *
     * <p>First every stored page of every locale is read into that locale's memory, and the
     * memories are saved, before any page is rewritten: then a sentence moved from one page to
     * another finds its translation, and a crash loses none. Then pages are parsed in batches,
     * each batch's updates decided in page order (the memory changes from page to page) and
     * written on all cores, so memory use does not grow with the number of pages. Stored pages
     * read in the first pass are kept while memory allows ({@link SoftReference}).
     *
     * <p>Work a run would repeat is skipped ({@link ExtractCache}): a translations file read
     * before adds its pairs to the memory without being read again, and a page whose update
     * changed nothing before is neither parsed nor updated while its source, its translations file
     * and (when it has untranslated segments) the memory it is decided with are the same.
     */
    public List<String> extract(List<String> locales) {
        return new Extraction(this).run(locales);
    }

    private final java.util.concurrent.ConcurrentHashMap<String, TermChecker> termCheckers =
            new java.util.concurrent.ConcurrentHashMap<>();

    private TermChecker terms() {
        return project.glossary() == null ? null
                : termCheckers.computeIfAbsent("", k -> TermChecker.remembering(project.glossary()));
    }

    /** The glossary terms a unit's source uses, with their approved translations in {@code locale}. */
    List<dev.docloc.store.GlossaryHit> glossaryHits(TextUnit u, String locale) {
        TermChecker tc = terms();
        if (tc == null) {
            return List.of();
        }
        List<dev.docloc.store.GlossaryHit> out = new ArrayList<>();
        for (var hit : tc.find(Parts.textWithCodeMarks(u.sourceParts()), locale)) {
            List<String> tr = hit.term().doNotTranslate() ? List.of(hit.term().source()) : hit.translations();
            out.add(new dev.docloc.store.GlossaryHit(hit.text(), hit.term().definition(), tr));
        }
        return out;
    }

    /** The page keys of source page paths ({@link Project#key}). */
    static List<String> keys(List<String> paths) {
        return paths.stream().map(Project::key).toList();
    }

    /** Fills a locale with pseudo-translations in state translated. */
    public int pseudo(String locale) {
        if (!PseudoTranslator.isPseudo(locale)) {
            throw new DoclocException("'" + locale + "' is not a pseudo-locale; use one of "
                    + PseudoTranslator.LOCALES);
        }
        int n = 0;
        try (AutoCloseable lock = store.lock()) {
            // every page and translations file read before any is written: one that cannot be read
            // stops the run with translations/ as it was; then pages are independent files, parsed
            // and filled one at a time on all cores, so memory does not grow with the site
            readSources();
            readStored(locale);
            for (int filled : Parallel.map(project.pages(), path -> {
                SourcePage p = sourcePage(path);
                return store.fill(locale, p.path(), p.key(), p.units(),
                        s -> PseudoTranslator.translate(s.source(), locale), State.TRANSLATED, null, true,
                        u -> glossaryHits(u, locale));
            })) {
                n += filled;
            }
            saveSentences();
        } catch (DoclocException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        store.saveCache();
        files.save();
        return n;
    }

    /**
     * Imports existing translated pages from {@code dir} ({@code dir/<path>.md}) by aligning them
     * with the source pages ({@link dev.docloc.store.PageAligner}). Imported targets get
     * {@code state} and a note naming the file. Existing translations are kept unless {@code force}.
     * Returns one line per page (units aligned, segments set, units unaligned on each side), each
     * followed by an indented line per unaligned unit with the reason; then a line per {@code .md}
     * file of {@code dir} that no source page has, and a line saying so when no page was imported.
     * A {@code dir} that is not a folder stops the run, as {@code po import} does.
     */
    public List<String> importPages(String locale, Path dir, State state, boolean force) {
        List<String> unmatched = pageFiles(dir);
        List<String> report = new ArrayList<>();
        Extractor targetExtractor = Extractor.create((dev.docloc.segment.SentenceSplitter) null, Project.FRONT_MATTER_KEYS);
        dev.docloc.segment.SentenceSplitter splitter = dev.docloc.segment.SentenceSplitter.forLanguage(locale);
        try (AutoCloseable lock = store.lock()) {
            for (ImportedPage i : importedPages(locale, dir, unmatched)) {
                SourcePage p = i.source();
                // aligned with the segments as the file has them: the target of a segment a translator
                // joined is the translation of all its sentences, not of the first one
                var units = dev.docloc.store.SegmentJoins.apply(p.units(), i.stored());
                var r = dev.docloc.store.PageAligner.align(units, p.page().text(), targetExtractor.extract(i.page()),
                        i.page().text(), splitter);
                report.addAll(importPage(locale, p, Path.of(p.path()), r, state, force));
            }
        } catch (DoclocException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        store.saveCache();
        files.save();
        boolean none = report.isEmpty();
        unmatched.forEach(path -> report.add(dir.resolve(path) + ": no source page " + path + "; file skipped"));
        if (none) {
            report.add(locale + ": no page imported: " + dir + " has none of the " + project.pages().size()
                    + " source pages (the translation of source-docs/<path>.md is read from " + dir + "/<path>.md)");
        }
        return report;
    }

    /** A translated page to import: its source page, the page as read and its translations file as stored. */
    private record ImportedPage(SourcePage source, Page page, StoredPage stored) {}

    /**
     * The pages of {@code dir} that have a source page (removed from {@code unmatched}), every one
     * read before any translations file is written: a page or file that cannot be read stops the
     * run with translations/ as it was.
     */
    private List<ImportedPage> importedPages(String locale, Path dir, List<String> unmatched) {
        List<ImportedPage> pages = new ArrayList<>();
        for (SourcePage p : sourcePages()) {
            if (unmatched.remove(p.path())) {
                Path file = dir.resolve(p.path());
                pages.add(new ImportedPage(p, PageParser.parse(p.path(), read(file), file),
                        store.load(locale, p.key(), p.path())));
            }
        }
        return pages;
    }

    /** The paths of the {@code .md} files under {@code dir}, as source page paths ({@code guides/install.md}). */
    private static List<String> pageFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new DoclocException(dir, 0, 0, (Files.exists(dir) ? "not a folder" : "no such folder")
                    + "; pass the folder that holds the translated pages (<folder>/<path>.md)");
        }
        try (java.util.stream.Stream<Path> s = Files.walk(dir, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            return s.filter(f -> f.toString().endsWith(".md") && Files.isRegularFile(f))
                    .map(f -> dir.relativize(f).toString().replace('\\', '/'))
                    .sorted().collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new DoclocException(dir, 0, 0, "cannot list the translated pages: " + e.getMessage());
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw DoclocException.cannotRead(file, null, e);
        }
    }

    private List<String> importPage(String locale, SourcePage p, Path from, dev.docloc.store.AlignmentReport r,
                                    State state, boolean force) {
        StoredPage before = store.load(locale, p.key(), p.path());
        int[] kept = new int[1];
        java.util.function.Function<Segment, List<dev.docloc.segment.Part>> targets = s -> {
            StoredSegment old = before.segments().get(s.id());
            boolean existing = old != null && old.hasTarget();
            kept[0] += existing && !force && r.targets().containsKey(s.id()) ? 1 : 0;
            return existing && !force ? null : r.targets().get(s.id());
        };
        int set = store.fill(locale, p.path(), p.key(), p.units(), targets, state,
                "imported from " + from.toString().replace('\\', '/'), force, u -> glossaryHits(u, locale));
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%s: %d/%d units aligned, %d segments set%s; unaligned: %d source, %d translation units",
                p.path(), r.alignedUnits(), r.sourceUnits(), set,
                kept[0] == 0 ? "" : ", " + kept[0] + " existing translations kept (use --force to replace them)",
                r.unalignedCount(true), r.unalignedCount(false)));
        for (var u : r.unaligned()) {
            lines.add(String.format("  %s %s %s: %s%s \"%s\"", u.sourceSide() ? "source" : "translation",
                    u.kind().id(), u.unitId(), u.reason().label(), u.detail().isEmpty() ? "" : " (" + u.detail() + ")",
                    u.text()));
        }
        return lines;
    }

    /** Findings a reviewer accepted, with reasons: see {@link dev.docloc.check.Baseline}. */
    public static final String BASELINE = "docloc-baseline.yml";

    /**
     * Checks every stored target against the glossary and the QA rules. A page's findings in a
     * locale are a function of its source, its translations file, the glossary and the code, so
     * they are kept in {@code target/docloc-cache/check.json} by a hash of those, and a page none of
     * them changed for is not checked again. Pages are read, checked and dropped one at a time.
     */
    public Report check(List<String> locales) {
        List<String> paths = project.pages();
        TermChecker terms = terms();
        QaChecker qa = new QaChecker(QaConfig.defaults());
        ResultCache<PageCheck> cache = ResultCache.open(cacheDir().resolve("check.bin"), PageCheck.class);
        String config = withGlossary("check");
        progress.stage("check", paths.size());
        List<List<PageCheck>> byPage = Parallel.map(paths, path -> {
            List<PageCheck> checks = perLocale(path, locales, cache, config,
                    (locale, source, stored) -> checkPage(terms, qa, locale, source, stored));
            progress.step();
            return checks;
        });
        progress.done();
        saveSentences();
        store.saveCache(keys(paths));
        cache.save();
        files.save();
        List<Issue> issues = new ArrayList<>();
        int segments = 0;
        for (int l = 0; l < locales.size(); l++) {
            for (List<PageCheck> page : byPage) {
                issues.addAll(page.get(l).issues());
                segments += page.get(l).segments();
            }
        }
        dev.docloc.check.Baseline baseline = dev.docloc.check.Baseline.load(project.root().resolve(BASELINE));
        return Report.of(issues.stream().map(baseline::apply).toList(), paths.size() * Math.max(1, locales.size()),
                segments);
    }

    /** Findings of one page in one locale and the number of its segments; kept in the check cache. */
    record PageCheck(List<Issue> issues, int segments) {
        PageCheck {
            issues = List.copyOf(issues);
        }
    }

    /** A result about one page in one locale, computed from the parsed source page and the stored page. */
    private interface PerLocale<T> {
        T compute(String locale, SourcePage source, StoredPage stored);
    }

    /**
     * A page's result in each locale, from {@code cache} when the source page and the locale's
     * translations file are unchanged (the key also holds {@code config}); the source is parsed
     * only when some locale misses, and then once for all.
     */
    private <T> List<T> perLocale(String path, List<String> locales, ResultCache<T> cache, String config,
                                  PerLocale<T> compute) {
        FileHashes.Content source = files.content(project.sourceDocs().resolve(path));
        String key = Project.key(path);
        SourcePage parsed = null;
        List<T> out = new ArrayList<>();
        for (String locale : locales) {
            FileHashes.Content stored = files.content(store.file(locale, key));
            String hash = ContentHash.start().add(config).add(locale).add(path).add(source.hash())
                    .add(stored.hash()).hex();
            T result = cache.get(hash);
            if (result == null) {
                if (parsed == null) {
                    parsed = sourcePage(path, source);
                }
                result = compute.compute(locale, parsed, load(locale, key, path, stored));
                cache.put(hash, result);
            }
            out.add(result);
        }
        return out;
    }

    /** What every finding of one page in one locale shares. */
    private record PageContext(String locale, SourcePage page, String file, Set<String> anchors) {
        PageContext {
            // copied once for the page: QaInput keeps an immutable set as it is, and copied a
            // mutable one for every segment
            anchors = Set.copyOf(anchors);
        }
    }

    private PageCheck checkPage(TermChecker terms, QaChecker qa, String locale, SourcePage p, StoredPage stored) {
        String file = project.root().relativize(store.file(locale, p.key())).toString().replace('\\', '/');
        // heading ids are the source's in every locale: one set serves both sides of qa-anchor
        PageContext ctx = new PageContext(locale, p, file, dev.docloc.publish.PageOutline.headingIds(p.page().document()));
        List<Issue> issues = new ArrayList<>();
        int segments = 0;
        for (TextUnit u : dev.docloc.store.SegmentJoins.apply(p.units(), stored)) {
            for (Segment s : u.segments()) {
                segments++;
                StoredSegment st = TranslationStore.translated(stored, s);
                if (st != null) {
                    issues.addAll(checkSegment(terms, qa, ctx, u, s, st));
                }
            }
        }
        return new PageCheck(issues, segments);
    }

    private List<Issue> checkSegment(TermChecker terms, QaChecker qa, PageContext ctx, TextUnit u, Segment s,
                                     StoredSegment st) {
        List<Issue> out = new ArrayList<>();
        List<dev.docloc.segment.Part> target = TranslationStore.target(st, s);
        if (terms != null) {
            for (TermFinding f : terms.check(Parts.textWithCodeMarks(s.source()), Parts.textWithCodeMarks(target),
                    ctx.locale())) {
                out.add(issue(ctx, s, st, target, f.severity(), f.rule(), f.term(), f.message(), f.highlight()));
            }
        }
        QaInput in = new QaInput(ctx.locale(), project.sourceLocale(), u.kind(), s.source(), target, ctx.anchors(),
                ctx.anchors());
        for (QaFinding f : qa.check(in)) {
            out.add(issue(ctx, s, st, target, f.severity(), f.rule(), "", f.message(), f.highlight()));
        }
        return out;
    }

    private static Issue issue(PageContext ctx, Segment s, StoredSegment st, List<dev.docloc.segment.Part> target,
                               dev.docloc.report.Severity severity, String rule, String term, String message,
                               String highlight) {
        return suppress(new Issue(severity, rule, ctx.locale(), ctx.page().path(), ctx.file(), st.line(), 0, s.id(),
                Parts.plainText(s.source()), Parts.plainText(target), term, message, highlight, ""), st);
    }

    /**
     * A finding is suppressed by a note on its segment: {@code suppress <rule> [<term>]: <reason>}.
     */
    private static Issue suppress(Issue i, StoredSegment st) {
        for (String note : st.notes()) {
            int colon = note.indexOf(':');
            if (!note.startsWith("suppress ") || colon < 0) {
                continue;
            }
            String[] what = note.substring(9, colon).trim().split("\\s+", 2);
            boolean rule = what[0].equals(i.rule());
            boolean term = what.length < 2 || what[1].equalsIgnoreCase(i.term());
            if (rule && term) {
                return i.withSuppressed(note.substring(colon + 1).trim());
            }
        }
        return i;
    }

    /** Writes localized Markdown and the HTML site for the source locale and {@code locales}. */
    public Built build(List<String> locales, Path out) {
        return build(locales, out, 0, DEFAULT_BASE_URL);
    }

    /**
     * What {@link #build} did.
     *
     * @param issues findings of publishing (fallback links, rejected translations, broken links)
     * @param links  the link check of the written site: pages, links and anchors checked
     * @param work   how many pages were merged and rendered anew
     */
    public record Built(List<Issue> issues, dev.docloc.publish.LinkChecker.Result links, Work work) {}

    /**
     * How much of a build was done anew: page versions (a page in a locale) merged and HTML pages
     * rendered, out of all; the rest were unchanged since the last build and taken from
     * {@code target/docloc-cache/}.
     */
    public record Work(int merged, int versions, int rendered, int published) {}

    /** Where the published site is served from, for canonical links, hreflang and the sitemap. */
    public static final String DEFAULT_BASE_URL = "https://docs.example.com/";

    /**
     * As {@link #build(List, Path)}; pages of a target locale with less than {@code minPageCoverage}
     * percent of their segments translated are left out of that locale (links then lead to the
     * source-language page).
     */
    public Built build(List<String> locales, Path out, double minPageCoverage, String baseUrl) {
        return new SiteBuild(this).run(locales, out, minPageCoverage, baseUrl);
    }


    /** Coverage of one page in one locale. */
    public record PageStatus(String locale, String page, int segments, int words, int translated,
                             int translatedWords, int needsReview, int untranslated) {}

    public List<PageStatus> status(List<String> locales) {
        ResultCache<PageStatus> cache = ResultCache.open(cacheDir().resolve("status.bin"), PageStatus.class);
        // page by page on all cores: a page is parsed once for all locales and then dropped
        String config = ContentHash.start().add("status").add(project.sourceLocale()).hex();
        List<List<PageStatus>> byPage = Parallel.map(project.pages(),
                path -> perLocale(path, locales, cache, config, this::status));
        saveSentences();
        store.saveCache();
        cache.save();
        files.save();
        List<PageStatus> out = new ArrayList<>();
        for (int l = 0; l < locales.size(); l++) {
            for (List<PageStatus> rows : byPage) {
                out.add(rows.get(l));
            }
        }
        return out;
    }

    private PageStatus status(String locale, SourcePage p, StoredPage stored) {
        int[] c = new int[6];
        for (TextUnit u : dev.docloc.store.SegmentJoins.apply(p.units(), stored)) {
            for (Segment s : u.segments()) {
                int words = Words.count(Parts.plainText(s.source()), project.sourceLocale());
                c[0]++;
                c[1] += words;
                StoredSegment st = TranslationStore.published(stored, s);
                if (st != null) {
                    c[2]++;
                    c[3] += words;
                    c[4] += st.state() == State.TRANSLATED ? 1 : 0;
                } else {
                    c[5]++;
                }
            }
        }
        return new PageStatus(locale, p.path(), c[0], c[1], c[2], c[3], c[4], c[5]);
    }

    /** The source pages as the exchange formats (TMX, PO) see them. */
    private List<dev.docloc.store.TmxExchange.Page> exchangePages() {
        return sourcePages().stream()
                .map(p -> new dev.docloc.store.TmxExchange.Page(p.path(), p.key(), p.page().text(), p.units()))
                .toList();
    }

    private <T> T locked(java.util.function.Supplier<T> work) {
        try (AutoCloseable lock = store.lock()) {
            return work.get();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a locale's translated segments and memory to {@code output} as TMX 1.4b. */
    public List<String> exportTmx(String locale, Path output) {
        String tmx = dev.docloc.store.TmxExchange.export(store, project.sourceLocale(), locale, exchangePages());
        dev.docloc.store.XliffFile.writeAtomically(output, tmx);
        return List.of(locale + ": wrote " + output);
    }

    /** Imports a TMX file into a locale's memory and store; returns the report of what changed. */
    public List<String> importTmx(String locale, Path from, boolean force) {
        return locked(() -> {
            var pages = exchangePages();
            readStored(locale);
            return dev.docloc.store.TmxExchange.importFile(store, project.sourceLocale(), locale, pages, from, force,
                    u -> glossaryHits(u, locale)).lines(locale);
        });
    }

    /**
     * Reads the translations file of every page in {@code locale}: a command that writes them page
     * by page calls this first, so that a file that does not validate stops it before it writes
     * any (the files read are kept as read, so reading them again to update them costs little).
     */
    private void readStored(String locale) {
        Parallel.forEach(project.pages(), path -> store.load(locale, Project.key(path), path));
    }

    /**
     * Reads every source page as {@link #sourcePage} does, without keeping it: a command that
     * writes page by page calls this first, so that a page that cannot be read (unreadable, not
     * UTF-8) stops it before it writes any.
     */
    private void readSources() {
        Parallel.forEach(project.pages(), path -> {
            Path file = project.sourceDocs().resolve(path);
            PageParser.decode(read(file), file);
        });
    }

    /** Writes one PO file per page of a locale under {@code dir} ({@code dir/<page key>.po}). */
    public List<String> exportPo(String locale, Path dir) {
        var files = dev.docloc.store.PoExchange.export(store, locale, exchangePages());
        files.forEach((name, text) -> dev.docloc.store.XliffFile.writeAtomically(dir.resolve(name), text));
        return List.of(locale + ": wrote " + files.size() + " PO files to " + dir);
    }

    /** Imports the PO files under {@code dir} into a locale's store; returns the report of what changed. */
    public List<String> importPo(String locale, Path dir, boolean force) {
        return locked(() -> {
            var pages = exchangePages();
            readStored(locale);
            return dev.docloc.store.PoExchange.importDir(store, project.sourceLocale(), locale, pages, dir, force,
                    u -> glossaryHits(u, locale)).lines(locale);
        });
    }
}

