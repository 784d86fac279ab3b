package dev.docloc.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.testutil.SpecExamples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

class MarkdownTest {
    private static final HtmlRenderer HTML = Markdown.htmlRenderer().build();

    /** Publishing parses without source spans: the same tree, so the same HTML, as the spans parser. */
    @Test
    void theRenderingParserRendersWhatTheParserRenders() throws IOException {
        List<String> texts = new ArrayList<>();
        Stream.concat(SpecExamples.read("/spec.txt").stream(), SpecExamples.read("/gfm-spec.txt").stream())
                .forEach(e -> texts.add(e.markdown()));
        try (Stream<Path> pages = Files.walk(Path.of("src/test/resources/corpus"))) {
            for (Path p : pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        assertThat(texts).hasSizeGreaterThan(1000);
        for (String text : texts) {
            Node spans = Markdown.parser().parse(text);
            Node plain = Markdown.renderingParser().parse(text);
            assertThat(HTML.render(plain)).as(text).isEqualTo(HTML.render(spans));
        }
    }

    /** The trees publishing renders come from the rendering parser: nothing there may read a span. */
    @Test
    void publishingReadsNoSourceSpan() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/docloc/publish"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                assertThat(Files.readString(f, StandardCharsets.UTF_8)).as(f.toString())
                        .doesNotContain("getSourceSpans").doesNotContain("SourceSpan");
            }
        }
    }
}
