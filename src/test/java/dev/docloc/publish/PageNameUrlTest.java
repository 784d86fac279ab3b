package dev.docloc.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.Localizer;
import dev.docloc.Project;
import dev.docloc.report.Issue;
import dev.docloc.report.Progress;
import dev.docloc.testutil.ProjectFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages whose names hold {@code #} or {@code ?}, which a URL reads as the start of a fragment or a
 * query: every link the site writes to them names them percent-encoded, so that a browser opens
 * the file that was written.
 */
class PageNameUrlTest {
    @TempDir
    Path tmp;
    Path site;
    Localizer.Built built;

    @BeforeEach
    void build() {
        ProjectFixture p = new ProjectFixture(tmp.resolve("project"));
        p.write("glossary.yml", "sourceLocale: en\ntargetLocales: [de]\nterms: []\n");
        p.write("source-docs/c#-bindings.md", "# C# bindings\n\nSee the [FAQ](faq%3F.md) and [home](home.md).\n");
        p.write("source-docs/faq?.md", "# FAQ?\n\nRead the [C# page](c%23-bindings.md#c-bindings).\n");
        p.write("source-docs/home.md", "# Home\n\nStart with [C#](<c%23-bindings.md>) and the [FAQ](faq%3F.md?x=1).\n");
        p.ok("extract");
        site = p.root.resolve("target/site");
        built = new Localizer(Project.open(p.root), Progress.create(false)).build(List.of("de"), site);
    }

    @Test
    void linksBetweenSuchPagesAreRewrittenAndResolve() throws IOException {
        assertThat(built.issues()).extracting(Issue::rule).doesNotContain("publish-broken-link");
        assertThat(built.links().broken()).extracting(Issue::highlight).isEmpty();
        assertThat(Files.readString(site.resolve("de/c#-bindings.html")))
                .contains("<a href=\"faq%3F.html\">FAQ</a>", "<a href=\"home.html\">home</a>");
        assertThat(Files.readString(site.resolve("en/faq?.html")))
                .contains("<a href=\"c%23-bindings.html#c-bindings\">C# page</a>");
        assertThat(Files.readString(site.resolve("en/home.html")))
                .contains("<a href=\"c%23-bindings.html\">C#</a>", "<a href=\"faq%3F.html?x=1\">FAQ</a>");
    }

    @Test
    void switcherIndexAlternatesAndSitemapNameTheEncodedFiles() throws IOException {
        String page = Files.readString(site.resolve("de/c#-bindings.html"));
        assertThat(page).contains("<a href=\"../en/c%23-bindings.html\" lang=\"en\"",
                "hreflang=\"en\" href=\"https://docs.example.com/en/c%23-bindings.html\"");
        assertThat(Files.readString(site.resolve("de/index.html")))
                .contains("<a href=\"c%23-bindings.html\" lang=\"en\" dir=\"ltr\">",
                        "<a href=\"faq%3F.html\" lang=\"en\" dir=\"ltr\">");
        assertThat(Files.readString(site.resolve("sitemap.xml")))
                .contains("<loc>https://docs.example.com/de/faq%3F.html</loc>");
    }

    /** Resolved as a browser resolves them, every relative href and src of the site names a file written. */
    @Test
    void everyRelativeReferenceOpensAWrittenFile() throws IOException {
        List<String> references = new ArrayList<>();
        for (Path page : htmlPages()) {
            String base = page.toUri().toString();
            for (Element e : Jsoup.parse(page.toFile(), "UTF-8", base).select("a[href], link[href], img[src]")) {
                String ref = e.hasAttr("src") ? e.attr("src") : e.attr("href");
                if (!ref.contains(":")) {
                    references.add(site.relativize(page) + " -> " + ref);
                    assertThat(file(URI.create(base).resolve(ref))).as("%s: %s", page, ref).isRegularFile();
                }
            }
        }
        assertThat(references).contains("de/index.html -> faq%3F.html", "en/faq?.html -> ../de/faq%3F.html");
    }

    private static Path file(URI uri) {
        try {
            return Path.of(new URI(uri.getScheme(), uri.getAuthority(), uri.getPath(), null, null));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private List<Path> htmlPages() {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
