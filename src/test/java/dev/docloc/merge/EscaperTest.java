package dev.docloc.merge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.segment.Region;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EscaperTest {
    private static final Pattern BLOCK_START = Pattern.compile("^(?:[#>=+|-]|\\d{1,9}[.)])");

    /** escapeBlockStart as it was written with the expression. */
    private static String escapeBlockStartWithExpression(String s) {
        var m = BLOCK_START.matcher(s);
        if (!m.find()) {
            return s;
        }
        int at = m.end() - 1;
        return s.charAt(at) == '='
                ? s.substring(0, at) + "&#x3D;" + s.substring(at + 1)
                : s.substring(0, at) + '\\' + s.substring(at);
    }

    /**
     * The definition startsBlock had before it read in place: on a copy of the rest, with an
     * expression (and the table delimiter row's {@code :-} since).
     */
    private static boolean startsBlockOnCopy(String s) {
        if (s.isEmpty() || Character.isWhitespace(s.charAt(0))) {
            return true;
        }
        return BLOCK_START.matcher(s).find() || s.startsWith("<") || s.startsWith("```") || s.startsWith("~~~")
                || s.startsWith("[^") || s.startsWith(":-");
    }

    @Test
    void inlineTextIsEscapedWhereMarkdownWouldReadSyntax() {
        assertThat(Escaper.inline("plain words, no syntax", Region.Syntax.INLINE, false)).isEqualTo("plain words, no syntax");
        assertThat(Escaper.inline("a *b* [c] `d` <e> ~f~ \\g", Region.Syntax.INLINE, false))
                .isEqualTo("a \\*b\\* \\[c\\] \\`d\\` \\<e> \\~f\\~ \\\\g");
        assertThat(Escaper.inline("snake_case _x_ &amp; & a|b #1", Region.Syntax.INLINE, false))
                .isEqualTo("snake_case \\_x\\_ \\&amp; & a|b #1");
        assertThat(Escaper.inline("a|b #1", Region.Syntax.TABLE_CELL, false)).isEqualTo("a\\|b #1");
        // a final '!' opens an image only before a '['
        assertThat(Escaper.inline("Take note!", Region.Syntax.INLINE, false, false)).isEqualTo("Take note!");
        assertThat(Escaper.inline("See!", Region.Syntax.INLINE, false, true)).isEqualTo("See\\!");
        assertThat(Escaper.inline("Wow! ok", Region.Syntax.INLINE, false, true)).isEqualTo("Wow! ok");
        // a '<' that cannot open a tag or an autolink is text: a comparison, a Hugo shortcode
        assertThat(Escaper.inline("if a < b or 3<4, {{< note >}} <= x <- y", Region.Syntax.INLINE, false))
                .isEqualTo("if a < b or 3<4, {{< note >}} <= x <- y");
        assertThat(Escaper.inline("<b> </i> <!-- <?php <https://x> <", Region.Syntax.INLINE, false))
                .isEqualTo("\\<b> \\</i> \\<!-- \\<?php \\<https://x> \\<");
        assertThat(Escaper.inline("# 1. x", Region.Syntax.HEADING, true)).isEqualTo("\\# 1. x");
        assertThat(Escaper.inline("1. x", Region.Syntax.INLINE, true)).isEqualTo("1\\. x");
        // a translation must not start an MkDocs admonition, which Python-Markdown reads in a paragraph too
        assertThat(Escaper.inline("!!! danger \"X\"", Region.Syntax.INLINE, true)).isEqualTo("\\!!! danger \"X\"");
        // Python-Markdown takes no backslash before ? or =: MkDocs would show it
        assertThat(Escaper.inline("???+ tip", Region.Syntax.INLINE, true)).isEqualTo("&#x3F;??+ tip");
        assertThat(Escaper.inline("=== \"Linux\"", Region.Syntax.INLINE, true)).isEqualTo("&#x3D;== \"Linux\"");
        assertThat(Escaper.inline("Wow!!! ok???", Region.Syntax.INLINE, true)).isEqualTo("Wow!!! ok???");
        // a Markdown line ending, with the spaces and tabs around it, becomes one space
        for (String br : new String[] {"\n", "\r", "\r\n"}) {
            assertThat(Escaper.inline("one \t" + br + "  two*", Region.Syntax.INLINE, false)).isEqualTo("one two\\*");
        }
        // other separators are characters of the line to CommonMark, and stay as they are
        for (String c : new String[] {"\u000B", "\u000C", "\u0085", "\u2028", "\u2029"}) {
            assertThat(Escaper.inline("one" + c + "two", Region.Syntax.INLINE, false)).isEqualTo("one" + c + "two");
        }
    }

    @Test
    void aLineThatWouldStartABlock() {
        for (String s : new String[] {"", " x", "\tx", "# x", "> x", "- x", "+ x", "= x", "| x", "<b>", "1. x",
            "123456789) x", "```", "~~~ x", "[^1]: x", "[^note]", ":--- |", ":-", "!!! note", "???+ tip \"T\""}) {
            assertThat(Escaper.startsBlock("word " + s, 5)).as(s).isTrue();
        }
        // a link reference definition cannot interrupt a paragraph
        for (String s : new String[] {"x", "1234567890. x", "1x. y", "``x", "~~x", ".x", ")x", "*x", "_x", "[x]: y", ": x", ":x", "!! x", "?? x", "!x"}) {
            assertThat(Escaper.startsBlock("word " + s, 5)).as(s).isFalse();
        }
    }

    @Test
    void readsInPlaceAsTheExpressionReadsTheRest() {
        Random random = new Random(20261126);
        // with Unicode spaces, surrogates and digits of other scripts, which are not \\d
        String alphabet = "0123456789.):#>=+|-<`~[^ \tab*_\u00e9\n\u2028\u1680\u2000\u3000\u001c\u00a0\ud83d\ude00\u0661\uff11";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(16); i > 0; i--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = s.toString();
            for (int from = 0; from <= text.length(); from++) {
                assertThat(Escaper.startsBlock(text, from)).as("\"%s\" at %d", text, from)
                        .isEqualTo(startsBlockOnCopy(text.substring(from)));
            }
            assertThat(Escaper.escapeBlockStart(text)).as(text).isEqualTo(escapeBlockStartWithExpression(text));
        }
    }
}
