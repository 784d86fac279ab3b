package dev.docloc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.testutil.ProjectFixture;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A source page named {@code index.md} at the top of {@code source-docs/} (MkDocs' home page) would
 * be published where each locale's list of articles is: it is published as Markdown only, the build
 * says so and what to do, and the next build has nothing to redo.
 */
class IndexPageIT {
    @TempDir
    Path tmp;

    @Test
    void aTopIndexPageLeavesItsPlaceToTheListOfArticlesAndTheBuildSaysSo() {
        ProjectFixture p = new ProjectFixture(tmp.resolve("project"));
        p.write("glossary.yml", "sourceLocale: en\ntargetLocales: [de]\nterms: []\n");
        p.write("source-docs/index.md", "# Home\n\nStart with the [guide](guide/index.md).\n");
        p.write("source-docs/guide/index.md", "# Guide\n\nInstall KVM. Back [home](../index.md).\n");
        p.ok("extract");
        p.ok("build");
        assertThat(p.err).contains("index.md: not published as HTML").contains("rename the page");
        assertThat(p.out).contains(": 0 broken");
        for (String locale : new String[] {"en", "de"}) {
            assertThat(Jsoup.parse(p.read("target/site/" + locale + "/index.html")).select("ul.articles a").eachText())
                    .containsExactly("Guide");
            assertThat(p.read("target/site/" + locale + "/index.md")).contains("# Home");
            assertThat(p.file("target/site/" + locale + "/guide/index.html")).exists();
        }
        p.ok("build");
        assertThat(p.out).contains("merged 0 of 4 page versions and rendered 0 of 2 pages").contains(": 0 broken");
    }
}
