package dev.docloc;

import dev.docloc.cache.ContentHash;
import dev.docloc.cache.FileHashes;
import dev.docloc.cache.ResultCache;
import dev.docloc.merge.MergeResult;
import dev.docloc.merge.Merger;
import dev.docloc.parse.FrontMatter;
import dev.docloc.parse.Page;
import dev.docloc.parse.PageParser;
import dev.docloc.publish.LinkChecker;
import dev.docloc.publish.PageOutline;
import dev.docloc.publish.Site;
import dev.docloc.publish.SiteOptions;
import dev.docloc.publish.SitePage;
import dev.docloc.publish.SiteWriter;
import dev.docloc.report.Issue;
import dev.docloc.segment.TextUnit;
import dev.docloc.store.StoredPage;
import dev.docloc.store.TranslationStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import dev.docloc.Localizer.SourcePage;

/**
 * One run of {@code build} ({@link Localizer#build}): merges every page into every locale, renders
 * the published pages to HTML and checks the site's links, taking from {@code target/docloc-cache/}
 * what an earlier build made from the same inputs.
 */
final class SiteBuild {
    /** The key of the page each locale's list of articles is published as ({@code <locale>/index.html}). */
    private static final String LISTING_KEY = "index";

    private final Localizer loc;

    SiteBuild(Localizer loc) {
        this.loc = loc;
    }

    Localizer.Built run(List<String> locales, Path out, double minPageCoverage, String baseUrl) {
        List<String> paths = loc.project.pages();
        List<String> all = new ArrayList<>();
        all.add(loc.project.sourceLocale());
        locales.stream().filter(l -> !l.equals(loc.project.sourceLocale())).forEach(all::add);
        Path templates = loc.project.root().resolve("templates");
        SiteOptions options;
        try {
            options = new SiteOptions(Files.isDirectory(templates) ? templates : null, baseUrl, Map.of());
        } catch (IllegalArgumentException e) {
            throw new DoclocException("bad --base-url " + baseUrl + ": " + e.getMessage());
        }
        long started = System.currentTimeMillis();
        Path running = runningMark(out);
        boolean interrupted = Files.exists(running);
        mark(running);
        ResultCache<Merged> merges = ResultCache.open(loc.cacheDir().resolve("build-pages.bin"), Merged.class);
        AtomicInteger merging = new AtomicInteger();
        AtomicInteger rendered = new AtomicInteger();
        loc.progress.stage("merge", paths.size());
        List<List<Merged>> merged = Parallel.map(paths, path -> {
            List<Merged> m = mergePage(path, all, out, merges, merging);
            loc.progress.step();
            return m;
        });
        loc.progress.done();
        loc.saveSentences();
        loc.store.saveCache(Localizer.keys(paths));
        merges.save();
        List<Issue> issues = new ArrayList<>();
        List<ToRender> published = new ArrayList<>();
        // the pages and images this build puts in the site, relative to it: what an earlier build
        // wrote and this one does not (a page deleted or renamed, a locale dropped) is removed
        Set<String> produced = new java.util.TreeSet<>();
        for (int l = 0; l < all.size(); l++) {
            String locale = all.get(l);
            for (int i = 0; i < paths.size(); i++) {
                Merged m = merged.get(i).get(l);
                issues.addAll(m.issues());
                String key = Project.key(paths.get(i));
                if (key.equals(LISTING_KEY)) {
                    // <locale>/index.html is the list of articles: the page is published as Markdown only
                    produced.add(locale + "/" + key + ".md");
                    if (l == 0) {
                        issues.add(new Issue(dev.docloc.report.Severity.WARNING, "publish-index-page", locale,
                                paths.get(i), "", 0, 0, "", "", "", "", "not published as HTML: " + locale
                                + "/index.html and each locale's index.html are the list of articles docloc writes;"
                                + " rename the page (home.md, for example) to publish it", "", ""));
                    }
                } else if (l == 0 || m.coverage() * 100 >= minPageCoverage) {
                    published.add(new ToRender(m.page(key, locale, ""), m, merged.get(i).get(0)));
                    produced.add(locale + "/" + key + ".md");
                    produced.add(locale + "/" + key + ".html");
                } else {
                    deleteQuietly(out.resolve(locale).resolve(key + ".md"));
                }
            }
            for (String asset : copyAssets(out.resolve(locale))) {
                produced.add(locale + "/" + asset);
            }
        }
        SiteWriter writer = SiteWriter.open(new Site(loc.project.sourceLocale(), all, Map.of(),
                published.stream().map(ToRender::page).toList(), options), out);
        ResultCache<Rendered> renders = ResultCache.open(loc.cacheDir().resolve("build-html.bin"), Rendered.class);
        loc.progress.stage("render", published.size());
        for (List<Issue> found : Parallel.map(published, r -> render(writer, r, out, renders, rendered))) {
            issues.addAll(found);
        }
        loc.progress.done();
        produced.addAll(writeListings(writer, out));
        renders.save();
        removeStale(out, produced, all);
        ResultCache<LinkChecker.Scan> scans = ResultCache.open(loc.cacheDir().resolve("build-links.bin"),
                LinkChecker.Scan.class);
        LinkChecker.Result links = LinkChecker.check(out, scans, loc.files::of);
        scans.save();
        loc.files.save();
        issues.addAll(links.broken());
        if (interrupted) {
            removeTemporaryFiles(out, started);
            removeTemporaryFiles(loc.cacheDir(), started);
        }
        deleteQuietly(running);
        int versions = paths.size() * all.size();
        return new Localizer.Built(issues, links, new Localizer.Work(merging.get(), versions, rendered.get(), published.size()));
    }

