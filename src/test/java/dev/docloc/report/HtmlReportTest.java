package dev.docloc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
    private static String html(Report r) {
        StringWriter out = new StringWriter();
        ReportWriter.write(r, "html", out, true);
        return out.toString();
    }

    private static Document doc() {
        return Jsoup.parse(html(SampleIssues.report()));
    }

    @Test
    void hostileTranslationIsShownAsTextAndAddsNoElements() {
        Document doc = doc();
        Element row = doc.selectFirst("tr.finding[data-locale=pt-BR]:has(td:containsOwn(Configure a ponte))");

        assertThat(row).isNotNull();
        assertThat(row.select("td.text").get(1).text()).isEqualTo(SampleIssues.HOSTILE);
        assertThat(row.select("td.text mark").text()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(doc.select("img")).isEmpty();
        assertThat(doc.select("script")).hasSize(1);
        assertThat(doc.select("[onerror], [onclick], [onload]")).isEmpty();
        assertThat(html(SampleIssues.report())).doesNotContain("<img").doesNotContain("<script>window");
    }

    @Test
    void controlCharactersOfATranslationAreShownVisiblyNotWrittenIntoTheReport() {
        Issue control = SampleIssues.issue(Severity.ERROR, "qa-codes", "de", "basics.md", 3, 0, "s1",
                "Hello world.", "Hallo\u0001 Welt\u0092.", "", "The target has the control character U+0001.",
                "\u0001", "");
        String html = html(Report.of(List.of(control), 1, 1));
        assertThat(html.chars().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r'))
                .isEmpty();
        Element row = Jsoup.parse(html).selectFirst("tr.finding[data-rule=qa-codes]");
        assertThat(row.select("td.text").get(1).text()).isEqualTo("Hallo\\u0001 Welt\\u0092.");
        assertThat(row.select("td.text mark").text()).isEqualTo("\\u0001");
    }

    @Test
    void everyFindingIsARowWithFilterData() {
        Elements rows = doc().select("tr.finding");

        assertThat(rows).hasSize(10);
        assertThat(rows).allSatisfy(r -> assertThat(r.attributes().hasKey("data-locale")
                && r.attributes().hasKey("data-rule") && r.attributes().hasKey("data-severity")).isTrue());
        assertThat(doc().select("tr.finding[data-locale=ja][data-severity=error][data-rule=term-dnt]")).hasSize(1);
        assertThat(doc().select("section.locale > h2").eachText()).containsExactly("de", "es", "ja", "pt-BR");
    }

    @Test
    void sourceAndTargetAreSideBySideWithTheOffendingTextMarked() {
        Element row = doc().selectFirst("tr.finding[data-locale=pt-BR][data-rule=term-missing]");
        Elements cells = row.select("td");

        assertThat(cells).hasSize(3);
        assertThat(cells.get(0).text()).contains("warning", "term-missing", "must be translated as",
                "translations/pt-BR/guides/install.xlf:12:7");
        assertThat(cells.get(1).select("mark").text()).isEqualTo("hypervisor");
        assertThat(cells.get(2).attr("lang")).isEqualTo("pt-BR");
        assertThat(cells.get(2).text()).startsWith("Instale o monitor");
    }

    @Test
    void filtersOfferTheLocalesRulesAndSeveritiesThatOccur() {
        Document doc = doc();

        assertThat(doc.select("#filter-locale option").eachAttr("value")).containsExactly("", "de", "es", "ja",
                "pt-BR");
        assertThat(doc.select("#filter-severity option").eachAttr("value")).containsExactly("", "error",
                "warning", "info");
        assertThat(doc.select("#filter-rule option").eachAttr("value")).contains("qa-codes", "term-missing")
                .doesNotContain("term-case");
        assertThat(doc.selectFirst("#count").text()).isEqualTo(
                "Showing 10 of 10 findings: 4 errors, 4 warnings, 2 info");
    }

    @Test
    void findingsLinkToThePublishedPageNextToTheReport() {
        Element row = doc().selectFirst("tr.finding[data-locale=de][data-rule=term-forbidden]");

        assertThat(row.selectFirst("a.open").attr("href"))
                .isEqualTo("de/guides/install.html#:~:text=Virtualisierer");
        assertThat(doc().select("h3 a").eachAttr("href")).contains("pt-BR/reference/cli.html");
        assertThat(HtmlReport.pageLink("pt-BR", "guides/mise en route.md"))
                .isEqualTo("pt-BR/guides/mise%20en%20route.html");
    }

    @Test
    void isSelfContainedUnderAStrictContentSecurityPolicy() throws Exception {
        Document doc = doc();
        String csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");

        assertThat(csp).startsWith("default-src 'none';").doesNotContain("unsafe-inline").doesNotContain("http");
        assertThat(csp).contains("'" + sha256(doc.selectFirst("script").data()) + "'");
        assertThat(csp).contains("'" + sha256(doc.selectFirst("style").data()) + "'");
        assertThat(doc.select("[src], link, iframe, object, embed")).isEmpty();
        assertThat(doc.select("a[href]").eachAttr("href")).allSatisfy(h -> assertThat(h).doesNotStartWith("../").doesNotStartWith("/"));
    }

    @Test
    void suppressedFindingsAreListedApartAndNotCounted() {
        Document doc = doc();
        Elements suppressed = doc.select("section.suppressed tr.suppressed");

        assertThat(suppressed).hasSize(1);
        assertThat(suppressed.text()).contains("Heading keeps the English product term.");
        assertThat(doc.selectFirst(".totals").text()).contains("1 suppressed", "4 errors");
        assertThat(doc.select("tr.finding[data-locale=de][data-rule=qa-untranslated]")).isEmpty();
    }

    @Test
    void outputIsDeterministic() {
        List<Issue> shuffled = new ArrayList<>(SampleIssues.all());
        Collections.shuffle(shuffled, new java.util.Random(7));

        assertThat(html(Report.of(shuffled, 3, 120))).isEqualTo(html(SampleIssues.report()));
    }

    @Test
    void emptyReportSaysSo() {
        Document doc = Jsoup.parse(html(Report.of(List.of(), 4, 80)));

        assertThat(doc.selectFirst("p.empty").text()).isEqualTo("No findings.");
        assertThat(doc.select("tr.finding")).isEmpty();
    }

    private static String sha256(String text) throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return "sha256-" + Base64.getEncoder().encodeToString(hash);
    }
}
