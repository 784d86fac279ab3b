package dev.docloc.merge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.parse.Page;
import dev.docloc.parse.PageParser;
import dev.docloc.segment.Part;
import dev.docloc.segment.Text;
import dev.docloc.testutil.Html;
import dev.docloc.testutil.Pipeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A translated paragraph is laid out as its source is: filled at the page's fill column, one
 * sentence per line, or on one line. A translation that keeps the length of every word (each ASCII
 * letter replaced by an Armenian one) must then give back the source's line breaks exactly: the
 * merged page, its letters mapped back, is the source.
 */
class LineBreakFidelityTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"firecracker/CONTRIBUTING.md", "bilingual/en/opentelemetry.io/docs/collector/quick-start.md",
        "kata-containers/docs/design/vcpu-threads-pinning.md"})
    void aRealPageComesBackWithItsLineBreaks(String path) {
        // firecracker fills at 80 and keeps links whole; the quick start has long URL lines; a
        // paragraph of the kata page ends a line before an image
        String page = vendored(path);
        assertThat(page).doesNotContainPattern("[\u0531-\u0586]");
        assertThat(fromArmenian(merge(page, LineBreakFidelityTest::toArmenian))).isEqualTo(page);
    }

    @Test
    void aLongUrlOnALineOfItsOwnDoesNotSetTheWidth() {
        String page = """
                Read the guide for the details of how the virtual machine monitor sets up the
                https://example.com/docs/a/very/long/path/to/the/page/about/guest/memory/index.html
                and how it gives the memory back to the host when the guest does not need it
                any more.
                """;
        assertThat(fromArmenian(merge(page, LineBreakFidelityTest::toArmenian))).isEqualTo(page);
    }

    @Test
    void aLineMayEndAtAnySpaceOfTheText() {
        // ICU line breaking allows no break before "!" or ")", but a source filled at spaces has them
        String page = """
                The process has the following steps, and the methods are in the file named
                ![the diagram](steps.png) with a note for each of them, here on this page
                ) and there.
                """;
        assertThat(fromArmenian(merge(page, LineBreakFidelityTest::toArmenian))).isEqualTo(page);
    }

    @Test
    void oneSentencePerLineStaysOneSentencePerLine() {
        String page = """
                - The guest boots.
                  Then it mounts the shared file system and starts the agent.
                  Done.
                """;
        assertThat(fromArmenian(merge(page, LineBreakFidelityTest::toArmenian))).isEqualTo(page);
        // a longer translation of each sentence still gets a line of its own, wrapped nowhere
        String merged = merge(page, s -> switch (s) {
            case "The guest boots." -> "O sistema convidado inicializa.";
            case "Then it mounts the shared file system and starts the agent." ->
                    "Depois monta o sistema de arquivos compartilhado e inicia o agente.";
            default -> "Pronto.";
        });
        assertThat(merged).isEqualTo("""
                - O sistema convidado inicializa.
                  Depois monta o sistema de arquivos compartilhado e inicia o agente.
                  Pronto.
                """);
    }

    @Test
    void linesThatAllEndInHardBreaksAreNotWrapped() {
        // no soft line break, so no sign of a fill column: each line is a line of its own
        String page = "> If it is nil,\\\n> KSM stays off.\n";
        String merged = merge(page, s -> s.replace("If it is nil,", "Se for nulo,")
                .replace("KSM stays off.", "o KSM fica desligado em todos os nós."));
        assertThat(merged).isEqualTo("> Se for nulo,\\\n> o KSM fica desligado em todos os nós.\n");
    }

    @Test
    void aLinkStaysWholeOnAPageThatNeverBreaksOne() {
        String page = """
                The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.0.0/),
                and this project adheres to
                [Semantic Versioning](https://semver.org/spec/v2.0.0.html).
                """;
        assertThat(fromArmenian(merge(page, LineBreakFidelityTest::toArmenian))).isEqualTo(page);
        // where another paragraph of the page breaks inside a link's text, so may the translation
        String breaking = page + "\nSee the [list of\nchanges](CHANGELOG.md) and the notes of each release of the project.\n";
        assertThat(fromArmenian(merge(breaking, LineBreakFidelityTest::toArmenian)))
                .startsWith("The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.0.0/),\n"
                        + "and this project adheres to [Semantic\nVersioning]");
    }

    @Test
    void aShortParagraphIsFilledAtThePagesColumn() {
        // the first two paragraphs are filled at 69 to 72; alone, the third could be filled at 61
        String page = """
                The balloon device lets the host reclaim memory from a running guest,
                which gives it back when the host asks for it through the API of the
                virtual machine monitor.

                A guest that runs out of memory can deflate the balloon on its own if
                the option that allows it was set when the device was created.

                Statistics are read from the guest at the interval set by the
                configuration, in seconds.
                """;
        String merged = merge(page, s -> s.replace("Statistics are read", "Dados lidos"));
        assertThat(merged).endsWith("""

                Dados lidos from the guest at the interval set by the configuration,
                in seconds.
                """);
    }

    @Test
    void aParagraphKeepsTheBlanksThatEndItsLastLine() {
        // as in the KubeVirt user guide (MkDocs): the two spaces end the line before the list there
        String page = "Further information:  \n- [KSM](https://example.com/ksm)\n\n"
                + "> If it is nil,  \n> KSM stays off. \t\n\nOne line.\t\n";
        String merged = merge(page, s -> s.replace("Further information:", "Mais informações:")
                .replace("If it is nil,", "Se for nulo,").replace("KSM stays off.", "o KSM fica desligado.")
                .replace("One line.", "Uma linha. "));
        assertThat(merged).isEqualTo("Mais informações:  \n- [KSM](https://example.com/ksm)\n\n"
                + "> Se for nulo,  \n> o KSM fica desligado. \t\n\nUma linha.\t\n");
        assertThat(Html.structure(merged)).isEqualTo(Html.structure(page));
    }

    /** The page merged with {@code translate} applied to every text of every segment. */
    private static String merge(String markdown, UnaryOperator<String> translate) {
        Page page = PageParser.parse("page.md", markdown);
        return Merger.merge(page, Pipeline.EXTRACTOR.extract(page), (u, s) -> s.source().stream()
                .map(p -> p instanceof Text t ? (Part) new Text(translate.apply(t.text())) : p).toList(), "hy").text();
    }

    /** Each ASCII letter replaced by an Armenian letter: every word keeps its length. */
    private static String toArmenian(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(c >= 'a' && c <= 'z' ? (char) (0x561 + c - 'a') : c >= 'A' && c <= 'Z' ? (char) (0x531 + c - 'A') : c);
        }
        return sb.toString();
    }

    private static String fromArmenian(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(c >= 0x561 && c < 0x561 + 26 ? (char) ('a' + c - 0x561) : c >= 0x531 && c < 0x531 + 26
                    ? (char) ('A' + c - 0x531) : c);
        }
        return sb.toString();
    }

    private static String vendored(String path) {
        try (InputStream in = LineBreakFidelityTest.class.getResourceAsStream("/corpus/" + path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
