package dev.docloc.publish;

import java.util.IdentityHashMap;
import java.util.Map;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * Adds the source heading slugs as heading ids, marks blocks that show source text with the
 * source language (and its direction when it differs from the page's), and labels footnote back
 * links in the page's language.
 */
final class PageAttributes implements AttributeProvider {
    private final Map<Node, String> ids;
    private final Map<Node, Boolean> untranslated;
    private final String sourceLocale;
    private final String sourceDir;
    private final String pageDir;
    private final String pageLocale;

    PageAttributes(IdentityHashMap<Node, String> ids, IdentityHashMap<Node, Boolean> untranslated,
                   String sourceLocale, String pageLocale) {
        this.ids = ids;
        this.untranslated = untranslated;
        this.sourceLocale = sourceLocale;
        this.sourceDir = Locales.dir(sourceLocale);
        this.pageDir = Locales.dir(pageLocale);
        this.pageLocale = pageLocale;
    }

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        if (node instanceof Link) {
            // URL sanitizing adds rel="nofollow"; links in a project's own pages should be followed.
            attributes.remove("rel");
        }
        if (attributes.containsKey("data-footnote-backref") && attributes.containsKey("aria-label")) {
            // the footnotes extension labels the link in English; it is read in the language of the
            // note's last paragraph, which holds it
            boolean inSource = node.getLastChild() instanceof Paragraph p && untranslated.containsKey(p);
            attributes.put("aria-label", Locales.backToReference(inSource ? sourceLocale : pageLocale,
                    attributes.getOrDefault("data-footnote-backref-idx", "")));
        }
        String id = ids.get(node);
        if (id != null) {
            attributes.put("id", id);
        }
        if (untranslated.containsKey(node)) {
            attributes.put("lang", sourceLocale);
            if (!sourceDir.equals(pageDir)) {
                attributes.put("dir", sourceDir);
            }
        }
    }
}
