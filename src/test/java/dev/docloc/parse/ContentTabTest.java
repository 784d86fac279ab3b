package dev.docloc.parse;

import static dev.docloc.parse.Spans.source;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;

/** The tree and HTML {@link Markdown}'s parsers and renderer make of MkDocs content tabs. */
class ContentTabTest {
    private static final String TABS = """
            === "Linux"

                Install it
                as root.

                ```sh
                apt install qemu
                ```

            ===+ "macOS"
                Use Homebrew.

            After.
            """;

    @Test
    void aTabHoldsItsTitleAndTheBlocksIndentedBelowIt() {
        Node doc = Markdown.parser().parse(TABS);
        ContentTab linux = (ContentTab) doc.getFirstChild();
        ContentTab.Title title = (ContentTab.Title) linux.getFirstChild();
        assertThat(((Text) title.getFirstChild()).getLiteral()).isEqualTo("Linux");
        assertThat(source(TABS, title)).isEqualTo("Linux");
        assertThat(source(TABS, title.getFirstChild())).isEqualTo("Linux");
        Paragraph body = (Paragraph) title.getNext();
        assertThat(source(TABS, body)).isEqualTo("Install it\n    as root.");
        assertThat(((FencedCodeBlock) body.getNext()).getLiteral()).isEqualTo("apt install qemu\n");
        ContentTab macos = (ContentTab) linux.getNext();
        assertThat(source(TABS, macos.getFirstChild())).isEqualTo("macOS");
        assertThat(macos.getLastChild()).isInstanceOf(Paragraph.class);
        assertThat(((Text) macos.getNext().getFirstChild()).getLiteral()).isEqualTo("After.");
    }

    @Test
    void aMarkerLineDoesNotInterruptAParagraph() {
        Node doc = Markdown.parser().parse("Choose:\n=== \"Linux\"\n    Body.\n");
        assertThat(doc.getFirstChild()).isInstanceOf(Paragraph.class);
        assertThat(doc.getFirstChild().getNext()).isNull();
    }

    @Test
    void aTabIsRenderedAsASectionWithItsTitleAboveItsBlocks() {
        for (var parser : List.of(Markdown.parser(), Markdown.renderingParser())) {
            assertThat(Markdown.htmlRenderer().build().render(parser.parse(TABS))).isEqualTo("""
                    <div class="content-tab">
                    <p class="content-tab-title">Linux</p>
                    <p>Install it
                    as root.</p>
                    <pre><code class="language-sh">apt install qemu
                    </code></pre>
                    </div>
                    <div class="content-tab">
                    <p class="content-tab-title">macOS</p>
                    <p>Use Homebrew.</p>
                    </div>
                    <p>After.</p>
                    """);
        }
    }
}
