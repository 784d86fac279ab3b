package dev.docloc.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.testutil.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pages built to be slow: a 10 MB line and 10,000 levels of nesting. Extract and merge finish
 * (bounded by the timeouts, which only catch hangs) and the untranslated page is byte-identical.
 */
class PathologicalMarkdownTest {
    private static String nested(String kind, int depth) {
        return switch (kind) {
            case "quotes" -> ">".repeat(depth) + " deep\n";
            case "brackets" -> "[".repeat(depth) + "x" + "]".repeat(depth) + "\n";
            case "links" -> "[a](".repeat(depth) + "x" + ")".repeat(depth) + "\n";
            case "emphasis" -> "*a ".repeat(depth) + "b" + " c*".repeat(depth) + "\n";
            case "parentheses" -> "[a](" + "(".repeat(depth) + ")".repeat(depth) + ")\n";
            case "lists" -> "- ".repeat(depth) + "item\n";
            case "html" -> "<span>".repeat(depth) + "x" + "</span>".repeat(depth) + "\n";
            case "code spans" -> "`".repeat(depth) + "x" + "`".repeat(depth - 1) + "\n";
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"quotes", "brackets", "links", "emphasis", "parentheses", "lists", "html", "code spans"})
    @Timeout(60)
    void tenThousandLevelsOfNesting(String kind) {
        String md = nested(kind, 10_000);
        assertThat(Pipeline.identity(md)).isEqualTo(md);
        assertThat(Pipeline.pseudo(md, "en-XA").rejected()).isEmpty();
    }

    /** One sentence of 2,000,000 words: about 0.3 MB/s on one core, so this takes half a minute. */
    @Test
    @Timeout(180)
    void tenMegabyteSingleLine() {
        String md = "word ".repeat(2_000_000) + "\n";
        assertThat(md.length()).isGreaterThanOrEqualTo(10_000_000);
        assertThat(Pipeline.identity(md)).isEqualTo(md);
    }
}
