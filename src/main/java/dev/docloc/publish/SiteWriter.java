package dev.docloc.publish;

import dev.docloc.cache.ContentHash;
import dev.docloc.report.Issue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Writes the static site of all locales:
 * <ul>
 *   <li>{@code <locale>/<key>.html} for every published page;</li>
 *   <li>{@code <locale>/index.html}, the articles of the locale sorted by title in its collation;</li>
 *   <li>{@code index.html}, a language chooser; {@code sitemap.xml}; {@code style.css}.</li>
 * </ul>
 * Images and other files are the caller's: it copies {@code source-docs/images} to
 * {@code <out>/<locale>/images} for each locale, so relative image paths work unchanged.
 *
 * <pre><code>
 * Site site = new Site("en", List.of("en", "pt-BR"), sourceMarkdownByKey, pages,
 *         SiteOptions.of("https://docs.example.com/"));
 * List&lt;Issue&gt; findings = SiteWriter.write(site, Path.of("build/site"));
 * </code></pre>
 *
 * <p>The same site always gives byte-identical files. Pages are written in sorted order; no
 * timestamps are written.
 */
public final class SiteWriter {
    private static final String ROOT = "index.html";
    private static final String SITEMAP = "sitemap.xml";
    private static final String STYLESHEET = "style.css";
    /** Each locale's list of articles, after the locale's folder. */
    private static final String LOCALE_INDEX = "/index.html";

    private final SiteIndex index;
    private final Path outDir;
    private final Templates templates;
    private final Models models;
    private final PageRenderer renderer;
    private final String fingerprint;
    // what each locale's version of a page takes from the source page, parsed once per page
    private final java.util.concurrent.ConcurrentHashMap<String, SourcePage> sources =
            new java.util.concurrent.ConcurrentHashMap<>();

    private SiteWriter(SiteIndex index, Path outDir) {
        this.index = index;
        this.outDir = outDir;
        this.templates = new Templates(index.site().options().templateDir());
        this.models = new Models(index);
        this.renderer = new PageRenderer(index.sourceLocale(), new LinkRewriter(index.sourceLocale(),
                index.keysByLocale()));
        this.fingerprint = fingerprint(index, templates);
    }

    /**
     * Writes the site into {@code outDir} (created when missing; other files in it are left alone).
     *
     * @return findings in locale and page order: {@code publish-fallback-link} (info),
     *         {@code publish-broken-link}, {@code publish-untrusted-html},
     *         {@code publish-heading-mismatch} and {@code publish-control-character} (warnings)
     * @throws dev.docloc.DoclocException when a page key or locale would leave {@code outDir}, or a
     *         project template cannot be compiled
     * @throws IllegalArgumentException when pages and locales do not match
     */
    public static List<Issue> write(Site site, Path outDir) {
        SiteWriter writer = open(site, outDir);
        List<Issue> issues = new ArrayList<>();
        for (String locale : writer.index.locales()) {
            for (SitePage page : writer.index.pages(locale).values()) {
                issues.addAll(writer.page(page, writer.index.sourceMarkdown(page.key())).issues());
            }
        }
        writer.finish();
        return List.copyOf(issues);
    }

    /**
     * A writer for a site whose pages are rendered one at a time with {@link #page}, possibly on
     * several threads, and then {@link #finish}ed. The pages of {@code site} are needed only for
     * their key, locale, title, description and coverage; their Markdown may be empty, so a large
     * site need not be held in memory.
     *
     * @throws dev.docloc.DoclocException as {@link #write}
     * @throws IllegalArgumentException as {@link #write}
     */
    public static SiteWriter open(Site site, Path outDir) {
        Objects.requireNonNull(site, "site must not be null");
        Objects.requireNonNull(outDir, "outDir must not be null");
        return new SiteWriter(SiteIndex.of(site, outDir), outDir);
    }

    /**
     * A hash of everything a page's HTML depends on besides the page and its source: the locales,
     * the pages published in each, the options and the templates. A page whose Markdown, source and
     * {@link SitePage} fields are unchanged renders to the same HTML under the same fingerprint.
     */
    public String fingerprint() {
        return fingerprint;
    }

    /**
     * Renders one page of the site (one given to {@link #open}, now with its Markdown) and writes
     * {@code <locale>/<key>.html}. Thread-safe.
     *
     * @param sourceMarkdown the source page's Markdown (heading ids, trusted raw HTML and bare URLs)
     * @return the findings about the page, as {@link #write} reports them
     */
    public Written page(SitePage page, String sourceMarkdown) {
        return page(page, sourceMarkdown, ContentHash.of(sourceMarkdown));
    }

