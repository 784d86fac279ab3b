package dev.docloc.publish;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders paragraphs as the core renderer does, except that a paragraph of a tight list, which
 * has no {@code <p>}, gets a {@code <span>} when it has attributes (such as {@code lang} on
 * untranslated text), so that they are not lost.
 */
final class ParagraphRenderer implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    ParagraphRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Paragraph.class);
    }

    @Override
    public void render(Node node) {
        boolean tight = node.getParent() instanceof ListItem item && item.getParent() instanceof ListBlock list
                && list.isTight();
        Map<String, String> attributes = context.extendAttributes(node, tight ? "span" : "p", new LinkedHashMap<>());
        String tag = tight ? (attributes.isEmpty() ? null : "span") : "p";
        if (!tight) {
            html.line();
        }
        if (tag != null) {
            html.tag(tag, attributes);
        }
        renderChildren(node);
        if (tag != null) {
            html.tag("/" + tag);
        }
        if (!tight) {
            html.line();
        }
    }

    private void renderChildren(Node parent) {
        Node child = parent.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            context.render(child);
            child = next;
        }
    }
}
