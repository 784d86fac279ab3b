package dev.docloc.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.docloc.report.Issue;
import dev.docloc.report.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageRendererTest {
    private static final String SOURCE = """
            ---
            title: Networks
            ---
            # Networks

            - Bridged networking
            - NAT networking

            1. Create the bridge.

               It needs root.
            2. Attach the guest.
            """;
    private static final String ARABIC = """
            ---
            title: الشبكات
            ---
            # الشبكات

            - Bridged networking
            - شبكات NAT

            1. Create the bridge.

               يتطلب صلاحيات الجذر.
            2. صِل الضيف.
            """;

    @TempDir
    Path out;

    private Document publish(SitePage arabic, SiteOptions options) throws IOException {
        Site site = new Site("en", List.of("en", "ar"), Map.of("net", SOURCE),
                List.of(new SitePage("net", "en", SOURCE, "Networks", "", 1, false), arabic), options);
        SiteWriter.write(site, out);
        return Jsoup.parse(out.resolve("ar/net.html").toFile(), "UTF-8");
    }

    /**
     * Writes the site of one page, {@code a}, titled "A": {@code source} and its translation;
     * returns the findings.
     */
    private List<Issue> write(String source, SitePage translation) {
        Site site = new Site("en", List.of("en", translation.locale()), Map.of("a", source), List.of(
                new SitePage("a", "en", source, "A", "", 1, false), translation), SiteOptions.of("https://docs.example.com/"));
        return SiteWriter.write(site, out);
    }

    @Test
    void untranslatedParagraphsInTightListsGetASpanWithTheSourceLanguage() throws IOException {
        // Leaf blocks: 0 h1, 1 "Bridged", 2 "NAT", 3 "Create the bridge.", 4 "It needs root.", 5 "Attach".
        Document ar = publish(new SitePage("net", "ar", ARABIC, "الشبكات", "", 0.5, true, Set.of(1, 3)),
                SiteOptions.of("https://docs.example.com/"));
        assertThat(ar.select("article ul > li").first().html()).isEqualTo("<span lang=\"en\" dir=\"ltr\">Bridged networking</span>");
        assertThat(ar.select("article ul > li").get(1).html()).isEqualTo("شبكات NAT");
        assertThat(ar.select("article ol p[lang=en]").eachText()).containsExactly("Create the bridge.");
        assertThat(ar.select("article ol p:not([lang])").eachText()).containsExactly("يتطلب صلاحيات الجذر.", "صِل الضيف.");
    }

    @Test
    void extraHeadingsInATranslationAreReportedAndStillGetUniqueIds() throws IOException {
        String arabic = ARABIC.replace("# الشبكات\n", "# الشبكات\n\n## الشبكات\n");
        Site site = new Site("en", List.of("en", "ar"), Map.of("net", SOURCE), List.of(
                new SitePage("net", "en", SOURCE, "Networks", "", 1, false),
                new SitePage("net", "ar", arabic, "الشبكات", "", 1, false)), SiteOptions.of("https://docs.example.com/"));
        List<Issue> issues = SiteWriter.write(site, out);
        assertThat(issues).extracting(Issue::rule, Issue::locale).containsExactly(tuple("publish-heading-mismatch", "ar"));
        Document ar = Jsoup.parse(out.resolve("ar/net.html").toFile(), "UTF-8");
        assertThat(ar.select("article h1, article h2").eachAttr("id")).containsExactly("networks", "الشبكات");
    }

    @Test
    void aCheckboxThatOnlyTheTranslationHasIsPublishedAsText() throws IOException {
        String source = "# A\n\n- Start the guest.\n- [x] Enable KVM.\n";
        // escaped or not, a translation's "[x] " at the start of an item is read as a checkbox
        String german = "# A\n\n- \\[x\\] Den Gast starten.\n- [x] KVM aktivieren.\n";
        assertThat(write(source, new SitePage("a", "de", german, "A", "", 1, false))).singleElement()
                .satisfies(i -> assertThat(i.rule()).isEqualTo("publish-untrusted-html"));
        Document de = Jsoup.parse(out.resolve("de/a.html").toFile(), "UTF-8");
        assertThat(de.select("article li").eachText()).containsExactly("[x] Den Gast starten.", "KVM aktivieren.");
        assertThat(de.select("article li input[type=checkbox]")).hasSize(1);
        Document en = Jsoup.parse(out.resolve("en/a.html").toFile(), "UTF-8");
        assertThat(en.select("article li input[type=checkbox]")).hasSize(1);
    }

    @Test
    void aHeadingsAttributeBlockGivesItsIdAndIsNotShown() throws IOException {
        String source = "# A {#top}\n\nSee [install](#qemu).\n\n## Install QEMU {#qemu .wide}\n\n## Other\n\n## Qemu\n";
        String german = "# A {#top}\n\nSiehe [Installation](#qemu).\n\n## QEMU installieren {#qemu .wide}\n\n## Anderes\n\n"
                + "## Qemu\n";
        assertThat(write(source, new SitePage("a", "de", german, "A", "", 1, false))).isEmpty();
        for (String page : List.of("en/a.html", "de/a.html")) {
            Document doc = Jsoup.parse(out.resolve(page).toFile(), "UTF-8");
            assertThat(doc.select("article h1, article h2").eachAttr("id")).as(page).containsExactly("top", "qemu", "other", "qemu-1");
            assertThat(doc.select("article h2").first().text()).as(page).doesNotContain("{").doesNotContain("#");
        }
    }

    @Test
    void theLanguageSwitcherAndFootnoteBackLinksAreLabelledInThePagesLanguage() throws IOException {
        String source = "# A\n\nKVM[^1] and QEMU[^1].\n\n[^1]: Since 2007.\n";
        String japanese = "# A\n\nKVM[^1] と QEMU[^1]。\n\n[^1]: 2007 年から。\n";
        assertThat(write(source, new SitePage("a", "ja", japanese, "A", "", 1, false))).isEmpty();
        Document ja = Jsoup.parse(out.resolve("ja/a.html").toFile(), "UTF-8");
        assertThat(ja.select("nav.languages").attr("aria-label")).isEqualTo("言語");
        assertThat(ja.select("a.footnote-backref").eachAttr("aria-label")).containsExactly("参照 1 に戻る", "参照 1-2 に戻る");
        Document jaIndex = Jsoup.parse(out.resolve("ja/index.html").toFile(), "UTF-8");
        assertThat(jaIndex.select("nav.languages").attr("aria-label")).isEqualTo("言語");
        Document en = Jsoup.parse(out.resolve("en/a.html").toFile(), "UTF-8");
        assertThat(en.select("nav.languages").attr("aria-label")).isEqualTo("Language");
        assertThat(en.select("a.footnote-backref").eachAttr("aria-label"))
                .containsExactly("Back to reference 1", "Back to reference 1-2");
    }

    @Test
    void theBackLinkOfAnUntranslatedFootnoteIsLabelledInTheSourceLanguage() throws IOException {
        // Leaf blocks: 0 h1, 1 p, 2 the note's paragraph, still English
        String source = "# A\n\nKVM[^1].\n\n[^1]: Since 2007.\n";
        String japanese = "# A\n\nKVM[^1]。\n\n[^1]: Since 2007.\n";
        write(source, new SitePage("a", "ja", japanese, "A", "", 0.5, true, Set.of(2)));
        Document ja = Jsoup.parse(out.resolve("ja/a.html").toFile(), "UTF-8");
        assertThat(ja.select("a.footnote-backref").first().parent().attr("lang")).isEqualTo("en");
        assertThat(ja.select("a.footnote-backref").eachAttr("aria-label")).containsExactly("Back to reference 1");
    }

    @Test
    void anAdmonitionWithoutATitleIsTitledInThePagesLanguage() throws IOException {
        String source = "# A\n\n!!! warning\n    Back up the disk image first.\n\n??? tip \"Faster boots\"\n"
                + "    Use a raw image.\n\n!!! note \"\"\n    No title.\n\n!!! kvm-only\n    Only on KVM.\n";
        String russian = source.replace("Back up the disk image first.", "Сначала сделайте резервную копию образа диска.")
                .replace("Faster boots", "Быстрая загрузка");
        assertThat(write(source, new SitePage("a", "ru", russian, "A", "", 1, false))).isEmpty();
        Document ru = Jsoup.parse(out.resolve("ru/a.html").toFile(), "UTF-8");
        assertThat(ru.select("article .admonition").eachAttr("class"))
                .containsExactly("admonition warning", "admonition tip", "admonition note", "admonition kvm-only");
        assertThat(ru.select("article div.admonition > p.admonition-title").eachText())
                .containsExactly("Предупреждение", "Kvm-only");
        assertThat(ru.select("article details.admonition > summary").eachText()).containsExactly("Быстрая загрузка");
        assertThat(ru.select("article div.admonition.note > p").eachText()).containsExactly("No title.");
        Document en = Jsoup.parse(out.resolve("en/a.html").toFile(), "UTF-8");
        assertThat(en.select("article div.admonition > p.admonition-title").eachText()).containsExactly("Warning", "Kvm-only");
        assertThat(en.select("article .admonition-title, article summary").eachText()).doesNotContain("!!!", "???");
    }

    @Test
    void gitHubAlertsArePublishedAsBoxesOnlyWhereTheSourceHasThem() throws IOException {
        String source = "# A\n\n> [!WARNING]\n> Back up the disk image first.\n\n> Quoted.\n\n"
                + "> [!TIP] **Faster boots**\n>\n> Use a raw image.\n\n"
                + "> [!NOTE] Generating the report may take\n> a while.\n";
        String portuguese = "# A\n\n> [!WARNING]\n> Faça antes uma cópia do disco.\n\n> [!NOTE] Citado.\n\n"
                + "> [!TIP] **Inicialização mais rápida**\n>\n> Use uma imagem raw.\n\n"
                + "> [!NOTE] Gerar o relatório pode levar\n> algum tempo.\n";
        assertThat(write(source, new SitePage("a", "pt-BR", portuguese, "A", "", 1, false))).isEmpty();
        Document pt = Jsoup.parse(out.resolve("pt-BR/a.html").toFile(), "UTF-8");
        assertThat(pt.select("article div.admonition").eachAttr("class")).containsExactly("admonition warning", "admonition tip");
        assertThat(pt.select("article .admonition-title").eachText()).containsExactly("Aviso", "Inicialização mais rápida");
        assertThat(pt.select("article .admonition-title strong").eachText()).containsExactly("Inicialização mais rápida");
        assertThat(pt.select("article div.admonition > p:not(.admonition-title)").eachText())
                .containsExactly("Faça antes uma cópia do disco.", "Use uma imagem raw.");
        // a marker the translator typed, and a title that runs on into the text, stay quotes
        assertThat(pt.select("article blockquote").eachText())
                .containsExactly("[!NOTE] Citado.", "[!NOTE] Gerar o relatório pode levar algum tempo.");
        Document en = Jsoup.parse(out.resolve("en/a.html").toFile(), "UTF-8");
        assertThat(en.select("article .admonition-title").eachText()).containsExactly("Warning", "Faster boots");
        assertThat(en.select("article").text()).doesNotContain("[!WARNING]", "[!TIP]");
    }

    /**
     * A paragraph translated to blanks (a qa-empty error, published all the same) is one leaf
     * block less: the alerts are still those of the source, counted among the quotes.
     */
    @Test
    void aParagraphTranslatedToNothingMovesNoAlert() throws IOException {
        String source = "# A\n\nIntro.\n\n> [!NOTE]\n> Back up the disk image first.\n\n> Quoted.\n";
        String portuguese = "# A\n\n\n\n> [!NOTE]\n> Faça antes uma cópia do disco.\n\n> [!WARNING] Citado\n";
        assertThat(write(source, new SitePage("a", "pt-BR", portuguese, "A", "", 1, false))).isEmpty();
        Document pt = Jsoup.parse(out.resolve("pt-BR/a.html").toFile(), "UTF-8");
        assertThat(pt.select("article div.admonition").eachAttr("class")).containsExactly("admonition note");
        assertThat(pt.select("article div.admonition > p:not(.admonition-title)").eachText())
                .containsExactly("Faça antes uma cópia do disco.");
        assertThat(pt.select("article blockquote").eachText()).containsExactly("[!WARNING] Citado");
    }

    @Test
    void untranslatedTitlesOfBoxesAndTabsCarryTheSourceLanguage() throws IOException {
        String source = "# A\n\n!!! note \"Before you start (KVM).\"\n    Check it.\n\n??? tip \"Faster (raw).\"\n"
                + "    Use raw.\n\n=== \"Linux (x86).\"\n    Tab body.\n\n> [!TIP] **Faster boots (raw).**\n>\n"
                + "> Use a raw image.\n";
        String arabic = source.replace("Check it.", "تحقق.").replace("Use raw.", "استخدم.")
                .replace("Tab body.", "نص.").replace("Use a raw image.", "استخدم صورة.");
        // Leaf blocks: 0 h1, 1 title, 2 "Check it.", 3 title, 4 "Use raw.", 5 tab title, 6 "Tab body.",
        // 7 the alert's title paragraph, 8 "Use a raw image."
        assertThat(write(source, new SitePage("a", "ar", arabic, "A", "", 0.5, true, Set.of(0, 1, 3, 5, 7)))).isEmpty();
        Document ar = Jsoup.parse(out.resolve("ar/a.html").toFile(), "UTF-8");
        assertThat(ar.select("article [lang=en][dir=ltr]").eachText()).containsExactly("A", "Before you start (KVM).",
                "Faster (raw).", "Linux (x86).", "Faster boots (raw).");
        assertThat(ar.select("article [lang=en]").stream().map(e -> e.tagName() + "." + e.className()))
                .containsExactly("h1.", "p.admonition-title", "summary.", "p.content-tab-title", "p.admonition-title");
        assertThat(ar.select("article p:not([lang])").eachText()).containsExactly("تحقق.", "استخدم.", "نص.", "استخدم صورة.");
    }

    @Test
    void linksToMissingPagesAreLeftAloneAndReported() throws IOException {
        String source = "# A\n\nSee [gone](gone.md#x), [up](../../outside.md) and [file](notes.txt).\n";
        Site site = new Site("en", List.of("en"), Map.of("a", source),
                List.of(new SitePage("a", "en", source, "A", "", 1, false)), SiteOptions.of("https://docs.example.com/"));
        List<Issue> issues = SiteWriter.write(site, out);
        assertThat(issues).extracting(Issue::rule, Issue::severity, Issue::highlight).containsExactly(
                tuple("publish-broken-link", Severity.WARNING, "gone.md#x"),
                tuple("publish-broken-link", Severity.WARNING, "../../outside.md"));
        Document en = Jsoup.parse(out.resolve("en/a.html").toFile(), "UTF-8");
        assertThat(en.select("article a").eachAttr("href")).containsExactly("gone.md#x", "../../outside.md", "notes.txt");
    }

    @Test
    void aLinkFromTheRootOfThePagesLeadsToThatPage() throws IOException {
        // GitHub reads /guides/b.md from the repository's root, not from the folder of the page
        String source = "# A\n\nSee [B](/guides/b.md#setup) and [C](/c.md).\n";
        Site site = new Site("en", List.of("en"), Map.of(), List.of(
                new SitePage("guides/a", "en", source, "A", "", 1, false),
                new SitePage("guides/b", "en", "# B\n\n## Setup\n", "B", "", 1, false),
                new SitePage("c", "en", "# C\n", "C", "", 1, false)), SiteOptions.of("https://docs.example.com/"));
        assertThat(SiteWriter.write(site, out)).isEmpty();
        Document en = Jsoup.parse(out.resolve("en/guides/a.html").toFile(), "UTF-8");
        assertThat(en.select("article a").eachAttr("href")).containsExactly("b.html#setup", "../c.html");
    }

    @Test
    void linkAndImageUrlsArePercentEncoded() throws IOException {
        // CommonMark takes spaces in <…> destinations; an HTML URL may not have them
        String source = "# A\n\nRead [the notes](<release notes.txt>) and ![the stack](<kvm stack.svg>)"
                + " or [B](<b page.md#set up>).\n";
        Site site = new Site("en", List.of("en"), Map.of(), List.of(
                new SitePage("a", "en", source, "A", "", 1, false),
                new SitePage("b page", "en", "# B\n", "B", "", 1, false)), SiteOptions.of("https://docs.example.com/"));
        SiteWriter.write(site, out);
        Document en = Jsoup.parse(Files.readString(out.resolve("en/a.html")));
        assertThat(en.select("article a").eachAttr("href")).containsExactly("release%20notes.txt", "b%20page.html#set%20up");
        assertThat(en.select("article img").attr("src")).isEqualTo("kvm%20stack.svg");
    }

    @Test
    void projectTemplatesAndStylesheetReplaceTheBuiltInOnes(@TempDir Path templates) throws IOException {
        Files.writeString(templates.resolve("page.mustache"),
                "<!DOCTYPE html><html lang=\"{{lang}}\" dir=\"{{dir}}\"><title>{{title}} | Project</title>"
                        + "<body class=\"custom\">{{{content}}}{{> footer}}</body></html>");
        Files.writeString(templates.resolve("footer.mustache"), "<footer>{{lang}}</footer>");
        Files.writeString(templates.resolve("style.css"), "body { color: teal; }\n");
        Document ar = publish(new SitePage("net", "ar", ARABIC, "الشبكات", "", 1, false),
                new SiteOptions(templates, "https://docs.example.com/", Map.of()));
        assertThat(ar.title()).isEqualTo("الشبكات | Project");
        assertThat(ar.selectFirst("body").hasClass("custom")).isTrue();
        assertThat(ar.selectFirst("footer").text()).isEqualTo("ar");
        assertThat(ar.selectFirst("h1").id()).isEqualTo("networks");
        assertThat(Files.readString(out.resolve("style.css"))).isEqualTo("body { color: teal; }\n");
        assertThat(Files.readString(out.resolve("ar/index.html"))).contains("class=\"articles\"");
    }
}
