package dev.docloc.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rendering parser gives the parser's HTML once its bare URLs are linked: see
 * {@code dev.docloc.publish.AutolinkerTest}.
 */
class MarkdownTest {

    @Test
    void theRenderingParserLeavesBareUrlsAsText() {
        String text = "See www.linux-kvm.org, https://qemu.org and kvm@vger.kernel.org; or <https://libvirt.org>.\n";
        String linked = Markdown.htmlRenderer().build().render(Markdown.parser().parse(text));
        String plain = Markdown.htmlRenderer().build().render(Markdown.renderingParser().parse(text));
        assertThat(linked).contains("href=\"http://www.linux-kvm.org\"", "href=\"mailto:kvm@vger.kernel.org\"");
        assertThat(plain).isEqualTo("<p>See www.linux-kvm.org, https://qemu.org and kvm@vger.kernel.org; or"
                + " <a href=\"https://libvirt.org\">https://libvirt.org</a>.</p>\n");
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
