package dev.docloc.publish;

import dev.docloc.report.Issue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
    private SiteWriter() {}

    /**
     * Writes the site into {@code outDir} (created when missing; other files in it are left alone).
     *
     * @return findings in locale and page order: {@code publish-fallback-link} (info),
     *         {@code publish-broken-link}, {@code publish-untrusted-html} and
     *         {@code publish-heading-mismatch} (warnings)
     * @throws dev.docloc.DoclocException when a page key or locale would leave {@code outDir}, or a
     *         project template cannot be compiled
     * @throws IllegalArgumentException when pages and locales do not match
     */
    public static List<Issue> write(Site site, Path outDir) {
        Objects.requireNonNull(site, "site must not be null");
        Objects.requireNonNull(outDir, "outDir must not be null");
        SiteIndex index = SiteIndex.of(site, outDir);
        Templates templates = new Templates(site.options().templateDir());
        Models models = new Models(index);
        PageRenderer renderer = new PageRenderer(site.sourceLocale(),
                new LinkRewriter(site.sourceLocale(), index.keysByLocale()));
        Map<String, SourcePage> sources = new HashMap<>();
        List<Issue> issues = new ArrayList<>();
        for (String locale : index.locales()) {
            for (SitePage page : index.pages(locale).values()) {
                SourcePage source = sources.computeIfAbsent(page.key(), k -> SourcePage.of(index.sourceMarkdown(k)));
                PageRenderer.Rendered rendered = renderer.render(page, source);
                issues.addAll(rendered.issues());
                write(outDir, SitePaths.page(locale, page.key()), templates.page(models.page(page, rendered.html())));
            }
            write(outDir, locale + "/index.html", templates.index(models.index(locale)));
        }
        write(outDir, "index.html", templates.root(models.root()));
        write(outDir, "sitemap.xml", Sitemap.xml(index));
        write(outDir, "style.css", templates.stylesheet());
        return List.copyOf(issues);
    }

    private static void write(Path outDir, String sitePath, String text) {
        Path file = outDir.resolve(sitePath);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
