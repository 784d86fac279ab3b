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
        Blocks blocks = Blocks.of(MarkdownBody.parse(markdown));
        return new SourcePage(hash, blocks.headings.stream().map(Blocks::text).toList(), new HtmlGuard(blocks));
    }
}
