package dev.docloc.parse;

import org.commonmark.node.Block;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.ParserState;

/**
 * The quoted title on the marker line of a {@link ContentTab} or an {@link Admonition}: one line,
 * started at the title's first character and cut before its closing quote, parsed as inline
 * content. Its source span is the title's, not the marker line's.
 */
final class MarkerTitleParser extends AbstractBlockParser {
    private final Block title;
    private final int length;
    private SourceLine line;

    MarkerTitleParser(Block title, int length) {
        this.title = title;
        this.length = length;
    }

    @Override
    public Block getBlock() {
        return title;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        return BlockContinue.none();
    }

    @Override
    public void addLine(SourceLine line) {
        this.line = line.substring(0, length);
    }

    @Override
    public void addSourceSpan(SourceSpan sourceSpan) {
    }

    @Override
    public void closeBlock() {
        if (line != null && line.getSourceSpan() != null) {
            title.addSourceSpan(line.getSourceSpan());
        }
    }

    @Override
    public void parseInlines(InlineParser inlineParser) {
        if (line != null) {
            inlineParser.parse(SourceLines.of(line), title);
        }
    }
}
