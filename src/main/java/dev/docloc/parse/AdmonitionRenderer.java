package dev.docloc.parse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders an {@link Admonition} as Python-Markdown and pymdownx.details do, with the class
 * {@code admonition} on both forms: {@code <div class="admonition note"><p
 * class="admonition-title">Title</p>...</div>}, or {@code <details class="admonition note"
 * [open]><summary>Title</summary>...</details>} for the collapsible ones. An admonition without a
 * title of its own is titled with its type, first letter in upper case ("Note"); publishing gives
 * it one in the page's language instead ({@code Admonition.Title}).
 */
final class AdmonitionRenderer implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    AdmonitionRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Admonition.class, Admonition.Title.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof Admonition a) {
            box(a);
        } else if (node.getParent() instanceof Admonition a) {
            title(a, node, () -> children(node));
        } else {
            children(node);
        }
    }

    private void box(Admonition a) {
        boolean details = a.form() != Admonition.Form.BOX;
        String tag = details ? "details" : "div";
        Map<String, String> attributes = new LinkedHashMap<>();
        StringBuilder classes = new StringBuilder("admonition");
        a.classes().forEach(c -> classes.append(' ').append(c));
        attributes.put("class", classes.toString());
        if (a.form() == Admonition.Form.EXPANDED) {
            attributes.put("open", "");
        }
        html.line();
        html.tag(tag, context.extendAttributes(a, tag, attributes));
        html.line();
        if (a.title() == null && !a.untitled() && !a.type().isEmpty()) {
            title(a, null, () -> html.text(Admonition.defaultTitle(a.type())));
        }
        children(a);
        html.tag("/" + tag);
        html.line();
    }

    /** The title, {@code node} when it is one of the tree (its attributes extended), else null. */
    private void title(Admonition a, Node node, Runnable content) {
        boolean details = a.form() != Admonition.Form.BOX;
        String tag = details ? "summary" : "p";
        Map<String, String> attributes = details ? Map.of() : Map.of("class", "admonition-title");
        html.tag(tag, node == null ? attributes : context.extendAttributes(node, tag, attributes));
        content.run();
        html.tag("/" + tag);
        html.line();
    }

    private void children(Node node) {
        for (Node child = node.getFirstChild(); child != null; ) {
            Node next = child.getNext(); // rendering may change the tree
            context.render(child);
            child = next;
        }
    }
}