    /**
     * One page merged in one locale: what publishing needs of it besides its Markdown, which is
     * in {@code <out>/<locale>/<key>.md}, known to {@link FileHashes} as {@code markdownHash} (a hash of
     * what it was made from, see {@link #localize}) and recognized by {@code markdownBytes}
     * ({@link FileHashes#bytesId}) when its size and time are not known; its {@code title} as
     * {@link #title} reads it from that Markdown. Kept in the build cache.
     */
    record Merged(String title, String description, double coverage, List<Integer> untranslated,
                  List<Issue> issues, String markdownHash, String markdownBytes) {
        Merged {
            untranslated = List.copyOf(untranslated);
            issues = List.copyOf(issues);
        }

        SitePage page(String key, String locale, String markdown) {
            return new SitePage(key, locale, markdown, title, description, coverage, coverage < 1.0,
                    new java.util.TreeSet<>(untranslated));
        }
    }

    /** A published page, its merge and its source page's merge. */
    private record ToRender(SitePage page, Merged merged, Merged source) {}

    /**
     * A rendered page: the hash its HTML file is known by (of what it was rendered from, as for
     * merged Markdown), the {@link FileHashes#bytesId} of the HTML, and the findings of rendering
     * it. Kept in the build cache.
     */
    record Rendered(String htmlHash, String htmlBytes, List<Issue> issues) {
        Rendered {
            issues = List.copyOf(issues);
        }
    }

    /**
     * The page merged in each locale (the source locale first). A locale's merge is taken from the
     * cache when the source page and its translations file are unchanged and the Markdown written
     * last time is still there; the source is parsed only when some locale needs merging.
     */
    private List<Merged> mergePage(String path, List<String> locales, Path out, ResultCache<Merged> cache,
                                   AtomicInteger merging) {
        FileHashes.Content source = loc.files.content(loc.project.sourceDocs().resolve(path));
        String key = Project.key(path);
        SourcePage parsed = null;
        List<Merged> result = new ArrayList<>();
        for (String locale : locales) {
            boolean isSource = locale.equals(loc.project.sourceLocale());
            FileHashes.Content stored = isSource ? new FileHashes.Content("", null) : loc.files.content(loc.store.file(locale, key));
            String hash = ContentHash.start().add("merge").add(locale).add(path).add(source.hash())
                    .add(stored.hash()).hex();
            Path md = out.resolve(locale).resolve(key + ".md");
            Merged m = cache.get(hash);
            if (m == null || !loc.files.holds(md, m.markdownHash(), m.markdownBytes())) {
                if (parsed == null) {
                    parsed = loc.sourcePage(path, source);
                }
                m = localize(locale, parsed, isSource ? null : loc.load(locale, key, path, stored), md, "m" + hash);
                loc.files.wrote(md, m.markdownHash());
                cache.put(hash, m);
                merging.incrementAndGet();
            }
            result.add(m);
        }
        return result;
    }

