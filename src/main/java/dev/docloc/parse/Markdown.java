package dev.docloc.parse;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The one commonmark-java configuration of docloc: the same extensions for extraction, merging
 * and HTML publishing, so that what is extracted is what is rendered. The one difference is the
 * autolink extension, which publishing leaves out of its parser: it links bare URLs and e-mail
 * addresses itself, only those a page may link. Parsers and renderers are immutable and
 * thread-safe.
 */
public final class Markdown {
    /**
     * GFM tables, strikethrough, autolinks, footnotes and task lists, and the site generators'
     * heading attribute blocks ({@link HeadingAttributes}), admonitions ({@link Admonition}) and
     * content tabs ({@link ContentTab}).
     */
    public static final List<Extension> EXTENSIONS = List.of(
            new DialectExtension(),
            TablesExtension.create(),
            StrikethroughExtension.create(),
            AutolinkExtension.create(),
            FootnotesExtension.create(),
            TaskListItemsExtension.create());

    private static final Parser PARSER = Parser.builder()
            .extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    // publishing renders the tree and never reads a source offset: without spans a parse takes a
    // sixth less time (450 pages: 100 -> 82 ms source, 175 -> 140 ms pseudo-translated)
    private static final Parser RENDERING_PARSER = Parser.builder()
            .extensions(EXTENSIONS.stream().filter(e -> !(e instanceof AutolinkExtension)).toList())
            .build();

    private Markdown() {}

    /** The parser, with block and inline source spans. */
    public static Parser parser() {
        return PARSER;
    }

    /**
     * The same parser without source spans (GFM table cells still get theirs) and without the
     * autolink extension, for a tree that is only rendered: the same nodes, except that bare URLs
     * and e-mail addresses stay text. The extension links every one of them, also those a
     * translator typed; escaping cannot stop it, since text nodes are merged before it runs. The
     * caller links those it trusts, as the extension would (same nodes, so the same HTML).
     */
    public static Parser renderingParser() {
        return RENDERING_PARSER;
    }

    /** A renderer with the same extensions; the caller chooses escaping and sanitizing. */
    public static HtmlRenderer.Builder htmlRenderer() {
        return HtmlRenderer.builder().extensions(EXTENSIONS);
    }
}
