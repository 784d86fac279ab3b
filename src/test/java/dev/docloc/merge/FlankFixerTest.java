package dev.docloc.merge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.segment.Code;
import dev.docloc.segment.Part;
import dev.docloc.segment.Text;
import dev.docloc.testutil.Html;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Translated formatting reads as formatting: commonmark-java, configured as for publishing,
 * parses every merged page, and the emphasis must be there around the translated words with no
 * delimiter left as text (CommonMark spec 0.31.2, 6.2: left- and right-flanking delimiter runs).
 */
class FlankFixerTest {
    /** Source pages with one formatting pair, and the element it renders to. */
    private static final String[][] SOURCES = {
        {"A *word* here.", "em"}, {"A _word_ here.", "em"}, {"A **word** here.", "strong"},
        {"A __word__ here.", "strong"}, {"A ~~word~~ here.", "del"}};
    private static final String[] BEFORE = {"", "これは", "Das ", "Das", "x1", "「", "(", "¿", "a.", "…", "$"};
    private static final String[] INSIDE = {"重要", "「重要」", "Haupt", "“Haupt”", "「a", "a」", "1", "!", "-"};
    private static final String[] AFTER = {"", "です", "programm", "」です", "。", " x", ".", "-a", "+"};

    /** The paragraph of rendered Markdown. */
    private static Element paragraph(String markdown) {
        return Jsoup.parseBodyFragment(Html.render(markdown)).body().selectFirst("p");
    }

    /** The text of a target, its codes left out. */
    private static String plain(String target) {
        return target.replaceAll("\\{/?\\d+/?}", "").strip();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // the defects as reported: ja strong, ja and de emphasis inside a word
        "This is **important** here.  | これは{1}「重要」{/1}です   | ja | これ&#x306F;**「重要」**&#x3067;す | strong | 「重要」",
        "The _main_ program.          | {1}メイン{/1}プログラム。   | ja | *メイン*プログラム。                | em     | メイン",
        "The _main_ program.          | Das {1}Haupt{/1}programm. | de | Das *Haupt*programm.             | em     | Haupt",
        // what already read stays as it was
        "The _main_ program.          | Das {1}Hauptprogramm{/1}. | de | Das _Hauptprogramm_.             | em     | Hauptprogramm",
        "This is **important** here.  | これは{1}重要{/1}です       | ja | これは**重要**です                  | strong | 重要",
        "This is ~~old~~ here.        | これは{1}「旧」{/1}です      | ja | これ&#x306F;~~「旧」~~&#x3067;す    | del    | 「旧」",
    })
    void translatedFormattingReadsAsFormatting(String source, String target, String locale, String merged, String tag,
                                               String marked) {
        MergeResult r = Targets.merge(source, target, locale);
        assertThat(r.rejected()).isEmpty();
        assertThat(r.text()).isEqualTo(merged);
        Element p = paragraph(r.text());
        assertThat(p.select(tag)).singleElement().satisfies(e -> assertThat(e.text()).isEqualTo(marked));
        assertThat(p.text()).isEqualTo(plain(target));
    }

    @Test
    @Timeout(60)
    void everyNeighborOfAPairKeepsItsFormatting() {
        List<String> broken = new ArrayList<>();
        for (String[] source : SOURCES) {
            Function<String, MergeResult> merger = Targets.merger(source[0], "ja");
            for (String before : BEFORE) {
                for (String inside : INSIDE) {
                    for (String after : AFTER) {
                        String target = before + "{1}" + inside + "{/1}" + after;
                        MergeResult r = merger.apply(target);
                        Element p = paragraph(r.text());
                        boolean shown = r.rejected().isEmpty() && p.text().equals(plain(target))
                                && p.select(source[1]).size() == 1 && p.select(source[1]).text().equals(inside);
                        if (!shown) {
                            broken.add(source[0] + " + " + target + " -> " + r.text() + " " + r.rejected());
                        }
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void nestedPairsAreFixedFromTheInsideOut() {
        MergeResult r = Targets.merge("A **bold and *nested* text** here.", "{1}太字{2}「入れ子」{/2}本文{/1}です", "ja");
        Element strong = paragraph(r.text()).selectFirst("strong");
        assertThat(strong).as(r.text()).isNotNull();
        assertThat(strong.text()).isEqualTo("太字「入れ子」本文");
        assertThat(strong.select("em").text()).isEqualTo("「入れ子」");
    }

    @Test
    void whitespaceInsideAPairGoesOutsideIt() {
        MergeResult r = Targets.merge("A **word** here.", "Ein{1} Wort {/1}hier.", "de");
        assertThat(r.text()).isEqualTo("Ein **Wort** hier.");
    }

    @Test
    void aWrappedParagraphKeepsItsFormatting() {
        String source = "This paragraph is wrapped at a short width so that\nits **important** words move.\n";
        String target = "この段落は短い幅で折り返されているので、その{1}「重要な」{/1}言葉が移動します。";
        MergeResult r = Targets.merge(source, target, "ja");
        assertThat(paragraph(r.text()).select("strong").text()).as(r.text()).isEqualTo("「重要な」");
        // a soft line break between two CJK characters shows as a space: compare without them
        assertThat(paragraph(r.text()).text().replace(" ", "")).isEqualTo(plain(target));
    }

    @Test
    void aBareUrlNextToAPairIsBounded() {
        MergeResult r = Targets.merge("Read **the docs** at https://example.com/docs today.",
                "{1}「資料」{/1}{2/}を読んでください。", "ja");
        Element p = paragraph(r.text());
        assertThat(p.select("strong").text()).as(r.text()).isEqualTo("「資料」");
        assertThat(p.select("a").attr("href")).isEqualTo("https://example.com/docs");
        assertThat(p.text()).isEqualTo("「資料」https://example.com/docsを読んでください。");
    }

    @Test
    void aPairAroundNoTextIsNotPublished() {
        MergeResult r = Targets.merge("This is **important** here.", "{1}{/1}これは重要です", "ja");
        assertThat(r.rejected()).singleElement()
                .satisfies(x -> assertThat(x.reason()).contains("**").contains("marks no text"));
        assertThat(r.text()).isEqualTo("This is **important** here.");
    }

    @Test
    void markupStartingWithALetterNextToAPairCannotBeLoosened() {
        Code open = Code.of("1", Code.Kind.OPEN, Code.Type.STRONG, "**");
        Code close = Code.of("1", Code.Kind.CLOSE, Code.Type.STRONG, "**");
        Code other = Code.of("2", Code.Kind.PLACEHOLDER, Code.Type.OTHER, "x:y");
        List<Part> target = List.of(new Text("これは"), open, new Text("「重要」"), close, other);
        assertThat(CodeMatcher.unshown(target)).containsExactly(new CodeMatcher.Unshown(open, close, "x:y"));
        // with a letter of text there instead, a reference loosens it
        assertThat(CodeMatcher.unshown(List.of(new Text("これは"), open, new Text("「重要」"), close, new Text("x"))))
                .isEmpty();
    }
}
