package dev.docloc.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SluggerTest {
    @Test
    void slugsAreGitHubStyle() {
        Slugger slugger = new Slugger();
        assertThat(slugger.slug("Install the packages")).isEqualTo("install-the-packages");
        assertThat(slugger.slug("What's new in v2.0?")).isEqualTo("whats-new-in-v20");
        assertThat(slugger.slug("KVM -- fast & simple")).isEqualTo("kvm----fast--simple");
        assertThat(slugger.slug("snake_case and Ünïcode")).isEqualTo("snake_case-and-ünïcode");
        assertThat(slugger.slug("日本語の見出し")).isEqualTo("日本語の見出し");
    }

    @Test
    void repeatedSlugsAreNumbered() {
        Slugger slugger = new Slugger();
        assertThat(slugger.slug("Snapshots")).isEqualTo("snapshots");
        assertThat(slugger.slug("Snapshots")).isEqualTo("snapshots-1");
        assertThat(slugger.slug("Snapshots-1")).isEqualTo("snapshots-1-1");
        assertThat(slugger.slug("Snapshots")).isEqualTo("snapshots-2");
        assertThat(slugger.slug("?!")).isEqualTo("section");
    }

    @Test
    void aHeadingsOwnIdIsNeverGivenToAnotherHeading() {
        var doc = dev.docloc.parse.Markdown.parser().parse("## B\n\n## A {#b}\n\n## B\n");
        assertThat(PageOutline.headingIds(doc)).containsExactly("b-1", "b", "b-2");
    }

    @Test
    void aHeadingNeverTakesTheIdOfAFootnoteOrAReferenceToIt() {
        var doc = dev.docloc.parse.Markdown.parser().parse(
                "## fn 1\n\n## fnref 1\n\n## fnref-1-2\n\nText[^1] and again[^1].\n\n[^1]: A note.\n");
        assertThat(PageOutline.headingIds(doc)).containsExactly("fn-1-1", "fnref-1-1", "fnref-1-2-1");
    }

    @Test
    void aPublishedPageHasEachIdOnce(@TempDir Path out) throws Exception {
        String page = "# Notes\n\n## fn 1\n\nText[^1].\n\n[^1]: A note.\n";
        Site site = new Site("en", List.of("en"), Map.of(), List.of(
                new SitePage("notes", "en", page, "Notes", "", 1, false)), SiteOptions.of("https://docs.example.com/"));
        SiteWriter.write(site, out);
        var html = Jsoup.parse(out.resolve("en/notes.html").toFile(), "UTF-8");
        assertThat(html.select("[id]").eachAttr("id")).doesNotHaveDuplicates().contains("fn-1", "fn-1-1");
        assertThat(html.select("h2").attr("id")).isEqualTo("fn-1-1");
    }
}
