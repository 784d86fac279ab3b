package dev.docloc.publish;

import dev.docloc.parse.HeadingAttributes;
import dev.docloc.parse.Markdown;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * What other stages need to know of a page's published shape: its leaf blocks, in the order
 * {@link SitePage#untranslatedBlocks()} counts them, the ids its headings get, and the title its
 * first level-1 heading gives it.
 */
public final class PageOutline {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** The characters of a page body first parsed for its title: most pages start with it. */
    private static final int FIRST_PART = 4096;

    private PageOutline() {}

    /**
     * The plain text of the page's first level-1 heading (ATX {@code #} or setext {@code ===})
     * that has any, as MkDocs titles a page without a title of its own: its text, code spans'
     * content, link text and image alt text, without markup or attribute block, whitespace
     * collapsed. Only a heading at the top level counts, not one in a quote, list or box; empty
     * when there is none. Only the top-level blocks up to that heading are looked at.
     */
    public static Optional<String> title(Node document) {
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() == 1) {
                String text = WHITESPACE.matcher(Blocks.text(h)).replaceAll(" ").strip();
                if (!text.isEmpty()) {
                    return Optional.of(text);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * {@link #title(Node)} of page text (front matter and all) not parsed yet. Only as much of its
     * body is parsed as finding the heading takes: what block a line starts depends only on the
     * lines before it, so the first level-1 heading of a part is the page's, unless its text holds
     * a bracket and a link reference or footnote definition ({@code [label]:}) further down may
     * make a link of it.
     */
    public static Optional<String> title(String text) {
        String body = MarkdownBody.body(text);
        for (int length = FIRST_PART; ; length = (int) Math.min(Integer.MAX_VALUE, length * 4L)) {
            int newline = length >= body.length() ? -1 : body.indexOf('\n', length);
            String part = newline < 0 ? body : body.substring(0, newline + 1);
            Optional<String> title = title(Markdown.renderingParser().parse(part));
            if (part.length() == body.length() || title.isPresent()
                    && (title.get().indexOf('[') < 0 || body.indexOf("]:", part.length()) < 0)) {
                return title;
            }
        }
    }

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
