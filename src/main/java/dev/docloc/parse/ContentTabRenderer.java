package dev.docloc.parse;

import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders a {@link ContentTab} as a section with its title above its blocks, each tab below the
 * one before it: {@code <div class="content-tab"><p class="content-tab-title">Linux</p>...</div>}.
 * Switching between tabs takes scripts and styles of the site's theme.
 */
final class ContentTabRenderer implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    ContentTabRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(ContentTab.class, ContentTab.Title.class);
    }

    @Override
    public void render(Node node) {
        boolean tab = node instanceof ContentTab;
        String tag = tab ? "div" : "p";
        html.line();
        html.tag(tag, context.extendAttributes(node, tag, Map.of("class", tab ? "content-tab" : "content-tab-title")));
        if (tab) {
            html.line();
        }
        for (Node child = node.getFirstChild(); child != null; ) {
            Node next = child.getNext(); // rendering may change the tree
            context.render(child);
            child = next;
        }
        html.tag("/" + tag);
        html.line();
    }
}