    /**
     * Renders a page unless the cache holds the HTML of the same page (Markdown, source, title,
     * coverage) under the same site fingerprint and that HTML file is still in place.
     */
    private List<Issue> render(SiteWriter writer, ToRender r, Path out, ResultCache<Rendered> cache,
                               AtomicInteger rendered) {
        SitePage p = r.page();
        String hash = ContentHash.start().add("render").add(writer.fingerprint()).add(p.locale()).add(p.key())
                .add(p.title()).add(p.description()).add(Double.toString(p.coverage()))
                .add(p.untranslatedBlocks().toString()).add(r.merged().markdownHash())
                .add(r.source().markdownHash()).hex();
        Path html = out.resolve(p.locale()).resolve(p.key() + ".html");
        Rendered known = cache.get(hash);
        List<Issue> issues;
        if (known != null && loc.files.holds(html, known.htmlHash(), known.htmlBytes())) {
            issues = known.issues();
        } else {
            String markdown = readString(out.resolve(p.locale()).resolve(p.key() + ".md"));
            String sourceMarkdown = readString(out.resolve(loc.project.sourceLocale()).resolve(p.key() + ".md"));
            SiteWriter.Written written = writer.page(r.merged().page(p.key(), p.locale(), markdown), sourceMarkdown,
                    r.source().markdownHash());
            issues = written.issues();
            // as for merged Markdown: the render key stands for the HTML (see localize)
            loc.files.wrote(html, "h" + hash);
            cache.put(hash, new Rendered("h" + hash, written.bytesId(), issues));
            rendered.incrementAndGet();
        }
        loc.progress.step();
        return issues;
    }


    /**
     * Writes each locale's index, the language chooser, the sitemap and the stylesheet unless the
     * cache holds the same file ({@link SiteWriter#listings}: same pages, titles and coverage) and
     * it is still in place: rendering them costs an incremental build a tenth of its time (ICU's
     * collation and number formats, every page of a large site listed). A change of one locale's
     * pages writes that locale's index only.
     *
     * @return the files, as paths in the site: outputs of this build, never removed as stale
     */
    private Set<String> writeListings(SiteWriter writer, Path out) {
        ResultCache<Listing> cache = ResultCache.open(loc.cacheDir().resolve("build-listings.bin"), Listing.class);
        Map<String, String> listings = writer.listings();
        listings.forEach((sitePath, hash) -> {
            // one mark per file: the link check keeps each file's links under it
            String mark = "l" + ContentHash.start().add(hash).add(sitePath).hex();
            Listing known = cache.get(mark);
            if (known == null || !loc.files.holds(out.resolve(sitePath), mark, known.bytesId())) {
                String bytesId = writer.writeListing(sitePath);
                loc.files.wrote(out.resolve(sitePath), mark);
                cache.put(mark, new Listing(bytesId));
            }
        });
        cache.save();
        return listings.keySet();
    }

