package dev.docloc.parse;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Parses {@link Admonition}s: the marker line, whose quoted title, when it has one, is the
 * admonition's first child, and the lines indented below it.
 */
final class AdmonitionParser extends IndentedContainerParser {
    /**
     * The marker, the type and further classes (letters, digits, {@code _} and {@code -} of any
     * script, as Python's {@code \w}) and an optional title in double quotes, up to the last quote
     * of the line, as Python-Markdown reads them; or, for a collapsible one, a title
     * alone ({@code ??? "Title"}), as pymdownx.details reads it. The line holds no line ending:
     * any other character, U+2028 and U+0085 included, is one of the title (CommonMark's and
     * Python's lines end only at a line feed or a carriage return).
     */
    private static final Pattern MARKER = Pattern.compile("(?<marker>!!!|\\?\\?\\?\\+?)[ \\t]*"
            + "(?:(?<classes>[\\w-]+(?:[ \\t]+[\\w-]+)*)(?:[ \\t]+\"(?<title>.*)\")?|\"(?<only>.*)\")[ \\t]*",
            Pattern.DOTALL | Pattern.UNICODE_CHARACTER_CLASS);

    private final Admonition block;

    private AdmonitionParser(Admonition block) {
        this.block = block;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    /**
     * Whether marker line {@code m} ends the paragraph before it, as Python-Markdown splits a
     * block at a marker line: only at the paragraph's own column, with at most one space after
     * the marker, and not in the first block of a list item, which Python-Markdown reads as text
     * of the item.
     */
    private static boolean interrupts(ParserState state, MatchedBlockParser matched, Matcher m) {
        Block paragraph = matched.getMatchedBlockParser().getBlock();
        if (state.getIndent() > 0
                || paragraph.getParent() instanceof org.commonmark.node.ListItem && paragraph.getPrevious() == null) {
            return false;
        }
        int after = m.start(m.group("classes") != null ? "classes" : "only");
        String gap = state.getLine().getContent().subSequence(m.end("marker"), after).toString();
        return gap.isEmpty() || gap.equals(" ");
    }

    /** Starts an admonition at a marker line, which ends a paragraph before it as in Python-Markdown. */
    static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            // a marker line may end a paragraph, where interrupts() says (a translation's is escaped)
            Matcher m = markerLine(state, matched, MARKER, true);
            if (m == null) {
                return BlockStart.none();
            }
            Admonition.Form form = switch (m.group("marker")) {
                case "!!!" -> Admonition.Form.BOX;
                case "???" -> Admonition.Form.COLLAPSED;
                default -> Admonition.Form.EXPANDED;
            };
            if (!matched.getParagraphLines().isEmpty() && !interrupts(state, matched, m)) {
                return BlockStart.none();
            }
            String types = m.group("classes");
            if (types == null && form == Admonition.Form.BOX) {
                return BlockStart.none(); // Python-Markdown's admonitions need a type
            }
            List<String> classes = types == null ? List.of() : List.of(types.toLowerCase(Locale.ROOT).split("[ \\t]+"));
            String group = types == null ? "only" : "title";
            String title = m.group(group);
            var parser = new AdmonitionParser(new Admonition(form, classes, "".equals(title)));
            if (title == null || title.isEmpty()) {
                return BlockStart.of(parser).atIndex(state.getLine().getContent().length());
            }
            return BlockStart.of(parser, new MarkerTitleParser(new Admonition.Title(), title.length()))
                    .atIndex(m.start(group));
        }
    }
}
