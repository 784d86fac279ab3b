package dev.docloc.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.docloc.report.Issue;
import dev.docloc.report.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

class SiteWriterTest {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static final String DIAGRAM = """
            <svg xmlns="http://www.w3.org/2000/svg" width="480" height="120" viewBox="0 0 480 120" \
            font-family="sans-serif" font-size="14" text-anchor="middle">
              <rect x="10" y="10" width="140" height="40" rx="6" fill="#e8f0fe" stroke="#0b57d0"/>
              <text x="80" y="35">Guest</text>
              <rect x="170" y="10" width="140" height="40" rx="6" fill="#e8f0fe" stroke="#0b57d0"/>
              <text x="240" y="35">Guest</text>
              <rect x="10" y="70" width="460" height="40" rx="6" fill="#f3f5f7" stroke="#59636e"/>
              <text x="240" y="95">Linux kernel + KVM</text>
            </svg>
            """;

    @TempDir
    static Path out;
    static List<Issue> issues;

    @BeforeAll
    static void writeSite() throws IOException {
        issues = SiteWriter.write(SiteFixture.site(), out);
        copyImages(out, "en", "pt-BR", "ar");
    }

    /** What the caller does: source-docs/images into every locale folder. */
    static void copyImages(Path site, String... locales) throws IOException {
        for (String locale : locales) {
            Files.createDirectories(site.resolve(locale + "/images"));
            Files.writeString(site.resolve(locale + "/images/kvm.svg"), DIAGRAM);
        }
    }

