package dev.docloc.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docloc.DoclocException;
import dev.docloc.report.Issue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Translations cannot add markup or unsafe URLs, and page keys cannot leave the output folder. */
class HostileInputTest {
    private static final String SOURCE = """
            # Guide

            Press <kbd>Ctrl</kbd> and read [the docs](https://example.com/docs).

            <div class="note">
            Keep a backup.
            </div>
            """;

    @TempDir
    Path out;

    private Document publish(String translated, List<Issue> issues) throws IOException {
        Site site = new Site("en", List.of("en", "de"), Map.of("guide", SOURCE), List.of(
                new SitePage("guide", "en", SOURCE, "Guide", "", 1, false),
                new SitePage("guide", "de", translated, "Anleitung", "", 1, false)),
                SiteOptions.of("https://docs.example.com/"));
        issues.addAll(SiteWriter.write(site, out));
        return Jsoup.parse(out.resolve("de/guide.html").toFile(), "UTF-8");
    }

    @Test
    void rawHtmlThatTheSourceHasIsKept() throws IOException {
        Document de = publish("""
                # Anleitung

                Drücken Sie <kbd>Ctrl</kbd> und lesen Sie [die Doku](https://example.com/docs).

                <div class="note">
                Sichern Sie Ihre Daten.
                </div>
                """, new java.util.ArrayList<>());
        assertThat(de.select("article kbd").eachText()).containsExactly("Ctrl");
        assertThat(de.select("article div.note").text()).isEqualTo("Sichern Sie Ihre Daten.");
    }

    @Test
    void scriptAddedByATranslationIsEscapedAndReported() throws IOException {
        List<Issue> issues = new java.util.ArrayList<>();
        Document de = publish("""
                # Anleitung

                Drücken Sie <kbd>Ctrl</kbd><img src=x onerror=alert(1)> und lesen Sie [die Doku](https://example.com/docs).

                <script>alert(document.cookie)</script>

                <div class="note" onclick="alert(2)">
                Sichern Sie Ihre Daten.
                </div>
                """, issues);
        assertThat(de.select("script, img, [onclick], [onerror]")).isEmpty();
        assertThat(de.selectFirst("article").text())
                .contains("<img src=x onerror=alert(1)>")
                .contains("<script>alert(document.cookie)</script>")
                .contains("<div class=\"note\" onclick=\"alert(2)\">");
        assertThat(de.select("article kbd").eachText()).containsExactly("Ctrl");
        assertThat(issues).extracting(Issue::rule).containsOnly("publish-untrusted-html").hasSize(3);
    }

    @Test
    void scriptContentMustMatchTheSourceExactly(@TempDir Path dir) throws IOException {
        String source = "# T\n\n<script>var x = 1;</script>\n";
        Site site = new Site("en", List.of("en", "fr"), Map.of("t", source), List.of(
                new SitePage("t", "en", source, "T", "", 1, false),
                new SitePage("t", "fr", "# T\n\n<script>var x = 1; alert(1)</script>\n", "T", "", 1, false)),
                SiteOptions.of("https://docs.example.com/"));
        SiteWriter.write(site, dir);
        assertThat(Jsoup.parse(dir.resolve("en/t.html").toFile(), "UTF-8").select("article script")).hasSize(1);
        assertThat(Jsoup.parse(dir.resolve("fr/t.html").toFile(), "UTF-8").select("script")).isEmpty();
    }

    @Test
    void translatedTextAttributesAreAllowedButNewAttributesAreNot(@TempDir Path dir) throws IOException {
        String source = "# T\n\nUse <abbr title=\"Kernel-based Virtual Machine\">KVM</abbr>.\n";
        String translated = "# T\n\nUse <abbr title=\"Máquina virtual baseada no kernel\">KVM</abbr>"
                + " e <abbr title=\"x\" onmouseover=\"alert(1)\">KVM</abbr>.\n";
        Site site = new Site("en", List.of("en", "pt-BR"), Map.of("t", source), List.of(
                new SitePage("t", "en", source, "T", "", 1, false),
                new SitePage("t", "pt-BR", translated, "T", "", 1, false)),
                SiteOptions.of("https://docs.example.com/"));
        List<Issue> issues = SiteWriter.write(site, dir);
        Document pt = Jsoup.parse(dir.resolve("pt-BR/t.html").toFile(), "UTF-8");
        assertThat(pt.select("article abbr").eachAttr("title")).containsExactly("Máquina virtual baseada no kernel");
        assertThat(pt.select("[onmouseover]")).isEmpty();
        assertThat(issues).extracting(Issue::highlight).containsExactly("<abbr title=\"x\" onmouseover=\"alert(1)\">");
    }

