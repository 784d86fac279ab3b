package dev.docloc.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Parses {@link ContentTab}s: a container, like a list item, whose lines are indented four
 * columns (blank lines included), with a one-line {@link ContentTab.Title} as its first child.
 */
final class ContentTabParser extends AbstractBlockParser {
    /** How far a tab's blocks are indented. */
    private static final int INDENT = 4;
    /**
     * The marker, blanks and the title in double quotes (group 1), up to the last quote of the
     * line, as pymdownx.tabbed reads it.
     */
    private static final Pattern MARKER = Pattern.compile("===[!+]{0,2}[ \\t]+\"(.*)\"[ \\t]*");

    private final ContentTab block = new ContentTab();

    @Override
    public Block getBlock() {
        return block;
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

    /** Starts a tab at a marker line that does not continue a paragraph. */
    static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= INDENT || !matched.getParagraphLines().isEmpty()) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            Matcher m = MARKER.matcher(line).region(state.getNextNonSpaceIndex(), line.length());
            if (!m.matches()) {
                return BlockStart.none();
            }
            return BlockStart.of(new ContentTabParser(), new TitleParser(m.end(1) - m.start(1))).atIndex(m.start(1));
        }
    }

    /** The title: the rest of the marker line, from the title's first character, cut before its closing quote. */
    private static final class TitleParser extends AbstractBlockParser {
        private final ContentTab.Title title = new ContentTab.Title();
        private final int length;
        private SourceLine line;

        TitleParser(int length) {
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

        /** The title's span is its text's, not the marker line's. */
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
}
