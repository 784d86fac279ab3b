package dev.docloc.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Parses {@link ContentTab}s: the marker line, whose title is the tab's first child, a one-line
 * {@link ContentTab.Title}, and the lines indented below it.
 */
final class ContentTabParser extends IndentedContainerParser {
    /**
     * The marker, blanks and the title in double quotes (group 1), up to the last quote of the
     * line, as pymdownx.tabbed reads it.
     */
    private static final Pattern MARKER = Pattern.compile("===[!+]{0,2}[ \\t]+\"(.*)\"[ \\t]*", Pattern.DOTALL);

    private final ContentTab block = new ContentTab();

    @Override
    public Block getBlock() {
        return block;
    }

    /** Starts a tab at a marker line that does not continue a paragraph. */
    static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            Matcher m = markerLine(state, matched, MARKER, false);
            if (m == null) {
                return BlockStart.none();
            }
            var title = new MarkerTitleParser(new ContentTab.Title(), m.end(1) - m.start(1));
            return BlockStart.of(new ContentTabParser(), title).atIndex(m.start(1));
        }
    }
}