    /**
     * The autolink extension links any bare URL or e-mail address, so a translator could add links
     * by typing them; only those the source page links are links in a translation.
     */
    @Test
    void bareUrlsAndAddressesAddedByATranslationAreText(@TempDir Path dir) throws IOException {
        String source = "# T\n\nSee www.linux-kvm.org or https://qemu.org/docs, or mail kvm@vger.kernel.org.\n";
        String translated = "# T\n\nSiehe www.linux-kvm.org oder https://qemu.org/docs, oder schreiben Sie an"
                + " kvm@vger.kernel.org. Neu: www.evil.com, https://evil.example/x und evil@evil.com.\n";
        Site site = new Site("en", List.of("en", "de"), Map.of("t", source), List.of(
                new SitePage("t", "en", source, "T", "", 1, false),
                new SitePage("t", "de", translated, "T", "", 1, false)),
                SiteOptions.of("https://docs.example.com/"));
        SiteWriter.write(site, dir);
        List<String> sourceLinks = List.of("http://www.linux-kvm.org", "https://qemu.org/docs", "mailto:kvm@vger.kernel.org");
        Document en = Jsoup.parse(dir.resolve("en/t.html").toFile(), "UTF-8");
        assertThat(en.select("article a").eachAttr("href")).containsExactlyElementsOf(sourceLinks);
        Document de = Jsoup.parse(dir.resolve("de/t.html").toFile(), "UTF-8");
        assertThat(de.select("article a").eachAttr("href")).containsExactlyElementsOf(sourceLinks);
        assertThat(de.selectFirst("article p").text()).endsWith("Neu: www.evil.com, https://evil.example/x und evil@evil.com.");
        assertThat(Files.readString(dir.resolve("de/t.html"))).doesNotContain("evil.com\"", "evil.example/x\"");
    }

    @Test
    void theSourcePageLinksEveryBareUrlWhicheverLocaleIsRenderedFirst(@TempDir Path dir) throws IOException {
        String source = "# T\n\nMail kvm@vger.kernel.org.\n";
        SitePage en = new SitePage("t", "en", source, "T", "", 1, false);
        SitePage de = new SitePage("t", "de", "# T\n\nSchreiben Sie an kvm@example.de.\n", "T", "", 1, false);
        SiteWriter writer = SiteWriter.open(new Site("en", List.of("en", "de"), Map.of("t", source), List.of(en, de),
                SiteOptions.of("https://docs.example.com/")), dir);
        writer.page(de, source);
        writer.page(en, source);
        assertThat(Jsoup.parse(dir.resolve("en/t.html").toFile(), "UTF-8").select("article a").eachAttr("href"))
                .containsExactly("mailto:kvm@vger.kernel.org");
        assertThat(Jsoup.parse(dir.resolve("de/t.html").toFile(), "UTF-8").select("article a")).isEmpty();
    }

    @Test
    void tagShapesIgnoreOnlyTextAttributeValues() {
        assertThat(HtmlGuard.shape("<IMG alt='A cat' src=\"cat.png\" />")).isEqualTo("<img alt=\"\" src=\"cat.png\"/>");
        assertThat(HtmlGuard.shape("<a href=\"x.html\" title=\"X\">")).isEqualTo("<a href=\"x.html\" title=\"\">");
        assertThat(HtmlGuard.shape("<a href=\"javascript:x\">")).isEqualTo("<a href=\"javascript:x\">");
        assertThat(HtmlGuard.shape("<img alt=\"a\"\" onerror=x>")).isEqualTo("<img alt=\"a\"\" onerror=x>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "java&#x09;script:alert(1)",
            "&#106;avascript:alert(1)", "vbscript:msgbox(1)", "data:text/html;base64,PHNjcmlwdD4=",
            "data:image/svg+xml,<svg/onload=alert(1)>", "file:///etc/passwd"})
    void unsafeUrlsAreRefused(String url) throws IOException {
        Document de = publish("# Anleitung\n\n[x](" + url + ") ![y](" + url + ")\n", new java.util.ArrayList<>());
        assertThat(de.select("article a").eachAttr("href")).containsExactly("");
        assertThat(de.select("article img").eachAttr("src")).containsExactly("");
        assertThat(Files.readString(out.resolve("de/guide.html")).toLowerCase()).doesNotContain("script:", "data:", "file:");
    }

    @Test
    void safeUrlsAreKept() {
        for (String url : List.of("https://example.com/a?b=c", "mailto:a@example.com", "../images/x.svg", "#top",
                "page.html#a:b", "tel:+4912345")) {
            assertThat(SafeUrlSanitizer.isSafe(url)).as(url).isTrue();
        }
        assertThat(SafeUrlSanitizer.isSafe("\u0001javascript:alert(1)")).isFalse();
        assertThat(SafeUrlSanitizer.isSafe("unknown:thing")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil", "guides/../../evil", "/etc/passwd", "a\\..\\b", "C:/x", "guides/./a", "", "a//b"})
    void pageKeysCannotLeaveTheOutputFolder(String key) {
        Site site = new Site("en", List.of("en"), Map.of(), List.of(new SitePage(key, "en", "# x\n", "x", "", 1, false)),
                SiteOptions.of("https://docs.example.com/"));
        assertThatThrownBy(() -> SiteWriter.write(site, out)).isInstanceOf(DoclocException.class)
                .hasMessageContaining("page key");
        assertThat(out.getParent().resolve("evil")).doesNotExist();
    }

    @Test
    void localesMustBeLanguageTags() {
        Site site = new Site("en", List.of("en", "../x"), Map.of(),
                List.of(new SitePage("a", "en", "# a\n", "a", "", 1, false)), SiteOptions.of("https://docs.example.com/"));
        assertThatThrownBy(() -> SiteWriter.write(site, out)).isInstanceOf(DoclocException.class)
                .hasMessageContaining("BCP 47");
    }
}
