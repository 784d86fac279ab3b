package dev.docloc.parse;

import org.commonmark.parser.Parser;

/**
 * Syntax of the static site generators that docloc's pages are written for, beyond CommonMark
 * and GFM: heading attribute blocks ({@link HeadingAttributes}).
 */
final class DialectExtension implements Parser.ParserExtension {

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineContentParserFactory(new HeadingAttributeSyntax.Factory());
        builder.postProcessor(new HeadingAttributeSyntax());
    }
}
