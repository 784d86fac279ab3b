package dev.docloc.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.parse.Markdown;
import dev.docloc.testutil.SpecExamples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

class AutolinkerTest {
    private static final HtmlRenderer HTML = Markdown.htmlRenderer().build();
    private static final String PAGE = """
            Read www.linux-kvm.org, https://qemu.org/docs and ask kvm@vger.kernel.org.

            - [ ] see https://qemu.org/docs
            - [x] write to kvm@vger.kernel.org

            | Site | Mail |
            |------|------|
            | www.linux-kvm.org | kvm@vger.kernel.org |

            [Not again: https://qemu.org/docs](https://qemu.org/docs) and <https://libvirt.org>.
            """;

    private static String linked(String markdown, Predicate<String> allowed) {
        Node document = Markdown.renderingParser().parse(markdown);
        Autolinker.link(document, allowed);
        return HTML.render(document);
    }

    /**
     * A source page links every bare URL and e-mail address: the same tree as the extension makes
     * when extraction parses (with source spans), so the same HTML. Spec examples and the corpus.
     */
    @Test
    void linkingEverythingRendersWhatTheExtensionRenders() throws IOException {
        List<String> texts = new ArrayList<>(List.of(PAGE, "a\\.www.x.org b@c.org&amp;www.y.org", "- [ ] www.x.org\n"));
        Stream.concat(SpecExamples.read("/spec.txt").stream(), SpecExamples.read("/gfm-spec.txt").stream())
                .forEach(e -> texts.add(e.markdown()));
        try (Stream<Path> pages = Files.walk(Path.of("src/test/resources/corpus"))) {
            for (Path p : pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        assertThat(texts).hasSizeGreaterThan(1000);
        for (String text : texts) {
            String extension = HTML.render(Markdown.parser().parse(text));
            assertThat(linked(text, destination -> true)).as(text).isEqualTo(extension);
        }
    }

    @Test
    void theDestinationsAreThoseOfTheLinksMade() {
        Node document = Markdown.renderingParser().parse(PAGE);
        assertThat(Autolinker.destinations(document)).containsExactlyInAnyOrder(
                "http://www.linux-kvm.org", "https://qemu.org/docs", "mailto:kvm@vger.kernel.org");
        assertThat(HTML.render(document)).as("destinations leaves the document alone")
                .doesNotContain("<a href=\"http://www");
    }

    @Test
    void candidatesThatAreNotAllowedStayText() {
        Set<String> source = Set.of("http://www.linux-kvm.org", "mailto:kvm@vger.kernel.org");
        String html = linked("Read www.linux-kvm.org, not www.evil.com, https://evil.example/x or evil@evil.com; "
                + "mail kvm@vger.kernel.org.\n", source::contains);
        assertThat(html).isEqualTo("""
                <p>Read <a href="http://www.linux-kvm.org">www.linux-kvm.org</a>, not www.evil.com, \
                https://evil.example/x or evil@evil.com; mail \
                <a href="mailto:kvm@vger.kernel.org">kvm@vger.kernel.org</a>.</p>
                """);
    }

    @Test
    void aLongerUrlThatStartsWithAnAllowedOneIsNotAllowed() {
        assertThat(linked("See https://qemu.org/docs/../evil and https://qemu.org/docsevil.\n",
                Set.of("https://qemu.org/docs")::contains))
                .isEqualTo("<p>See https://qemu.org/docs/../evil and https://qemu.org/docsevil.</p>\n");
    }

    @Test
    void nothingAllowedLeavesTheTreeAsParsed() {
        assertThat(linked(PAGE, destination -> false)).isEqualTo(HTML.render(Markdown.renderingParser().parse(PAGE)))
                .doesNotContain("href=\"http://www").doesNotContain("mailto:")
                .contains("href=\"https://qemu.org/docs\"", "href=\"https://libvirt.org\"");
    }
}
