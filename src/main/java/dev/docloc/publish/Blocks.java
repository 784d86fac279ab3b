package dev.docloc.publish;

import dev.docloc.parse.Admonition;
import dev.docloc.parse.ContentTab;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The nodes of a document that publishing cares about, each list in document order. Source and
 * localized documents have the same structure, so the n-th heading or leaf block of one is the
 * n-th of the other.
 */
final class Blocks extends AbstractVisitor {
    final List<Heading> headings = new ArrayList<>();
    /**
     * Paragraphs, headings, table cells and the titles of admonitions and content tabs, nested
     * ones included.
     */
    final List<Node> leaves = new ArrayList<>();
    /** {@link HtmlInline} and {@link HtmlBlock} nodes. */
    final List<Node> rawHtml = new ArrayList<>();
    final List<Link> links = new ArrayList<>();
    /** MkDocs admonitions, nested ones included. */
    final List<Admonition> admonitions = new ArrayList<>();
    /**
     * Quotes that a GitHub alert marker starts ({@link Alerts}), each with its index among the
     * page's quotes, nested ones included: a translation has its source's quotes, whatever its
     * text, where a paragraph translated to nothing is one leaf block less.
     */
    final java.util.Map<BlockQuote, Integer> alerts = new java.util.LinkedHashMap<>();
    private int quotes;
    /** The labels of footnote definitions, and how many footnote references there are. */
    final List<String> footnoteLabels = new ArrayList<>();
    private int footnoteReferences;
    /** Task-list checkboxes, each with the index in {@link #leaves} of the paragraph it starts. */
    final java.util.Map<TaskListItemMarker, Integer> taskMarkers = new java.util.LinkedHashMap<>();

    static Blocks of(Node document) {
        Blocks blocks = new Blocks();
        document.accept(blocks);
        return blocks;
    }

    /**
     * The plain text of a node as a reader sees it: its text (entities decoded, link text, image
     * alt text) and inline code, without markup, raw HTML or a heading's attribute block. A line
     * break becomes a line feed: a slug drops it, as GitHub's does, and a title makes it a space.
     */
    static String text(Node node) {
        StringBuilder sb = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                sb.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                sb.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                sb.append('\n');
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                sb.append('\n');
            }
        });
        return sb.toString();
    }

    /**
     * The ids the footnotes extension gives footnotes ({@code fn-<label>}) and references to them
     * ({@code fnref-<label>}, {@code fnref-<label>-2} for the second reference to one note, ...):
     * no heading may take one. Every count of references up to the page's is included.
     */
    java.util.Set<String> footnoteIds() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (String label : footnoteLabels) {
            ids.add("fn-" + label);
            ids.add("fnref-" + label);
            for (int n = 2; n <= footnoteReferences; n++) {
                ids.add("fnref-" + label + "-" + n);
            }
        }
        return ids;
    }

    @Override
    public void visit(Heading heading) {
        headings.add(heading);
        leaves.add(heading);
        visitChildren(heading);
    }

    @Override
    public void visit(Paragraph paragraph) {
        leaves.add(paragraph);
        visitChildren(paragraph);
    }

    @Override
    public void visit(CustomNode node) {
        if (node instanceof TableCell) {
            leaves.add(node);
        }
        if (node instanceof FootnoteReference) {
            footnoteReferences++;
        }
        if (node instanceof TaskListItemMarker marker) {
            taskMarkers.put(marker, leaves.size()); // the paragraph after it is the next leaf
        }
        visitChildren(node);
    }

    @Override
    public void visit(BlockQuote quote) {
        if (quote.getFirstChild() instanceof Paragraph p && Alerts.type(p) != null) {
            alerts.put(quote, quotes);
        }
        quotes++;
        visitChildren(quote);
    }

    @Override
    public void visit(CustomBlock block) {
        if (block instanceof FootnoteDefinition definition) {
            footnoteLabels.add(definition.getLabel());
        }
        if (block instanceof Admonition admonition) {
            admonitions.add(admonition);
        } else if (block instanceof Admonition.Title || block instanceof ContentTab.Title) {
            leaves.add(block);
        }
        visitChildren(block);
    }

    @Override
    public void visit(HtmlInline html) {
        rawHtml.add(html);
    }

    @Override
    public void visit(HtmlBlock html) {
        rawHtml.add(html);
    }

    @Override
    public void visit(Link link) {
        links.add(link);
        visitChildren(link);
    }
}
