package dev.docloc.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The link checker's tag scanner finds exactly the start tags that its two regular expressions
 * (the definition in {@link TagScanner}'s Javadoc, kept here as the oracle) find: on the pages of
 * a rendered site, on hand-made edge cases and on generated markup.
 */
class TagScannerTest {
    private static final Pattern SKIPPED = Pattern.compile(
            "<!--.*?-->|<(script|style)(?![\\p{L}\\p{Nd}_\\p{Mn}])[^>]*>.*?</\\1\\s*>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>");

    private static List<TagScanner.Tag> oracle(String html) {
        String s = SKIPPED.matcher(html).replaceAll("");
        List<TagScanner.Tag> out = new ArrayList<>();
        Matcher m = TAG.matcher(s);
        while (m.find()) {
            out.add(new TagScanner.Tag(m.group(1), m.group(2)));
        }
        return out;
    }

    @Test
    void edgeCases() {
        List<String> cases = List.of(
                "<a href=\"x\">t</a><img src='y.png'>",
                "<a title=\"1 > 0\" href=\"z\">",
                "<a title=\"unclosed href=\"q\">x</a> <b>",
                "<!-- <a href=\"hidden\"> --><a href=\"shown\">",
                "<!-- never closed <a href=\"a\">",
                "<script>var a = '<a href=\"s\">';</script><a href=\"after\">",
                "<SCRIPT type=x>x</script ><a href=b>",
                "<scripts><a href=\"c\"></scripts>",
                "<script\u0301><a href=\"d\"></script>", "<scripté>x</script><a href=\"y\">", "<style_>x</style>",
                "<script9>x</script><a>", "<script-x>y</script><b>",
                "<style>p{}</STYLE\n><a id=e>",
                "<script>no end <a href=\"f\">",
                "<ſcript>x</ſcript><a href=g>",
                "<a <!-- c --> href=\"joined\">",
                "<h2 id=\"t\" class='x'>T</h2><1a><-a><a-b c=d>",
                "<a href=\"x\"", "<", "<a", "text only", "",
                "<a title='it''s' href=ok>", "<script><!--</script>--><a href=h>");
        for (String html : cases) {
            assertThat(TagScanner.startTags(html)).as(html).isEqualTo(oracle(html));
        }
        assertThat(TagScanner.startTags("<!-- <a href=\"hidden\"> --><a href=\"shown\">"))
                .containsExactly(new TagScanner.Tag("a", " href=\"shown\""));
    }

    @Test
    void generatedMarkup() {
        List<String> pieces = List.of("<", ">", "a", "A", " ", "\"", "'", "=", "href", "<a ", "<img src=", "</a>",
                "<!--", "-->", "<script>", "</script>", "<SCRIPT", "</Script >", "<style", "</style>", "<scripts>", "\n",
                "x", "-", "1", "é", "\u0301", "#", "<b>", "</", "<p id='q'>");
        Random random = new Random(2611);
        int tags = 0;
        for (int n = 0; n < 40_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(24); k > 0; k--) {
                b.append(pieces.get(random.nextInt(pieces.size())));
            }
            String html = b.toString();
            List<TagScanner.Tag> expected = oracle(html);
            assertThat(TagScanner.startTags(html)).as(html).isEqualTo(expected);
            tags += expected.size();
        }
        assertThat(tags).isGreaterThan(20_000);
    }

    @Test
    void pagesOfARenderedSite(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        SiteWriter.write(SiteFixture.site(), site);
        int pages = 0;
        try (Stream<Path> files = Files.walk(site)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(page);
                assertThat(TagScanner.startTags(html)).as(page.toString()).isEqualTo(oracle(html));
                pages++;
            }
        }
        assertThat(pages).isGreaterThan(3);
    }
}
