package dev.docloc.merge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.parse.Markdown;
import dev.docloc.parse.Page;
import dev.docloc.parse.PageParser;
import dev.docloc.testutil.Html;
import dev.docloc.testutil.Pipeline;
import org.junit.jupiter.api.Test;

/**
 * Re-wrapping a translated paragraph never puts at the start of a line what would start another
 * block there: the page keeps its blocks, and no text leaves the paragraph.
 */
class RewrapTest {
    @Test
    void aFootnoteReferenceIsNeverMovedToTheStartOfALine() {
        // re-wrapped at the source's longest line, the reference would open the second line, and
        // "[^1]: kkkk" there defines a footnote: the text after it and the real note disappeared
        String page = "aaaa bbbb\ncccc dddd eeee ffff gggg hhhh iiii jjjj [^1]: kkkk\n\n[^1]: The note.\n";
        for (String merged : new String[] {translatedAsSource(page), Pipeline.pseudo(page, "en-XA").text()}) {
            assertThat(merged.lines().filter(l -> l.startsWith("[^1]:"))).as(merged).hasSize(1);
            String html = Markdown.htmlRenderer().build().render(Markdown.parser().parse(merged));
            assertThat(html).as(html).containsAnyOf("kkkk", "ķķķķ").containsAnyOf("The note.", "Ţĥé ñöţé");
        }
    }

    @Test
    void aTableDelimiterRowIsNeverMovedToTheStartOfALine() {
        // the source is a paragraph only because its first line ends in a space (commonmark-java
        // then reads no table header); re-wrapped, ":--- |" after "H0 |" would make it a table
        String page = "> H0 | \n> :--- | \n> `virsh list`\n";
        for (String merged : new String[] {Pipeline.pseudo(page, "en-XA").text(), Targets.merge(page, "H1 | :--- | {1/}", "pt-BR").text()}) {
            assertThat(Html.structure(merged)).as(merged).isEqualTo(Html.structure(page));
        }
    }

    @Test
    void aUnitTranslatedAsItsSourceKeepsItsBytes() {
        // escapes, line breaks and a wrap width set by a long URL, all as the author wrote them
        String page = "# KVM\n\nUse `virsh` to run\na guest: see https://libvirt.org/docs/a/very/long/path/to/the/manual.html\n"
                + "or AF\\_UNIX sockets, {{< note >}} and a \\[1.2.0\\] tag.  \nNext line.\n";
        assertThat(translatedAsSource(page)).isEqualTo(page);
    }

    @Test
    void aFinalExclamationMarkIsEscapedOnlyWhereALinkFollows() {
        String page = "Look\\![the docs](docs.md) now. Take note!\n";
        Page parsed = PageParser.parse("page.md", page);
        String merged = Merger.merge(parsed, Pipeline.EXTRACTOR.extract(parsed),
                (u, seg) -> seg.source().stream().map(p -> p instanceof dev.docloc.segment.Text t
                        ? new dev.docloc.segment.Text(t.text().replace("now", "agora").replace("Take note", "Atenção"))
                        : p).toList(), "pt-BR").text();
        assertThat(merged).isEqualTo("Look\\![the docs](docs.md) agora. Atenção!\n");
        assertThat(Markdown.htmlRenderer().build().render(Markdown.parser().parse(merged))).doesNotContain("<img");
    }

    /** The page merged with every segment translated as its source: re-wrapped like any translation. */
    private static String translatedAsSource(String markdown) {
        Page page = PageParser.parse("page.md", markdown);
        return Merger.merge(page, Pipeline.EXTRACTOR.extract(page), (u, s) -> s.source(), "fr").text();
    }
}
