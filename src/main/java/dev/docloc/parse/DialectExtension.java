package dev.docloc.parse;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Syntax of the static site generators that docloc's pages are written for, beyond CommonMark
 * and GFM: heading attribute blocks ({@link HeadingAttributes}), MkDocs admonitions ({@link Admonition})
 * and MkDocs Material content tabs ({@link ContentTab}).
 */
final class DialectExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineContentParserFactory(new HeadingAttributeSyntax.Factory());
        builder.postProcessor(new HeadingAttributeSyntax());
        builder.customBlockParserFactory(new ContentTabParser.Factory());
        builder.customBlockParserFactory(new AdmonitionParser.Factory());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        builder.nodeRendererFactory(ContentTabRenderer::new);
        builder.nodeRendererFactory(AdmonitionRenderer::new);
    }
}
