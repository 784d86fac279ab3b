package dev.docloc.publish;

import dev.docloc.report.Issue;
import dev.docloc.report.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.Link;

/**
 * Points links between articles ({@code ../guides/storage.md#snapshots}) at the published HTML
 * page in the same locale, or at the source-language page when the article is not published in
 * that locale. Other links are left alone. The path of a link is percent-decoded to find the page
 * and the new destination percent-encoded, so that a page named {@code c#-bindings.md} is linked
 * as {@code c%23-bindings.html}.
 */
final class LinkRewriter {
    private final String sourceLocale;
    private final Map<String, Set<String>> keysByLocale;

    /** @param keysByLocale the page keys published in each locale */
    LinkRewriter(String sourceLocale, Map<String, Set<String>> keysByLocale) {
        this.sourceLocale = sourceLocale;
        this.keysByLocale = keysByLocale;
    }

    /** Rewrites the links of one page in place and returns what the report should say. */
    List<Issue> rewrite(SitePage page, List<Link> links) {
        List<Issue> issues = new ArrayList<>();
        for (Link link : links) {
            rewrite(page, link, issues);
        }
        return issues;
    }

    private void rewrite(SitePage page, Link link, List<Issue> issues) {
        String destination = link.getDestination();
        if (destination.isEmpty() || destination.startsWith("#") || SafeUrlSanitizer.isExternal(destination)) {
            return;
        }
        int cut = firstOf(destination, '?', '#');
        // the path as the file system names the page: c%23-bindings.md is the page c#-bindings.md
        String path = SitePaths.decode(destination.substring(0, cut));
        String rest = destination.substring(cut);
        if (!path.endsWith(".md")) {
            return;
        }
        Optional<String> target = SitePaths.resolve(page.key(), path.substring(0, path.length() - 3));
        String from = SitePaths.page(page.locale(), page.key());
        if (target.isPresent() && published(page.locale(), target.get())) {
            link.setDestination(SitePaths.relative(from, SitePaths.page(page.locale(), target.get())) + rest);
        } else if (target.isPresent() && published(sourceLocale, target.get())) {
            link.setDestination(SitePaths.relative(from, SitePaths.page(sourceLocale, target.get())) + rest);
            issues.add(issue(page, Severity.INFO, "publish-fallback-link", destination, "links to "
                    + target.get() + ", which is not published in " + page.locale()
                    + "; the link leads to the " + sourceLocale + " page"));
        } else {
            issues.add(issue(page, Severity.WARNING, "publish-broken-link", destination,
                    "links to a page that does not exist; fix the link in the source page"));
        }
    }

    private boolean published(String locale, String key) {
        return keysByLocale.getOrDefault(locale, Set.of()).contains(key);
    }

    private static int firstOf(String s, char a, char b) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == a || s.charAt(i) == b) {
                return i;
            }
        }
        return s.length();
    }

    static Issue issue(SitePage page, Severity severity, String rule, String highlight, String message) {
        return new Issue(severity, rule, page.locale(), page.key() + ".md", "", 0, 0, "", "", "", "",
                message, highlight, "");
    }
}
