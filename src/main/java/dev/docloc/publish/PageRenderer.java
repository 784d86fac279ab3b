package dev.docloc.publish;

import dev.docloc.parse.Admonition;
import dev.docloc.parse.Markdown;
import dev.docloc.report.Issue;
import dev.docloc.report.Severity;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.function.Predicate;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders the Markdown body of one localized page to HTML: untrusted raw HTML and bare URLs as
 * text, unsafe URLs removed and the others percent-encoded, article links rewritten, source heading slugs (or the ids of their
 * attribute blocks) as ids, untranslated blocks marked with the source language, GitHub alerts
 * as boxes, and boxes without a title titled in the page's language.
 */
final class PageRenderer {
    private final String sourceLocale;
    private final LinkRewriter links;

    PageRenderer(String sourceLocale, LinkRewriter links) {
        this.sourceLocale = sourceLocale;
        this.links = links;
    }

    /**
     * The HTML of the page body and the findings about it; {@code parsed} is the page's Markdown
     * already parsed by {@link MarkdownBody#parse} (rendering changes it), or null to parse it here;
     * {@code linked} says that {@code parsed} went through {@link Autolinker#link} already.
     */
    Rendered render(SitePage page, SourcePage source, Node parsed, boolean linked) {
        Node document = parsed != null ? parsed : MarkdownBody.parse(page.markdown());
        if (parsed == null || !linked) {
            Autolinker.link(document, autolinkable(page, source));
        }
        Blocks blocks = Blocks.of(document);
        List<Issue> issues = new ArrayList<>();
        if (page.locale().equals(sourceLocale)) {
            ControlCharacters.find(page.markdown(), (line, column, c) -> issues.add(new Issue(Severity.WARNING,
                    "publish-control-character", page.locale(), page.key() + ".md", "", line, column, "", "", "", "",
                    String.format("control character U+%04X at line %d, column %d is published as U+FFFD (often a"
                            + " character lost in copying, or a terminal escape): remove or replace it in the source"
                            + " page", (int) c, line, column), "", "")));
        }
        for (String literal : source.guard().neutralize(blocks)) {
            issues.add(LinkRewriter.issue(page, Severity.WARNING, "publish-untrusted-html", literal,
                    "raw HTML that the source page does not have was published as text; remove it from the"
                            + " translation"));
        }
        untrustedCheckboxes(page, source, blocks, issues);
        Alerts.publish(blocks, source.alertQuotes());
        titleAdmonitions(page, blocks);
        issues.addAll(links.rewrite(page, blocks.links));
        IdentityHashMap<Node, String> ids = headingIds(page, blocks, source.headingTexts(), issues);
        HtmlRenderer renderer = Markdown.htmlRenderer()
                .sanitizeUrls(true)
                .percentEncodeUrls(true)
                .urlSanitizer(new SafeUrlSanitizer())
                .attributeProviderFactory(context -> new PageAttributes(ids, untranslated(page, blocks),
                        sourceLocale, page.locale()))
                .nodeRendererFactory(ParagraphRenderer::new)
                .build();
        return new Rendered(renderer.render(document), issues);
    }

    /**
     * A task-list checkbox that a translation starts with where its source has none (a translator
     * typed {@code [x]}, which no escape keeps from being read as one) is published as the text it was.
     */
    private static void untrustedCheckboxes(SitePage page, SourcePage source, Blocks blocks, List<Issue> issues) {
        blocks.taskMarkers.forEach((marker, leaf) -> {
            if (source.taskLeaves().contains(leaf) || !(marker.getNext() instanceof org.commonmark.node.Paragraph p)) {
                return;
            }
            String text = marker.isChecked() ? "[x] " : "[ ] ";
            p.prependChild(new org.commonmark.node.Text(text));
            marker.unlink();
            issues.add(LinkRewriter.issue(page, Severity.WARNING, "publish-untrusted-html", text.strip(),
                    "a task-list checkbox that the source page does not have was published as text; remove it from"
                            + " the translation"));
        });
    }

    /**
     * An admonition without a title of its own ({@code !!! note}) gets its type's title in the
     * page's language, where MkDocs would show the English type ("Note").
     */
    private static void titleAdmonitions(SitePage page, Blocks blocks) {
        for (Admonition a : blocks.admonitions) {
            if (a.title() == null && !a.untitled() && !a.type().isEmpty()) {
                Admonition.Title title = new Admonition.Title();
                title.appendChild(new org.commonmark.node.Text(Locales.admonitionTitle(page.locale(), a.type())));
                a.prependChild(title);
            }
        }
    }

    /**
     * Which bare URLs and e-mail addresses become links: all of a source-language page, and of a
     * translation those whose destination its source page links.
     */
    private Predicate<String> autolinkable(SitePage page, SourcePage source) {
        return page.locale().equals(sourceLocale) ? destination -> true : source.autolinks()::contains;
    }

    /** The rendered body and its findings. */
    record Rendered(String html, List<Issue> issues) {}

    private static IdentityHashMap<Node, String> headingIds(SitePage page, Blocks blocks, List<String> sourceTexts,
                                                            List<Issue> issues) {
        List<Heading> headings = blocks.headings;
        if (headings.size() != sourceTexts.size()) {
            issues.add(LinkRewriter.issue(page, Severity.WARNING, "publish-heading-mismatch", "",
                    "the page has " + headings.size() + " headings and its source " + sourceTexts.size()
                            + "; links to its headings may not work, merge the page again"));
        }
        List<String> texts = new ArrayList<>(headings.size());
        for (int i = 0; i < headings.size(); i++) {
            texts.add(i < sourceTexts.size() ? sourceTexts.get(i) : Blocks.text(headings.get(i)));
        }
        // an attribute block is never translated: the page's own is its source's
        List<String> list = PageOutline.ids(headings, texts, blocks.footnoteIds());
        IdentityHashMap<Node, String> ids = new IdentityHashMap<>();
        for (int i = 0; i < headings.size(); i++) {
            ids.put(headings.get(i), list.get(i));
        }
        return ids;
    }

    private static IdentityHashMap<Node, Boolean> untranslated(SitePage page, Blocks blocks) {
        IdentityHashMap<Node, Boolean> marked = new IdentityHashMap<>();
        for (int index : page.untranslatedBlocks()) {
            if (index >= 0 && index < blocks.leaves.size()) {
                marked.put(blocks.leaves.get(index), Boolean.TRUE);
            }
        }
        return marked;
    }
}