    /** A file {@link SiteWriter#writeListing} wrote, known by its {@link FileHashes#bytesId}. Kept in the build cache. */
    record Listing(String bytesId) {
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DoclocException(file, 0, 0, "cannot read what this build wrote: " + e.getMessage()
                    + "; check that nothing else writes to the output folder");
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a stale file from an earlier build; the next build overwrites it
        }
    }

    /**
     * Merges one page into one locale and writes its Markdown to {@code md}. The Markdown's
     * {@code hash} is not a hash of its text but of what it is made from (the merge key, marked so
     * it never equals a content hash): the same key always gives the same text, and a file changed
     * since it was written gets its content hash from {@link FileHashes}, which then differs, so the
     * page is merged again. Hashing every output would cost more than merging it; the CRCs of its
     * bytes ({@link FileHashes#bytesId}) cost little and recognize the file when its size and time
     * are not known (a site restored into a fresh checkout).
     */
    private Merged localize(String locale, SourcePage p, StoredPage stored, Path md, String hash) {
        List<Issue> issues = new ArrayList<>();
        boolean source = locale.equals(loc.project.sourceLocale());
        MergeResult r = source ? null : Merger.merge(p.page(),
                dev.docloc.store.SegmentJoins.apply(p.units(), stored), TranslationStore.translations(stored), locale);
        String text = source ? p.page().text() : r.text();
        if (r != null) {
            for (MergeResult.Rejected rej : r.rejected()) {
                issues.add(new Issue(dev.docloc.report.Severity.ERROR, "qa-codes", locale, p.path(),
                        "translations/" + locale + "/" + p.key() + ".xlf", 0, 0, rej.segmentId(), "", "", "",
                        "translation not published, its markup does not match the source: " + rej.reason(), "", ""));
            }
        }
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        dev.docloc.store.XliffFile.writeAtomically(md, bytes, false);
        FrontMatter fm = PageParser.frontMatter(text);
        double coverage = source ? 1.0 : r.coverage();
        Set<Integer> untranslated = source ? Set.of() : untranslatedBlocks(p, r.untranslatedUnits());
        return new Merged(title(fm, p.page(), source ? null : text), fm.get("description").orElse(""), coverage,
                List.copyOf(untranslated), issues, hash, FileHashes.bytesId(bytes));
    }

    /**
     * The title of one version of a page: the {@code title} of its front matter {@code fm}, else
     * the plain text of its first level-1 heading ({@link PageOutline#title(String)}), else the
     * page's key.
     * The source version's heading is read from the tree of {@code source}; a translation's from
     * its merged Markdown {@code translated}, parsed for that (as far as the heading) only when it
     * differs from the source's and the source has such a heading (a translation has the
     * source's blocks).
     *
     * @param translated the merged Markdown of a translation, null for the source version
     */
    static String title(FrontMatter fm, Page source, String translated) {
        Optional<String> title = fm.get("title");
        if (title.isEmpty()) {
            title = PageOutline.title(source.document());
            if (title.isPresent() && translated != null && !translated.equals(source.text())) {
                title = PageOutline.title(translated);
            }
        }
        return title.orElse(source.key());
    }

    /** The leaf blocks (as publishing counts them) that hold a unit still showing source text. */
    private static Set<Integer> untranslatedBlocks(SourcePage p, Set<String> unitIds) {
        List<org.commonmark.node.Node> leaves = PageOutline.leafBlocks(p.page().document());
        Map<String, TextUnit> byId = new java.util.HashMap<>();
        p.units().forEach(u -> byId.put(u.id(), u));
        // each leaf's first and last source offset, read once (a page can have thousands of units)
        int[] from = new int[leaves.size()];
        int[] to = new int[leaves.size()];
        for (int i = 0; i < leaves.size(); i++) {
            var spans = leaves.get(i).getSourceSpans();
            if (spans.isEmpty()) {
                from[i] = 1;
                to[i] = 0; // never holds an offset
                continue;
            }
            var last = spans.get(spans.size() - 1);
            from[i] = spans.get(0).getInputIndex();
            to[i] = last.getInputIndex() + last.getLength();
        }
        Set<Integer> out = new java.util.TreeSet<>();
        for (String id : unitIds) {
            TextUnit u = byId.get(id);
            while (u != null && u.parent() != null) {
                u = byId.get(u.parent());
            }
            if (u == null || u.region().start() < p.page().bodyStart()) {
                continue;
            }
            int at = u.region().start() - p.page().bodyStart();
            for (int i = 0; i < leaves.size(); i++) {
                if (from[i] <= at && at <= to[i]) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    /** Copies the project's images and other files into a locale's folder; returns their paths relative to it. */
    private List<String> copyAssets(Path localeDir) {
        List<String> copied = new ArrayList<>();
        for (Path a : loc.project.assets()) {
            String relative = loc.project.sourceDocs().relativize(a).toString().replace('\\', '/');
            Path to = localeDir.resolve(relative);
            try {
                Files.createDirectories(to.getParent());
                Files.copy(a, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new DoclocException(to, 0, 0, "cannot copy an image: " + e.getMessage());
            }
            copied.add(relative);
        }
        return copied;
    }

    /**
     * The output folder as its list of outputs names it: relative to the project when inside it
     * (so that the list still applies to a project copied or checked out elsewhere with its
     * {@code target/}, as a CI job restores it), else its absolute path.
     */
    private String siteName(Path out) {
        Path site = out.toAbsolutePath().normalize();
        Path root = loc.project.root().toAbsolutePath().normalize();
        return site.startsWith(root) ? "project:" + root.relativize(site).toString().replace('\\', '/') : site.toString();
    }

    /**
     * Deletes the pages and images of {@code locales} that an earlier build into {@code out} wrote
     * and this one did not, so the site, and the link check over it, have no page whose source is
     * gone. Only files docloc listed as its own are touched ({@code build-outputs-*.bin}, with the
     * folder they are in), and folders left empty; the pages of locales this build did not build
     * stay, as they always did.
     */
    private void removeStale(Path out, Set<String> produced, List<String> locales) {
        String site = siteName(out);
        // one list per output folder: builds into another folder (--out) do not disturb it
        Path list = loc.cacheDir().resolve("build-outputs-" + ContentHash.of(site).substring(0, 16) + ".bin");
        Set<String> listed = new java.util.TreeSet<>(produced);
        if (Files.isRegularFile(list)) {
            try (java.io.DataInputStream in = new java.io.DataInputStream(
                    new java.io.BufferedInputStream(Files.newInputStream(list)))) {
                if (in.readUTF().equals(site)) {
                    for (int n = in.readInt(); n > 0; n--) {
                        String f = in.readUTF();
                        if (!locales.contains(f.substring(0, Math.max(0, f.indexOf('/'))))) {
                            listed.add(f); // a locale this build left alone keeps its pages
                        } else if (!produced.contains(f)) {
                            delete(out, out.resolve(f));
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                // an unreadable list only leaves old files in place
            }
        }
        dev.docloc.cache.CacheFile.write(list, o -> {
            o.writeUTF(site);
            o.writeInt(listed.size());
            for (String f : listed) {
                o.writeUTF(f);
            }
        });
    }

    /**
     * The mark a build into {@code out} leaves in the cache while it runs: found by the next
     * build, it says that one was stopped part-way (Ctrl-C, a CI timeout) and may have left the
     * temporary file of a page it was writing in the site.
     */
    Path runningMark(Path out) {
        return loc.cacheDir().resolve("build-running-" + ContentHash.of(siteName(out)).substring(0, 16));
    }

    private static void mark(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, new byte[0]);
        } catch (IOException e) {
            // without the mark, a build stopped part-way leaves its temporary files to the user
        }
    }

    /**
     * Deletes under {@code dir} the temporary files of atomic writes made before {@code started}
     * whose file is there (this build wrote it anew): what a stopped build left. A write in
     * progress in another run is younger, and a file named so by another program in a folder
     * given as --out has no such twin.
     */
    private static void removeTemporaryFiles(Path dir, long started) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path p : files.filter(f -> dev.docloc.store.XliffFile.isTemporary(f.getFileName().toString())).toList()) {
                if (Files.isRegularFile(p) && Files.getLastModifiedTime(p).toMillis() < started && hasTwin(p)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // best effort: a leftover temporary file is never read or linked
        }
    }

    /** Whether the file a temporary file {@code .<name><digits>.tmp} was written for is beside it. */
    private static boolean hasTwin(Path temporary) {
        String name = temporary.getFileName().toString();
        String core = name.substring(1, name.length() - ".tmp".length());
        int end = core.length();
        while (end > 0 && Character.isDigit(core.charAt(end - 1))) {
            end--;
            if (end > 0 && Files.isRegularFile(temporary.resolveSibling(core.substring(0, end)))) {
                return true;
            }
        }
        return false;
    }

    /** Deletes {@code file} (inside {@code out} only) and the folders it leaves empty, up to {@code out}. */
    private static void delete(Path out, Path file) {
        Path base = out.toAbsolutePath().normalize();
        Path target = file.toAbsolutePath().normalize();
        if (!target.startsWith(base) || target.equals(base)) {
            return;
        }
        deleteQuietly(target);
        for (Path dir = target.getParent(); dir != null && !dir.equals(base) && dir.startsWith(base); dir = dir.getParent()) {
            try (var entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            } catch (IOException e) {
                return;
            }
            deleteQuietly(dir);
        }
    }
}