    /**
     * As {@link #page(SitePage, String)}, for a caller that knows the {@link ContentHash} of the
     * source Markdown's UTF-8 bytes: the source page is parsed once for all its locales without
     * hashing it again for each.
     */
    public Written page(SitePage page, String sourceMarkdown, String sourceHash) {
        if (index.find(page.locale(), page.key()).isEmpty()) {
            throw new IllegalArgumentException("page " + page.key() + " in " + page.locale() + " is not in the site");
        }
        SourcePage source = sources.get(page.key());
        org.commonmark.node.Node document = null;
        if (source == null || !source.hash().equals(sourceHash)) {
            org.commonmark.node.Node parsed = MarkdownBody.parse(sourceMarkdown);
            if (page.markdown().equals(sourceMarkdown)) {
                // the source-language page (or one not translated at all): its own parse serves it
                // too, and linking it whole finds the destinations its translations may link
                document = parsed;
                source = SourcePage.of(parsed, sourceHash, Autolinker.link(parsed, destination -> true));
            } else {
                source = SourcePage.of(parsed, sourceHash);
            }
            sources.put(page.key(), source);
        }
        PageRenderer.Rendered rendered = renderer.render(page, source, document, document != null);
        byte[] html = templates.page(models.page(page, rendered.html())).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        dev.docloc.store.XliffFile.writeAtomically(outDir.resolve(SitePaths.page(page.locale(), page.key())), html, false);
        return new Written(rendered.issues(), dev.docloc.cache.FileHashes.bytesId(html));
    }

    /**
     * One page written by {@link #page}.
     *
     * @param issues  the findings about the page
     * @param bytesId the {@link dev.docloc.cache.FileHashes#bytesId} of the HTML file written
     */
    public record Written(List<Issue> issues, String bytesId) {
        public Written {
            issues = List.copyOf(issues);
        }
    }

    /**
     * The files {@link #finish} writes, by path in the site, each with a hash of everything it
     * depends on: {@link #fingerprint()} (templates, options, the locales and the pages of each), and
     * for a locale's index the title, description, coverage and completeness of its pages and the
     * titles of the source's (it marks titles still in the source language and lists the source
     * pages it lacks). The same hash gives the same file, so a caller that kept it may leave it.
     */
    public Map<String, String> listings() {
        Map<String, String> listings = new TreeMap<>();
        for (String locale : index.locales()) {
            ContentHash hash = ContentHash.start().add("index").add(fingerprint).add(locale);
            for (SitePage p : index.pages(locale).values()) {
                hash.add(p.key()).add(p.title()).add(p.description()).add(Double.toString(p.coverage()))
                        .add(Boolean.toString(p.partial()));
            }
            if (!locale.equals(index.sourceLocale())) {
                index.pages(index.sourceLocale()).values().forEach(p -> hash.add(p.key()).add(p.title()));
            }
            listings.put(locale + LOCALE_INDEX, hash.hex());
        }
        for (String sitePath : List.of(ROOT, SITEMAP, STYLESHEET)) {
            listings.put(sitePath, ContentHash.start().add(sitePath).add(fingerprint).hex());
        }
        return listings;
    }

    /**
     * Writes the file of {@link #listings} at {@code sitePath}: a locale's index, the language
     * chooser, the sitemap or the stylesheet.
     *
     * @return the {@link dev.docloc.cache.FileHashes#bytesId} of the bytes written
     * @throws IllegalArgumentException when {@code sitePath} is none of them
     */
    public String writeListing(String sitePath) {
        String text = switch (sitePath) {
            case ROOT -> templates.root(models.root());
            case SITEMAP -> Sitemap.xml(index);
            case STYLESHEET -> templates.stylesheet();
            default -> {
                String locale = sitePath.endsWith(LOCALE_INDEX)
                        ? sitePath.substring(0, sitePath.length() - LOCALE_INDEX.length()) : "";
                if (!index.locales().contains(locale)) {
                    throw new IllegalArgumentException(sitePath + " is not a file that lists the pages");
                }
                yield templates.index(models.index(locale));
            }
        };
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        // atomically (temp file and rename): a reader of the site never sees half a page
        dev.docloc.store.XliffFile.writeAtomically(outDir.resolve(sitePath), bytes, false);
        return dev.docloc.cache.FileHashes.bytesId(bytes);
    }

    /**
     * Writes what lists the pages: each locale's index, the language chooser, the sitemap, the
     * stylesheet ({@link #listings}).
     */
    public void finish() {
        listings().keySet().forEach(this::writeListing);
    }

    private static String fingerprint(SiteIndex index, Templates templates) {
        ContentHash hash = ContentHash.start().add("site").add(templates.fingerprint());
        SiteOptions o = index.site().options();
        hash.add(o.baseUrl()).add(new java.util.TreeMap<>(o.partialNotice()).toString());
        for (String locale : index.locales()) {
            hash.add(locale);
            index.pages(locale).keySet().forEach(hash::add);
        }
        return hash.hex();
    }
}
