package dev.docloc.publish;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;

/**
 * Links bare URLs and e-mail addresses in the text of a document parsed without the autolink
 * extension ({@link dev.docloc.parse.Markdown#renderingParser()}), as the extension does: the same
 * extractor and the same nodes, so the same HTML. Unlike the extension it links only the
 * destinations a page may link. A source page links all of them; a translation only those its
 * source page links, the bare URLs that extraction locks and that must keep working in every
 * language. Any other URL or address in a translation was typed by a translator and stays text.
 *
 * <p>Destinations are written as the extension writes them: {@code https://a.org/x} as is,
 * {@code www.a.org} as {@code http://www.a.org}, {@code me@a.org} as {@code mailto:me@a.org}.
 * Thread-safe.
 */
final class Autolinker {
    private static final LinkExtractor EXTRACTOR = LinkExtractor.builder()
            .linkTypes(EnumSet.allOf(LinkType.class))
            .build();

    private Autolinker() {}

    /** The destinations that {@link #link} would link in {@code document}, which is left unchanged. */
    static Set<String> destinations(Node document) {
        Set<String> found = new HashSet<>();
        for (Text text : candidates(document)) {
            String literal = text.getLiteral();
            for (LinkSpan span : EXTRACTOR.extractLinks(literal)) {
                found.add(destination(span, literal));
            }
        }
        return found;
    }

    /**
     * Turns the bare URLs and e-mail addresses of {@code document} whose destination
     * {@code allowed} accepts into links; the others stay in their text. Returns the destinations
     * linked (of a source page linked whole: what {@link #destinations} would have found).
     */
    static Set<String> link(Node document, Predicate<String> allowed) {
        Set<String> linked = new HashSet<>();
        for (Text text : candidates(document)) {
            link(text, allowed, linked);
        }
        return linked;
    }

    /** Splits a text around its allowed links, as the extension does; a text without one stays as it is. */
    private static void link(Text text, Predicate<String> allowed, Set<String> linked) {
        String literal = text.getLiteral();
        Node last = text;
        int done = 0;
        for (LinkSpan span : EXTRACTOR.extractLinks(literal)) {
            String destination = destination(span, literal);
            if (!allowed.test(destination)) {
                continue; // stays part of the text before the next link
            }
            if (span.getBeginIndex() > done) {
                last = insertAfter(last, new Text(literal.substring(done, span.getBeginIndex())));
            }
            linked.add(destination);
            Link link = new Link(destination, null);
            link.appendChild(new Text(literal.substring(span.getBeginIndex(), span.getEndIndex())));
            last = insertAfter(last, link);
            done = span.getEndIndex();
        }
        if (last != text) {
            if (done < literal.length()) {
                insertAfter(last, new Text(literal.substring(done)));
            }
            text.unlink();
        }
    }

    private static String destination(LinkSpan span, String literal) {
        String text = literal.substring(span.getBeginIndex(), span.getEndIndex());
        return switch (span.getType()) {
            case EMAIL -> "mailto:" + text;
            case WWW -> "http://" + text;
            case URL -> text;
        };
    }

    private static Node insertAfter(Node previous, Node node) {
        previous.insertAfter(node);
        return node;
    }

    /** The text nodes that are not in a link, collected first so that linking cannot disturb the walk. */
    private static List<Text> candidates(Node document) {
        List<Text> texts = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                // a link's text is never linked again
            }

            @Override
            public void visit(Text text) {
                texts.add(text);
            }
        });
        return texts;
    }
}
