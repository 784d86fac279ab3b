package dev.docloc.publish;

import java.util.List;
import java.util.Set;

/**
 * What a localized page takes from its source page: the heading texts whose slugs become the
 * heading ids, the raw HTML it may repeat, the destinations of the bare URLs and e-mail
 * addresses it may link ({@link Autolinker}), and the paragraphs (by their index among the leaf
 * blocks) that a task-list checkbox starts, and the quotes (by their index among the quotes) that
 * are GitHub alerts ({@link Alerts}).
 */
record SourcePage(String hash, List<String> headingTexts, HtmlGuard guard, Set<String> autolinks,
                  Set<Integer> taskLeaves, Set<Integer> alertQuotes) {
    SourcePage {
        headingTexts = List.copyOf(headingTexts);
        autolinks = Set.copyOf(autolinks);
        taskLeaves = Set.copyOf(taskLeaves);
        alertQuotes = Set.copyOf(alertQuotes);
    }

    static SourcePage of(String markdown) {
        return of(markdown, dev.docloc.cache.ContentHash.of(markdown));
    }

    /** The source page of {@code markdown}, whose {@link dev.docloc.cache.ContentHash} is {@code hash}. */
    static SourcePage of(String markdown, String hash) {
        return of(MarkdownBody.parse(markdown), hash);
    }

    /**
     * The source page of a document from {@link MarkdownBody#parse}, not yet linked. It keeps only
     * strings (heading texts, trusted HTML, link destinations), so the document may be rendered,
     * and changed by rendering, afterwards.
     */
    static SourcePage of(org.commonmark.node.Node document, String hash) {
        return of(document, hash, Autolinker.destinations(document));
    }

    /**
     * As {@link #of(org.commonmark.node.Node, String)}, for a document already linked whole by
     * {@link Autolinker#link}, which found {@code autolinks}: its bare links are not looked for twice.
     */
    static SourcePage of(org.commonmark.node.Node document, String hash, Set<String> autolinks) {
        Blocks blocks = Blocks.of(document);
        return new SourcePage(hash, blocks.headings.stream().map(Blocks::text).toList(), new HtmlGuard(blocks),
                autolinks, new java.util.HashSet<>(blocks.taskMarkers.values()),
                new java.util.HashSet<>(blocks.alerts.values()));
    }
}
