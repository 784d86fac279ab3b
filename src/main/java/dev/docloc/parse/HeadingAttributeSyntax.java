package dev.docloc.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.SourceSpans;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Reads {@link HeadingAttributes}. The inline parser takes a {@code {}, after a blank, as the
 * start of a block when the block ends the inline content; being an inline parser, it never sees
 * a {@code {} that a backslash escapes or that is in a code span. The post-processor then keeps
 * the blocks that end a heading, cutting the blanks before them off the heading text, and turns
 * the others (a paragraph or a table cell that ends the same way) back into text.
 */
final class HeadingAttributeSyntax implements PostProcessor {

    /** The inline parser of attribute blocks. */
    static final class Factory implements org.commonmark.parser.beta.InlineContentParserFactory {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('{');
        }

        @Override
        public InlineContentParser create() {
            return HeadingAttributeSyntax::block;
        }
    }

    /** The block at the scanner's {@code {}, when it ends the inline content. */
    private static ParsedInline block(InlineParserState state) {
        Scanner scanner = state.scanner();
        int before = scanner.peekPreviousCodePoint();
        if (before != ' ' && before != '\t') {
            return ParsedInline.none();
        }
        Position start = scanner.position();
        scanner.next();
        // the block holds no brace or line break: look no further than the first one, so that a
        // line of many braces is read once
        int length = scanner.find(c -> c == '}' || c == '{' || c == '\n');
        if (length < 0 || !scanner.next('}') || scanner.hasNext()) {
            return ParsedInline.none();
        }
        String literal = scanner.getSource(start, scanner.position()).getContent();
        if (!HeadingAttributes.BLOCK.matcher(literal).matches()) {
            return ParsedInline.none();
        }
        return ParsedInline.of(new HeadingAttributes(literal), scanner.position());
    }

    @Override
    public Node process(Node document) {
        List<HeadingAttributes> found = new ArrayList<>();
        collect(document, found);
        for (HeadingAttributes a : found) {
            if (a.getParent() instanceof Heading && a.getNext() == null && a.getPrevious() != null) {
                trimBefore(a);
            } else {
                toText(a);
            }
        }
        return document;
    }

    /**
     * The blocks found under {@code block}. The inline parser makes one only where it ends a
     * block's inline content, before any closing delimiter or bracket could follow it, so it is
     * that block's last child: only blocks are walked, not their inline nodes.
     */
    private static void collect(Node block, List<HeadingAttributes> found) {
        Node first = block.getFirstChild();
        // a node's children are all blocks (or parts of a table) or all inline nodes
        if (first instanceof org.commonmark.node.Block || isTablePart(first)) {
            for (Node child = first; child != null; child = child.getNext()) {
                collect(child, found);
            }
        } else if (block.getLastChild() instanceof HeadingAttributes a) {
            found.add(a);
        }
    }

    /** The parts of a GFM table below its block, which are not blocks to commonmark-java. */
    private static boolean isTablePart(Node n) {
        return n instanceof org.commonmark.ext.gfm.tables.TableHead || n instanceof org.commonmark.ext.gfm.tables.TableBody
                || n instanceof org.commonmark.ext.gfm.tables.TableRow || n instanceof org.commonmark.ext.gfm.tables.TableCell;
    }

    /** Cuts the blanks before the block off the text before it; a text of blanks only goes. */
    private static void trimBefore(HeadingAttributes a) {
        if (!(a.getPrevious() instanceof Text text)) {
            return;
        }
        String literal = text.getLiteral();
        String kept = literal.stripTrailing();
        if (kept.isEmpty()) {
            text.unlink();
            return;
        }
        text.setLiteral(kept);
        List<SourceSpan> spans = new ArrayList<>(text.getSourceSpans());
        if (!spans.isEmpty()) {
            SourceSpan last = spans.remove(spans.size() - 1);
            int cut = literal.length() - kept.length();
            if (last.getLength() > cut) {
                spans.add(last.subSpan(0, last.getLength() - cut));
            }
            text.setSourceSpans(spans);
        }
    }

    /** Puts the block back as text, merged with the text nodes around it. */
    private static void toText(HeadingAttributes a) {
        Text text = new Text(a.literal());
        text.setSourceSpans(a.getSourceSpans());
        a.insertAfter(text);
        a.unlink();
        if (text.getPrevious() instanceof Text previous) {
            merge(previous, text);
            text = previous;
        }
        if (text.getNext() instanceof Text next) {
            merge(text, next);
        }
    }

    private static void merge(Text into, Text next) {
        SourceSpans spans = SourceSpans.empty();
        spans.addAll(into.getSourceSpans());
        spans.addAll(next.getSourceSpans());
        into.setLiteral(into.getLiteral() + next.getLiteral());
        into.setSourceSpans(spans.getSourceSpans());
        next.unlink();
    }
}
