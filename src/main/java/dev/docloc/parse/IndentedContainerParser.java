package dev.docloc.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * A container, like a list item, whose lines are blank or indented four columns, which it leaves
 * to its blocks: an {@link Admonition} or a {@link ContentTab} below its marker line.
 */
abstract class IndentedContainerParser extends AbstractBlockParser {
    /** How far the container's blocks are indented. */
    static final int INDENT = 4;

    /**
     * The marker line the container starts at, matched whole by {@code marker} from its first
     * non-blank; null when the line is not one, is indented four columns (code) or would continue
     * a paragraph that the marker does not {@code interrupt}.
     */
    static Matcher markerLine(ParserState state, MatchedBlockParser matched, Pattern marker, boolean interrupt) {
        if (state.getIndent() >= INDENT || !interrupt && !matched.getParagraphLines().isEmpty()) {
            return null;
        }
        CharSequence line = state.getLine().getContent();
        int start = state.getNextNonSpaceIndex();
        // most lines start with none of the markers' characters: no matcher for them
        if (start >= line.length() || "!?=".indexOf(line.charAt(start)) < 0) {
            return null;
        }
        Matcher m = marker.matcher(line).region(start, line.length());
        return m.matches() ? m : null;
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    @Override
    public boolean canContain(Block childBlock) {
        return true;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (state.isBlank()) {
            return BlockContinue.atIndex(state.getNextNonSpaceIndex());
        }
        if (state.getIndent() >= INDENT) {
            return BlockContinue.atColumn(state.getColumn() + INDENT);
        }
        return BlockContinue.none();
    }
}
