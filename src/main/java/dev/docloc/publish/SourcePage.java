package dev.docloc.publish;

import java.util.List;

/**
 * What a localized page takes from its source page: the heading texts whose slugs become the
 * heading ids, and the raw HTML it may repeat.
 */
record SourcePage(String hash, List<String> headingTexts, HtmlGuard guard) {
    SourcePage {
        headingTexts = List.copyOf(headingTexts);
    }

    static SourcePage of(String markdown) {
        return of(markdown, dev.docloc.cache.ContentHash.of(markdown));
    }

    /** The source page of {@code markdown}, whose {@link dev.docloc.cache.ContentHash} is {@code hash}. */
    static SourcePage of(String markdown, String hash) {
        return of(MarkdownBody.parse(markdown), hash);
    }

    /**
     * The source page of an already parsed document. It keeps only strings (heading texts, trusted
     * HTML), so the document may be rendered, and changed by rendering, afterwards.
     */
    static SourcePage of(org.commonmark.node.Node document, String hash) {
        Blocks blocks = Blocks.of(document);
        return new SourcePage(hash, blocks.headings.stream().map(Blocks::text).toList(), new HtmlGuard(blocks));
    }
}
