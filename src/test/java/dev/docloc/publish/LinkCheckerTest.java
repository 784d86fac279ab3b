package dev.docloc.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.docloc.report.Issue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCheckerTest {
    @TempDir
    Path site;

    @Test
    void agreesWithAnHtmlParserOnThePublishedFixture() throws IOException {
        SiteWriter.write(SiteFixture.site(), site);
        SiteWriterTest.copyImages(site, "en", "pt-BR", "ar");
        LinkChecker.Result result = LinkChecker.check(site);
        JsoupLinkChecker.Result parsed = JsoupLinkChecker.check(site);
        assertThat(result.broken()).isEmpty();
        assertThat(result.pages()).isEqualTo(parsed.pages()).isEqualTo(10);
        assertThat(result.links()).isEqualTo(parsed.links());
        assertThat(result.anchors()).isEqualTo(parsed.anchors());
        System.out.printf("fixture site: %d pages, %d links, %d anchors checked%n",
                result.pages(), result.links(), result.anchors());
    }

    @Test
    void reportsMissingFilesAndIdsButNotCommentsScriptsCodeOrExternalLinks() throws IOException {
        Files.createDirectories(site.resolve("en"));
        Files.writeString(site.resolve("en/a.html"), """
                <!DOCTYPE html><html><body>
                <a href="b.html#missing">1</a> <a href="nope.html">2</a> <a href='b.html#x&amp;y'>3</a>
                <a href="b.html#legacy">4</a> <a href="#top">5</a> <a href="https://example.com/x.html">6</a>
                <a href="../../outside.html">7</a> <img src="img/none.png" alt="">
                <!-- <a href="gone.html"> -->
                <script>document.write("<a href=\\"gone.html\\">");</script>
                <pre><code>&lt;a href="gone.html"&gt;</code></pre>
                <h1 id="top">A</h1>
                </body></html>
                """);
        Files.writeString(site.resolve("en/b.html"), "<h2 id=\"x&amp;y\">B</h2><a name=\"legacy\"></a>");
        LinkChecker.Result result = LinkChecker.check(site);
        assertThat(result.pages()).isEqualTo(2);
        assertThat(result.links()).isEqualTo(7);
        assertThat(result.anchors()).isEqualTo(4);
        assertThat(result.broken()).extracting(Issue::rule, Issue::locale, Issue::page, Issue::highlight).containsExactly(
                tuple("publish-dead-link", "en", "a.md", "b.html#missing"),
                tuple("publish-dead-link", "en", "a.md", "nope.html"),
                tuple("publish-dead-link", "en", "a.md", "../../outside.html"),
                tuple("publish-dead-link", "en", "a.md", "img/none.png"));
    }

    @Test
    void aScanIsKeptUnderTheValueTheHasherGivesForTheFile() throws IOException {
        Files.createDirectories(site.resolve("en"));
        Files.writeString(site.resolve("en/a.html"), "<a href=\"b.html\">b</a>");
        Files.writeString(site.resolve("en/b.html"), "<h1 id=\"b\">B</h1>");
        Path cacheFile = site.resolveSibling(site.getFileName() + "-links.bin");
        java.util.function.Function<Path, String> keys = p -> "key of " + p.getFileName();
        var cache = dev.docloc.cache.ResultCache.open(cacheFile, LinkChecker.Scan.class);
        assertThat(LinkChecker.check(site, cache, keys).broken()).isEmpty();
        cache.save();
        // the same key for a.html (as for a page this build wrote itself): its scan is not redone,
        // so the dead link written into the file behind the cache's back is not seen
        Files.writeString(site.resolve("en/a.html"), "<a href=\"gone.html\">gone</a>");
        var reopened = dev.docloc.cache.ResultCache.open(cacheFile, LinkChecker.Scan.class);
        assertThat(LinkChecker.check(site, reopened, keys).broken()).isEmpty();
        // a new key (the file changed, so FileHashes gives its content hash): scanned again
        assertThat(LinkChecker.check(site, reopened, p -> "new key of " + p.getFileName()).broken())
                .extracting(Issue::highlight).containsExactly("gone.html");
    }

    @Test
    void withoutAHasherTheCacheIsKeyedByContent() throws IOException {
        Files.createDirectories(site.resolve("en"));
        Files.writeString(site.resolve("en/a.html"), "<a href=\"#top\">top</a><h1 id=\"top\">A</h1>");
        var cache = dev.docloc.cache.ResultCache.open(site.resolveSibling(site.getFileName() + "-c.bin"),
                LinkChecker.Scan.class);
        // a scan filed under the file's content hash is used instead of reading the file's links
        cache.put(dev.docloc.cache.ContentHash.of(Files.readAllBytes(site.resolve("en/a.html"))),
                new LinkChecker.Scan(java.util.List.of("gone.html"), java.util.Set.of("top")));
        assertThat(LinkChecker.check(site, cache, null).broken()).extracting(Issue::highlight)
                .containsExactly("gone.html");
    }
}