    static Document page(Path site, String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void writesEveryPageIndexRootSitemapAndStylesheet() throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> out.relativize(p).toString())
                    .filter(p -> !p.contains("images")).sorted().toList()).containsExactly(
                    "ar/guides/installing-kvm.html", "ar/index.html",
                    "en/guides/installing-kvm.html", "en/guides/storage.html", "en/index.html", "en/reference/cli.html",
                    "index.html",
                    "pt-BR/guides/installing-kvm.html", "pt-BR/guides/storage.html", "pt-BR/index.html",
                    "sitemap.xml", "style.css");
        }
    }

    @Test
    void htmlElementHasLangAndDirectionOfTheLocale() throws IOException {
        assertThat(page(out, "pt-BR/guides/storage.html").selectFirst("html").attributes().asList())
                .extracting("key", "value").containsExactly(tuple("lang", "pt-BR"), tuple("dir", "ltr"));
        assertThat(page(out, "ar/guides/installing-kvm.html").selectFirst("html").attributes().asList())
                .extracting("key", "value").containsExactly(tuple("lang", "ar"), tuple("dir", "rtl"));
        assertThat(page(out, "ar/index.html").selectFirst("html").attr("dir")).isEqualTo("rtl");
    }

    @Test
    void titleDescriptionAndCanonicalComeFromThePage() throws IOException {
        Document doc = page(out, "pt-BR/guides/installing-kvm.html");
        assertThat(doc.title()).isEqualTo("Instalação do KVM");
        assertThat(doc.selectFirst("meta[name=description]").attr("content")).isEqualTo("Configure o KVM em um host Linux.");
        assertThat(doc.selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("https://docs.example.com/pt-BR/guides/installing-kvm.html");
        assertThat(page(out, "en/reference/cli.html").select("meta[name=description]")).isEmpty();
    }

    @Test
    void everyLanguageVersionListsTheSameAlternates() throws IOException {
        Map<String, List<String>> expected = Map.of(
                "guides/installing-kvm", List.of("en", "pt-BR", "ar"),
                "guides/storage", List.of("en", "pt-BR"),
                "reference/cli", List.of("en"));
        for (var entry : expected.entrySet()) {
            String key = entry.getKey();
            for (String locale : entry.getValue()) {
                Map<String, String> alternates = new TreeMap<>();
                for (Element link : page(out, locale + "/" + key + ".html").select("link[rel=alternate][hreflang]")) {
                    alternates.put(link.attr("hreflang"), link.attr("href"));
                }
                Map<String, String> want = new TreeMap<>();
                entry.getValue().forEach(l -> want.put(l, "https://docs.example.com/" + l + "/" + key + ".html"));
                want.put("x-default", "https://docs.example.com/en/" + key + ".html");
                assertThat(alternates).as(locale + "/" + key).isEqualTo(want);
            }
        }
    }

    @Test
    void languageSwitcherNamesEachLanguageInItselfAndLeadsToTheSameArticle() throws IOException {
        List<Element> links = page(out, "pt-BR/guides/storage.html").select("nav.languages a");
        assertThat(links).extracting(Element::text).containsExactly("English", "Português (Brasil)", "العربية");
        assertThat(links).extracting(a -> a.attr("href"))
                .containsExactly("../../en/guides/storage.html", "storage.html", "../../en/guides/storage.html");
        assertThat(links).extracting(a -> a.attr("aria-current")).containsExactly("", "page", "");
        assertThat(links.get(2).hasClass("untranslated")).as("storage is not published in ar").isTrue();
    }

    @Test
    void aSwitcherEntryForALocaleWithoutTheArticleNamesTheLanguageOfThePageItLeadsTo() throws IOException {
        List<Element> links = page(out, "pt-BR/guides/storage.html").select("nav.languages a");
        // the Arabic entry leads to the English page: its hreflang is that page's language
        assertThat(links).extracting(a -> a.attr("lang")).containsExactly("en", "pt-BR", "ar");
        assertThat(links).extracting(a -> a.attr("hreflang")).containsExactly("en", "pt-BR", "en");
    }

    @Test
    void everyRelativeLinkAndFragmentResolves() {
        JsoupLinkChecker.Result result = JsoupLinkChecker.check(out);
        assertThat(result.broken()).isEmpty();
        assertThat(result.pages()).isEqualTo(10);
        assertThat(result.anchors()).isGreaterThanOrEqualTo(12);
        assertThat(result.links()).isGreaterThan(result.anchors());
    }

    @Test
    void headingIdsAreTheSourceSlugsInEveryLocale() throws IOException {
        List<String> en = ids(page(out, "en/guides/installing-kvm.html"));
        assertThat(en).containsExactly("installing-kvm", "check-hardware-support", "install-the-packages", "next-steps");
        assertThat(ids(page(out, "pt-BR/guides/installing-kvm.html"))).isEqualTo(en);
        assertThat(ids(page(out, "ar/guides/installing-kvm.html"))).isEqualTo(en);
        assertThat(ids(page(out, "pt-BR/guides/storage.html"))).containsExactly("storage-pools", "snapshots", "snapshots-1");
    }

    private static List<String> ids(Document doc) {
        return doc.select("article :is(h1,h2,h3,h4,h5,h6)").stream().map(Element::id).toList();
    }

    @Test
    void linksToArticlesMissingInTheLocaleFallBackToTheSourcePageAndAreReported() throws IOException {
        Document pt = page(out, "pt-BR/guides/installing-kvm.html");
        assertThat(pt.select("article a").eachAttr("href")).containsExactly(
                "storage.html#snapshots", "../../en/reference/cli.html#options", "#check-hardware-support",
                "storage.html");
        assertThat(issues).filteredOn(i -> i.rule().equals("publish-fallback-link"))
                .extracting(Issue::severity, Issue::locale, Issue::page, Issue::highlight)
                .containsExactly(
                        tuple(Severity.INFO, "pt-BR", "guides/installing-kvm.md", "../reference/cli.md#options"),
                        tuple(Severity.INFO, "pt-BR", "guides/storage.md", "../reference/cli.md#options"),
                        tuple(Severity.INFO, "ar", "guides/installing-kvm.md", "storage.md#snapshots"),
                        tuple(Severity.INFO, "ar", "guides/installing-kvm.md", "../reference/cli.md#options"),
                        tuple(Severity.INFO, "ar", "guides/installing-kvm.md", "storage.md"));
        assertThat(issues).allMatch(i -> i.rule().equals("publish-fallback-link"));
    }

    @Test
    void untranslatedBlocksCarryTheSourceLanguage() throws IOException {
        Element kept = page(out, "pt-BR/guides/storage.html").selectFirst("article p[lang]");
        assertThat(kept.text()).isEqualTo("A pool holds the disk images of your virtual machines.");
        assertThat(kept.attr("lang")).isEqualTo("en");
        assertThat(kept.hasAttr("dir")).as("en and pt-BR are both ltr").isFalse();
        Element cell = page(out, "ar/guides/installing-kvm.html").selectFirst("article td[lang]");
        assertThat(cell.text()).isEqualTo("The management API");
        assertThat(cell.attributes().asList()).extracting("key", "value")
                .containsExactly(tuple("lang", "en"), tuple("dir", "ltr"));
    }

    @Test
    void partlyTranslatedPagesShowTheNoticeOfTheirLocale() throws IOException {
        assertThat(page(out, "pt-BR/guides/storage.html").selectFirst(".notice").text())
                .startsWith("Esta página está parcialmente traduzida");
        assertThat(page(out, "pt-BR/guides/installing-kvm.html").select(".notice")).isEmpty();
        assertThat(page(out, "ar/guides/installing-kvm.html").selectFirst(".notice").text()).startsWith("هذه الصفحة");
    }

    @Test
    void localeIndexListsTranslatedTitlesInCollationOrderWithCoverage() throws IOException {
        Document pt = page(out, "pt-BR/index.html");
        assertThat(pt.select("ul.articles").first().select("li").eachText())
                .containsExactly("Instalação do KVM 100%", "Pools de armazenamento 80%");
        assertThat(pt.select("ul.articles").get(1).select("a").eachAttr("href")).containsExactly("../en/reference/cli.html");
        assertThat(page(out, "en/index.html").select("ul.articles a").eachText())
                .containsExactly("Command line", "Installing KVM", "Storage pools");
        assertThat(page(out, "en/index.html").select(".coverage")).isEmpty();
        // ICU's Arabic percent format wraps the sign in bidi marks (format characters).
        assertThat(page(out, "ar/index.html").selectFirst(".coverage").text().replaceAll("\\p{Cf}", "")).isEqualTo("93%");
    }

    @Test
    void rootPageOffersEveryLanguageWithoutExternalAssets() throws IOException {
        Document root = page(out, "index.html");
        assertThat(root.select("main a").eachAttr("href")).containsExactly("en/index.html", "pt-BR/index.html", "ar/index.html");
        assertThat(root.select("main a").eachText()).containsExactly("English", "Português (Brasil)", "العربية");
        assertThat(root.selectFirst("script").data()).contains("navigator.languages").contains("[\"en\",\"pt-BR\",\"ar\"]");
        assertThat(root.select("script[src], link[href^=http]:not([rel=canonical])")).isEmpty();
    }

    @Test
    void sitemapIsValidXmlWithAlternatesForEveryVersion() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document xml = factory.newDocumentBuilder().parse(out.resolve("sitemap.xml").toFile());
        NodeList urls = xml.getElementsByTagNameNS(SITEMAP, "url");
        assertThat(urls.getLength()).as("3 indexes + 3 en + 2 pt-BR + 1 ar pages").isEqualTo(9);
        Map<String, Set<String>> alternatesByLoc = new TreeMap<>();
        for (int i = 0; i < urls.getLength(); i++) {
            org.w3c.dom.Element url = (org.w3c.dom.Element) urls.item(i);
            String loc = url.getElementsByTagNameNS(SITEMAP, "loc").item(0).getTextContent();
            NodeList links = url.getElementsByTagNameNS(XHTML, "link");
            Set<String> hreflangs = new java.util.TreeSet<>();
            for (int j = 0; j < links.getLength(); j++) {
                hreflangs.add(((org.w3c.dom.Element) links.item(j)).getAttribute("hreflang"));
            }
            alternatesByLoc.put(loc, hreflangs);
        }
        assertThat(alternatesByLoc.get("https://docs.example.com/ar/guides/installing-kvm.html"))
                .containsExactly("ar", "en", "pt-BR", "x-default");
        assertThat(alternatesByLoc.get("https://docs.example.com/pt-BR/guides/storage.html"))
                .containsExactly("en", "pt-BR", "x-default");
        assertThat(alternatesByLoc.get("https://docs.example.com/en/reference/cli.html")).containsExactly("en", "x-default");
    }

    @Test
    void writingTwiceGivesByteIdenticalFiles(@TempDir Path other) throws IOException {
        SiteWriter.write(SiteFixture.site(), other);
        copyImages(other, "en", "pt-BR", "ar");
        assertThat(contents(other)).isEqualTo(contents(out));
    }

    private static Map<String, String> contents(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).collect(Collectors.toMap(p -> dir.relativize(p).toString(),
                    p -> read(p), (a, b) -> a, TreeMap::new));
        }
    }

    private static String read(Path p) {
        try {
            return new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
