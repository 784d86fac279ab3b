package dev.docloc.merge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.testutil.Html;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bare URL, {@code www.} address or e-mail address ends where the source's did, whatever text a
 * translation writes next to it. Merged pages are rendered with docloc's commonmark configuration
 * (GFM autolink extension included) and the link is read back from the HTML.
 */
class AutolinksTest {
    /** The paragraph of rendered Markdown. */
    private static Element paragraph(String markdown) {
        return Jsoup.parseBodyFragment(Html.render(markdown)).body().selectFirst("p");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // the defect as reported, and the e-mail and www. forms of it
        "See https://example.com/docs for details. | 詳細は{1/}を参照してください。 | 詳細は<https://example.com/docs>を参照してください。"
            + " | https://example.com/docs | 詳細はhttps://example.com/docsを参照してください。",
        "Read https://example.com/docs first.      | 先にお読みください：{1/}。     | 先にお読みください：<https://example.com/docs>。"
            + " | https://example.com/docs | 先にお読みください：https://example.com/docs。",
        "Write to docs@example.com for help.       | お問い合わせは{1/}まで。       | お問い合わせは<docs@example.com>まで。"
            + " | mailto:docs@example.com | お問い合わせはdocs@example.comまで。",
        "Visit www.example.com for more.           | 詳しくは{1/}をご覧ください。   | 詳しくは[www.example.com](http://www.example.com)をご覧ください。"
            + " | http://www.example.com | 詳しくはwww.example.comをご覧ください。",
        // text the autolink extension leaves out keeps the source's bare form
        "See https://example.com/docs for details. | Siehe {1/} für Details.        | Siehe https://example.com/docs für Details."
            + " | https://example.com/docs | Siehe https://example.com/docs für Details.",
        "See https://example.com/docs for details. | Details unter {1/}.            | Details unter https://example.com/docs."
            + " | https://example.com/docs | Details unter https://example.com/docs.",
        "Write to docs@example.com for help.       | Écrivez à ({1/}).              | Écrivez à (docs@example.com)."
            + " | mailto:docs@example.com | Écrivez à (docs@example.com).",
    })
    void aLinkEndsWhereTheSourcesDid(String source, String target, String merged, String href, String shown) {
        MergeResult r = Targets.merge(source, target, "ja");
        assertThat(r.text()).isEqualTo(merged);
        Element p = paragraph(r.text());
        assertThat(p.select("a")).as(r.text()).singleElement().satisfies(a -> {
            assertThat(a.attr("href")).isEqualTo(href);
            assertThat(a.text()).isEqualTo(href.replaceFirst("^(mailto:|http://(?=www))", ""));
        });
        assertThat(p.text()).isEqualTo(shown);
    }

    @Test
    void everyBoundedFormShowsTheSameLinkWhateverSurroundsIt() {
        for (String url : List.of("https://example.com/docs", "https://example.com/a_(b)?q=1&r=2#frag",
                "https://例え.jp/パス", "ftp://example.com/file.txt", "www.example.com/path?q=a*b",
                "user.name+tag@example.co.jp", "www.example.com")) {
            Element alone = paragraph(url).selectFirst("a");
            String bounded = Autolinks.bounded(url);
            assertThat(bounded).as(url).isNotNull().isNotEqualTo(url);
            for (String[] around : new String[][] {{"", ""}, {"ユーザ", "を参照。"}, {"x", "_y"}, {"(", ")。"}}) {
                Element p = paragraph(around[0] + bounded + around[1]);
                assertThat(p.select("a")).as(around[0] + bounded + around[1]).singleElement().satisfies(a -> {
                    assertThat(a.attr("href")).isEqualTo(alone.attr("href"));
                    assertThat(a.text()).isEqualTo(alone.text());
                });
                assertThat(p.text()).isEqualTo(around[0] + alone.text() + around[1]);
            }
        }
    }

    @Test
    void aUrlNextToAnotherBareUrlIsBounded() {
        MergeResult r = Targets.merge("See https://example.com/a and https://example.com/b now.", "{1/}と{2/}を参照。", "ja");
        assertThat(paragraph(r.text()).select("a").eachAttr("href"))
                .as(r.text()).containsExactly("https://example.com/a", "https://example.com/b");
    }
}
