package dev.docloc.merge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.parse.Page;
import dev.docloc.parse.PageParser;
import dev.docloc.segment.Part;
import dev.docloc.segment.Text;
import dev.docloc.testutil.Html;
import dev.docloc.testutil.Pipeline;
import java.util.Map;
import java.util.Random;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code [}, {@code ]} and {@code ~} in translated text are escaped only where Markdown would
 * read them as syntax: the merged page keeps the source's element tree and shows the translated
 * text as typed, whatever brackets and tildes it holds.
 */
class BracketTildeEscapingTest {
    private static final String DEFINITIONS = "\n\n[xy]: /defined\n\n[^x]: A note.\n";

    @Test
    void bracketsAndTildesThatAreTextStayUnescaped() {
        assertThat(merged("Some text.\n", "See [x] and [1] here, ~5 GB, a ~ b."))
                .isEqualTo("See [x] and [1] here, ~5 GB, a ~ b.\n");
        // a release note: [a][b] is a link only when b is defined
        assertThat(merged("- Some text.\n", "[PR #12][alice] [bugfix] Fixes it, ~2x faster."))
                .isEqualTo("- [PR #12][alice] [bugfix] Fixes it, ~2x faster.\n");
        // inside the text of a link, a balanced pair is text too
        assertThat(merge("[Some text](/u)\n", t -> t.replace("Some", "[RFC] Some"))).isEqualTo("[[RFC] Some text](/u)\n");
    }

    @Test
    void bracketsAndTildesThatWouldBeSyntaxAreEscaped() {
        assertThat(merged("Some text." + DEFINITIONS, "See [xy], [a](b), [b][xy], [xy][] and [^x]."))
                .startsWith("See \\[xy\\], \\[a\\](b), \\[b\\]\\[xy\\], \\[xy\\][] and \\[^x\\].\n");
        // a link reference definition
        assertThat(merged("Some text.\n", "[x]: /u")).isEqualTo("\\[x\\]: /u\n");
        // two runs of one tilde could strike through what is between them; three open a fence
        assertThat(merged("Some text.\n", "from ~5 to ~9 GB")).isEqualTo("from \\~5 to \\~9 GB\n");
        assertThat(merged("Some text.\n", "~~~ x")).isEqualTo("\\~\\~\\~ x\n");
        // next to the source's strikethrough, a tilde would lengthen its run
        assertThat(merge("Some ~~old~~ text.\n", t -> t.replace("Some ", "Some~"))).isEqualTo("Some\\~~~old~~ text.\n");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"aaa bbb ccc\n", "- aaa bbb ccc\n", "> aaa bbb ccc\n", "aaa [bbb](/u) ccc\n",
        "aaa[bbb](/u)ccc\n", "aaa ~~bbb~~ ccc\n", "aaa~bbb~ccc\n", "aaa `x` bbb *ccc*\n", "| h |\n|---|\n| aaa bbb ccc |\n",
        "- [ ] aaa bbb ccc\n", "aaa\nbbb ccc\n", "# aaa bbb ccc\n"})
    void anyBracketsAndTildesKeepTheElementTreeAndShowAsTyped(String template) {
        Random random = new Random(template.hashCode());
        String alphabet = "[[]]()~~^:!\\ xy";
        for (String page : new String[] {template, template + DEFINITIONS}) {
            String structure = Html.structure(page);
            String sourceText = text(page);
            for (int n = 0; n < 300; n++) {
                Map<String, String> words = Map.of("aaa", word(random, alphabet), "bbb", word(random, alphabet),
                        "ccc", word(random, alphabet));
                String merged = merge(page, t -> replaceAll(t, words));
                assertThat(Html.structure(merged)).as("%s%n--- became ---%n%s", page, merged).isEqualTo(structure);
                assertThat(text(merged)).as("%s%n--- became ---%n%s", page, merged)
                        .isEqualTo(replaceAll(sourceText, words).replaceAll("\\s+", " ").strip());
            }
        }
    }

    /**
     * A letter and up to nine characters of {@code alphabet}, with no space at the end. (Written
     * first in a list item, "[x] " makes a task list item however it is escaped: commonmark-java
     * reads the marker from the unescaped text.)
     */
    private static String word(Random random, String alphabet) {
        StringBuilder sb = new StringBuilder().append("xy".charAt(random.nextInt(2)));
        for (int i = random.nextInt(10); i > 0; i--) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString().strip();
    }

    private static String replaceAll(String s, Map<String, String> words) {
        String out = s;
        for (Map.Entry<String, String> w : words.entrySet()) {
            out = out.replace(w.getKey(), w.getValue());
        }
        return out;
    }

    /** What a reader sees of the rendered page, whitespace collapsed. */
    private static String text(String markdown) {
        return Jsoup.parseBodyFragment(Html.render(markdown)).body().text().replaceAll("\\s+", " ").strip();
    }

    /** The page merged with {@code target} for its text "Some text.". */
    private static String merged(String markdown, String target) {
        return merge(markdown, t -> t.replace("Some text.", target));
    }

    private static String merge(String markdown, java.util.function.UnaryOperator<String> translate) {
        Page page = PageParser.parse("page.md", markdown);
        return Merger.merge(page, Pipeline.EXTRACTOR.extract(page), (u, s) -> s.source().stream()
                .map(p -> p instanceof Text t ? (Part) new Text(translate.apply(t.text())) : p).toList(), "pt-BR").text();
    }
}
