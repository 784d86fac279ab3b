package dev.docloc.parse;

import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/** Test helper: what a parsed node covers of its page. */
final class Spans {
    private Spans() {}

    /** The page's text from the start of the node's first source span to the end of its last. */
    static String source(String markdown, Node n) {
        List<SourceSpan> spans = n.getSourceSpans();
        SourceSpan last = spans.get(spans.size() - 1);
        return markdown.substring(spans.get(0).getInputIndex(), last.getInputIndex() + last.getLength());
    }
}
