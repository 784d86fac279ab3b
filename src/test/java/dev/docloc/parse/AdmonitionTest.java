package dev.docloc.parse;

import static dev.docloc.parse.Spans.source;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;

/** The tree and HTML {@link Markdown}'s parsers and renderer make of MkDocs admonitions. */
class AdmonitionTest {
    private static final String BOXES = """
            !!! tip "Before you start"

                Check that **KVM** is available.

                - `kvm_intel`
                - `kvm_amd`

                ```sh
                lsmod | grep kvm
                ```

            ???+ Danger inline end ""
                Open, without a title.

            ??? note
                Collapsed.
            After.
            """;

    @Test
    void anAdmonitionHoldsItsTitleAndTheBlocksIndentedBelowIt() {
        Node doc = Markdown.parser().parse(BOXES);
        Admonition tip = (Admonition) doc.getFirstChild();
        assertThat(tip.form()).isEqualTo(Admonition.Form.BOX);
        assertThat(tip.classes()).containsExactly("tip");
        assertThat(tip.untitled()).isFalse();
        assertThat(source(BOXES, tip.title())).isEqualTo("Before you start");
        Paragraph body = (Paragraph) tip.title().getNext();
        assertThat(source(BOXES, body)).isEqualTo("Check that **KVM** is available.");
        assertThat(body.getNext()).isInstanceOf(BulletList.class);
        assertThat(((FencedCodeBlock) body.getNext().getNext()).getLiteral()).isEqualTo("lsmod | grep kvm\n");

        Admonition danger = (Admonition) tip.getNext();
        assertThat(danger.form()).isEqualTo(Admonition.Form.EXPANDED);
        assertThat(danger.classes()).containsExactly("danger", "inline", "end");
        assertThat(danger.untitled()).isTrue();
        assertThat(danger.title()).isNull();
        assertThat(danger.getFirstChild()).isInstanceOf(Paragraph.class);

        Admonition note = (Admonition) danger.getNext();
        assertThat(note.form()).isEqualTo(Admonition.Form.COLLAPSED);
        assertThat(note.title()).isNull();
        assertThat(note.untitled()).isFalse();
        // a line that is not indented is lazy continuation of the paragraph in the box
        assertThat(note.getNext()).isNull();
    }

    /** As in Python-Markdown, a marker line ends the paragraph before it, a box's text too. */
    @Test
    void aMarkerLineEndsAParagraph() {
        Node doc = Markdown.parser().parse("Note:\n!!! note \"A\"\n    Body.\n!!! tip\n    Tip.\n\n    !!! tip\n");
        assertThat(doc.getFirstChild()).isInstanceOf(Paragraph.class);
        Admonition note = (Admonition) doc.getFirstChild().getNext();
        assertThat(note.classes()).containsExactly("note");
        Admonition tip = (Admonition) note.getNext();
        assertThat(tip.classes()).containsExactly("tip");
        assertThat(tip.getNext()).isNull();
        assertThat(tip.getLastChild()).isInstanceOf(Admonition.class); // indented below it: in the box
        Node other = Markdown.parser().parse("!!! note \"Title\" and more\n    Body.\n");
        assertThat(((Text) other.getFirstChild().getFirstChild()).getLiteral()).startsWith("!!! note");
    }

    @Test
    void aCollapsibleBoxMayHaveATitleAndNoType() {
        String md = "??? \"Why a different CPU?\"\n    Body.\n";
        Admonition box = (Admonition) Markdown.parser().parse(md).getFirstChild();
        assertThat(box.classes()).isEmpty();
        assertThat(box.type()).isEmpty();
        assertThat(source(md, box.title())).isEqualTo("Why a different CPU?");
        assertThat(Markdown.htmlRenderer().build().render(Markdown.parser().parse(md))).isEqualTo("""
                <details class="admonition">
                <summary>Why a different CPU?</summary>
                <p>Body.</p>
                </details>
                """);
        assertThat(Markdown.parser().parse("!!! \"Title\"\n    Body.\n").getFirstChild()).isInstanceOf(Paragraph.class);
    }

    /** CommonMark and Python-Markdown end a line only at a line feed or a carriage return. */
    @Test
    void aTitleMayHoldSeparatorsThatEndNoLine() {
        for (String c : List.of("\u2028", "\u2029", "\u0085")) {
            String md = "!!! note \"A" + c + "B\"\n    Body.\n\n=== \"C" + c + "D\"\n    Tab.\n";
            Node doc = Markdown.parser().parse(md);
            Admonition note = (Admonition) doc.getFirstChild();
            assertThat(source(md, note.title())).isEqualTo("A" + c + "B");
            assertThat(source(md, ((ContentTab) note.getNext()).getFirstChild())).isEqualTo("C" + c + "D");
        }
    }

    @Test
    void anAdmonitionIsRenderedAsPythonMarkdownRendersIt() {
        for (var parser : List.of(Markdown.parser(), Markdown.renderingParser())) {
            assertThat(Markdown.htmlRenderer().build().render(parser.parse(BOXES))).isEqualTo("""
                    <div class="admonition tip">
                    <p class="admonition-title">Before you start</p>
                    <p>Check that <strong>KVM</strong> is available.</p>
                    <ul>
                    <li><code>kvm_intel</code></li>
                    <li><code>kvm_amd</code></li>
                    </ul>
                    <pre><code class="language-sh">lsmod | grep kvm
                    </code></pre>
                    </div>
                    <details class="admonition danger inline end" open="">
                    <p>Open, without a title.</p>
                    </details>
                    <details class="admonition note">
                    <summary>Note</summary>
                    <p>Collapsed.
                    After.</p>
                    </details>
                    """);
        }
    }
}
