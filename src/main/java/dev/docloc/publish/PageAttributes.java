package dev.docloc.publish;

import java.util.IdentityHashMap;
import java.util.Map;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * Adds the source heading slugs as heading ids and marks blocks that show source text with the
 * source language (and its direction when it differs from the page's).
 */
final class PageAttributes implements AttributeProvider {
    private final Map<Node, String> ids;
    private final Map<Node, Boolean> untranslated;
    private final String sourceLocale;
    private final String sourceDir;
    private final String pageDir;

    PageAttributes(IdentityHashMap<Node, String> ids, IdentityHashMap<Node, Boolean> untranslated,
                   String sourceLocale, String pageLocale) {
        this.ids = ids;
        this.untranslated = untranslated;
        this.sourceLocale = sourceLocale;
        this.sourceDir = Locales.dir(sourceLocale);
        this.pageDir = Locales.dir(pageLocale);
    }

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        if (node instanceof Link) {
            // URL sanitizing adds rel="nofollow"; links in a project's own pages should be followed.
            attributes.remove("rel");
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
