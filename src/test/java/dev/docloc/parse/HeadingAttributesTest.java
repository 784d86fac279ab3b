package dev.docloc.parse;

import static dev.docloc.parse.Spans.source;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;

/** The tree {@link Markdown}'s parsers make of a heading's attribute block. */
class HeadingAttributesTest {

    private static Node first(String markdown) {
        return Markdown.parser().parse(markdown).getFirstChild();
    }

    @Test
    void theBlockIsTheHeadingsLastNodeAndTheTextEndsBeforeTheBlanks() {
        String md = "## Install QEMU  {#install-qemu .wide key=\"a #b\"}\n";
        Heading h = (Heading) first(md);
        Text text = (Text) h.getFirstChild();
        HeadingAttributes a = (HeadingAttributes) h.getLastChild();
        assertThat(text.getNext()).isSameAs(a);
        assertThat(text.getLiteral()).isEqualTo("Install QEMU");
        assertThat(source(md, text)).isEqualTo("Install QEMU");
        assertThat(a.literal()).isEqualTo("{#install-qemu .wide key=\"a #b\"}");
        assertThat(source(md, a)).isEqualTo(a.literal());
        assertThat(a.id()).contains("install-qemu");
        assertThat(HeadingAttributes.idOf(h)).contains("install-qemu");
    }

    @Test
    void aSetextHeadingOfTwoLinesHasItsBlockAtTheEndOfTheLastLine() {
        String md = "Network\nsetup {: .wide #net}\n===\n";
        Heading h = (Heading) first(md);
        assertThat(source(md, h.getLastChild())).isEqualTo("{: .wide #net}");
        assertThat(source(md, h.getLastChild().getPrevious())).isEqualTo("setup");
        assertThat(HeadingAttributes.idOf(h)).contains("net");
    }

    @Test
    void aBlockAfterACodeSpanLeavesNoTextBehind() {
        String md = "### `TEXT linter` {.notranslate lang=en}\n";
        Heading h = (Heading) first(md);
        assertThat(h.getFirstChild()).isInstanceOf(Code.class);
        assertThat(h.getFirstChild().getNext()).isInstanceOf(HeadingAttributes.class);
        assertThat(HeadingAttributes.idOf(h)).isEmpty();
    }

    @Test
    void escapedBracesCodeSpansAndBlocksInsideTheTextAreText() {
        for (String md : List.of("## Install \\{#id}\n", "## Install `{#id}`\n", "## Install {#id} now\n",
                "## Install{#id}\n", "## {#id}\n", "## Install {id}\n", "## Install {#a&amp;b}\n")) {
            Heading h = (Heading) first(md);
            assertThat(HeadingAttributes.idOf(h)).as(md).isEmpty();
            assertThat(h.getLastChild()).as(md).isNotInstanceOf(HeadingAttributes.class);
        }
    }

    @Test
    void aParagraphEndingLikeAHeadingKeepsOneTextNodeWithItsSpan() {
        String md = "Install it {#install}\n";
        Paragraph p = (Paragraph) first(md);
        assertThat(p.getFirstChild()).isInstanceOf(Text.class).isSameAs(p.getLastChild());
        assertThat(((Text) p.getFirstChild()).getLiteral()).isEqualTo("Install it {#install}");
        assertThat(source(md, p.getFirstChild())).isEqualTo("Install it {#install}");
    }

    /** Only a heading's block is one: at the end of any other block's text it is text. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "| a | b |\n|---|---|\n| cell | ends {#x} |\n",
            "- item\n\n  > quoted ends {#x}\n",
            "!!! note \"Title ends {#x}\"\n    Body ends {#x}\n",
            "=== \"Tab ends {#x}\"\n    Body ends {#x}\n",
            "Text[^1].\n\n[^1]: Footnote ends {#x}\n",
            "*emphasis {#x}*\n"})
    void aBlockThatEndsAnythingButAHeadingIsRenderedAsText(String md) {
        for (var parser : List.of(Markdown.parser(), Markdown.renderingParser())) {
            String html = Markdown.htmlRenderer().build().render(parser.parse(md));
            assertThat(html.split("\\{#x}", -1).length - 1).as(html).isEqualTo(md.split("\\{#x}", -1).length - 1);
        }
    }

    @Test
    void renderingShowsTheTextWithoutTheBlock() {
        String md = "## Install QEMU {#install-qemu}\n\nInstall it {#install}\n";
        for (var parser : List.of(Markdown.parser(), Markdown.renderingParser())) {
            assertThat(Markdown.htmlRenderer().build().render(parser.parse(md)))
                    .isEqualTo("<h2>Install QEMU</h2>\n<p>Install it {#install}</p>\n");
        }
    }

    @Test
    void aBlockMaySayNotToTranslateItsHeading() {
        for (String md : List.of("### `CSPELL` check {.notranslate lang=en}\n", "## Title {#t translate=no}\n",
                "## Title {translate=\"no\" .wide}\n", "## Title {: .notranslate}\n")) {
            assertThat(((HeadingAttributes) first(md).getLastChild()).notTranslated()).as(md).isTrue();
        }
        for (String md : List.of("## Title {.notranslated}\n", "## Title {key=\"a .notranslate\"}\n",
                "## Title {translate=yes}\n", "## Title {#notranslate}\n")) {
            assertThat(((HeadingAttributes) first(md).getLastChild()).notTranslated()).as(md).isFalse();
        }
    }

    @Test
    void aHeadingNotToBeTranslatedIsNoUnit() {
        var extractor = dev.docloc.segment.Extractor.create((dev.docloc.segment.SentenceSplitter) null, java.util.Set.of());
        var units = extractor.extract(PageParser.parse("a.md", "### `CSPELL` check {.notranslate lang=en}\n\n"
                + "## Install {#install}\n"));
        assertThat(units).singleElement().satisfies(u -> assertThat(u.segments().get(0).plainText()).isEqualTo("Install"));
    }
}
