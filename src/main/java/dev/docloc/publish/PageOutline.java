package dev.docloc.publish;

import dev.docloc.parse.HeadingAttributes;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * What other stages need to know of a page's published shape: its leaf blocks, in the order
 * {@link SitePage#untranslatedBlocks()} counts them, and the ids its headings get.
 */
public final class PageOutline {
    private PageOutline() {}

    /** Paragraphs, headings and table cells, nested ones included, in document order. */
    public static List<Node> leafBlocks(Node document) {
        return List.copyOf(Blocks.of(document).leaves);
    }

    /**
     * The ids of the page's headings: the id of a heading's attribute block, else the
     * GitHub-style slug of its text, unique per page.
     */
    public static Set<String> headingIds(Node document) {
        Slugger slugger = new Slugger();
        Set<String> ids = new LinkedHashSet<>();
        List<Heading> headings = Blocks.of(document).headings;
        headings.forEach(h -> HeadingAttributes.idOf(h).ifPresent(slugger::reserve));
        for (Heading h : headings) {
            ids.add(HeadingAttributes.idOf(h).orElseGet(() -> slugger.slug(Blocks.text(h))));
        }
        return ids;
    }
}
