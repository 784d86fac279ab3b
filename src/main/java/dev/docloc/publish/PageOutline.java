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

    /**
     * Paragraphs, headings, table cells and the titles of admonitions and content tabs, nested
     * ones included, in document order.
     */
    public static List<Node> leafBlocks(Node document) {
        return List.copyOf(Blocks.of(document).leaves);
    }

    /**
     * The ids of the page's headings: the id of a heading's attribute block, else the
     * GitHub-style slug of its text, unique per page and never the id of a footnote.
     */
    public static Set<String> headingIds(Node document) {
        Blocks blocks = Blocks.of(document);
        List<Heading> headings = blocks.headings;
        return new LinkedHashSet<>(ids(headings, headings.stream().map(Blocks::text).toList(), blocks.footnoteIds()));
    }

    /**
     * The id of each heading: its attribute block's, else the slug of its text in {@code texts}
     * (the source's, for a translated page), unique on the page: the page's own ids and the
     * {@code reserved} ids of other elements are taken before any heading is slugged.
     */
    static List<String> ids(List<Heading> headings, List<String> texts, java.util.Set<String> reserved) {
        Slugger slugger = new Slugger();
        reserved.forEach(slugger::reserve);
        headings.forEach(h -> HeadingAttributes.idOf(h).ifPresent(slugger::reserve));
        List<String> ids = new java.util.ArrayList<>(headings.size());
        for (int i = 0; i < headings.size(); i++) {
            String text = texts.get(i);
            ids.add(HeadingAttributes.idOf(headings.get(i)).orElseGet(() -> slugger.slug(text)));
        }
        return ids;
    }
}
