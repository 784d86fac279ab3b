package dev.docloc.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The {@code html} format: one self-contained page for reviewers. Per locale and page a table
 * puts source and target side by side with the offending text in {@code <mark>}; select boxes
 * filter rows by locale, rule and severity ({@code data-locale}, {@code data-rule},
 * {@code data-severity} on each row). Each finding links to its published page at
 * {@code <locale>/<page>.html}, relative to the report at the root of the published site ({@code target/site/review.html}). All issue
 * text is escaped; the output depends only on the report (no dates), so it diffs cleanly.
 */
final class HtmlReport {
    private final StringBuilder out = new StringBuilder(8192);

    private HtmlReport() {
    }

    static void write(Report report, Writer writer) {
        HtmlReport h = new HtmlReport();
        h.head(report.summary());
        h.filters(report);
        h.findings(report.active());
        h.suppressed(report.suppressed());
        h.rules(report);
        h.out.append("</main>\n<script>").append(HtmlAssets.JS).append("</script>\n</body>\n</html>\n");
        try {
            writer.write(h.out.toString());
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void head(Summary s) {
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(HtmlAssets.CSP)
                .append("\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .append("<title>docloc review: ").append(plural(s.total(), "finding")).append("</title>\n")
                .append("<style>").append(HtmlAssets.CSS).append("</style>\n</head>\n<body>\n<header>\n")
                .append("<h1>docloc review</h1>\n<p class=\"totals\">").append(s.pages()).append(" pages \u00b7 ")
                .append(s.segments()).append(" segments \u00b7 ").append(plural(s.errors(), "error"))
                .append(" \u00b7 ").append(plural(s.warnings(), "warning")).append(" \u00b7 ")
                .append(s.infos()).append(" info \u00b7 ").append(s.suppressed()).append(" suppressed</p>\n");
    }

    private void filters(Report report) {
        List<Issue> active = report.active();
        out.append("<div class=\"filters\">\n");
        List<Issue> all = new java.util.ArrayList<>(active);
        all.addAll(report.suppressed());
        select("locale", "All locales", values(all, Issue::locale));
        select("rule", "All rules", values(all, Issue::rule));
        select("severity", "All severities", List.of("error", "warning", "info"));
        Summary s = report.summary();
        out.append("<output id=\"count\" aria-live=\"polite\">Showing ").append(s.total()).append(" of ")
                .append(s.total()).append(" findings: ").append(plural(s.errors(), "error")).append(", ")
                .append(plural(s.warnings(), "warning")).append(", ").append(s.infos()).append(" info</output>\n")
                .append("</div>\n</header>\n<main>\n");
    }

    private void select(String key, String all, List<String> values) {
        out.append("<label>").append(Character.toUpperCase(key.charAt(0))).append(key.substring(1))
                .append("<select id=\"filter-").append(key).append("\"><option value=\"\">").append(all)
                .append("</option>");
        for (String v : values) {
            out.append("<option value=\"").append(esc(v)).append("\">").append(esc(v)).append("</option>");
        }
        out.append("</select></label>\n");
    }

    private static List<String> values(List<Issue> issues, Function<Issue, String> key) {
        return List.copyOf(issues.stream().map(key).collect(Collectors.toCollection(TreeSet::new)));
    }

    private void findings(List<Issue> active) {
        if (active.isEmpty()) {
            out.append("<p class=\"empty\">No findings.</p>\n");
        }
        Map<String, Map<String, List<Issue>>> byLocale = new LinkedHashMap<>();
        for (Issue i : active) {
            byLocale.computeIfAbsent(i.locale(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(i.page(), k -> new ArrayList<>()).add(i);
        }
        byLocale.forEach((locale, pages) -> {
            out.append("<section class=\"locale\" data-locale=\"").append(esc(locale)).append("\">\n<h2>")
                    .append(esc(locale.isEmpty() ? "(no locale)" : locale)).append("</h2>\n");
            pages.forEach((page, issues) -> page(locale, page, issues));
            out.append("</section>\n");
        });
    }

    private void page(String locale, String page, List<Issue> issues) {
        out.append("<section class=\"page\" data-page=\"").append(esc(page)).append("\">\n<h3>")
                .append(esc(page.isEmpty() ? "(no page)" : page));
        if (!page.isEmpty()) {
            out.append("<a href=\"").append(esc(pageLink(locale, page))).append("\">published page</a>");
        }
        out.append("</h3>\n<table>\n<thead><tr><th class=\"meta\">Finding</th><th>Source</th><th>Target (")
                .append(esc(locale)).append(")</th></tr></thead>\n<tbody>\n");
        issues.forEach(i -> row(i, true));
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private void row(Issue i, boolean active) {
        boolean inTarget = !i.highlight().isEmpty() && i.target().contains(i.highlight());
        out.append(active ? "<tr class=\"finding\"" : "<tr class=\"suppressed\"")
                .append(" data-locale=\"").append(esc(i.locale())).append("\" data-rule=\"").append(esc(i.rule()))
                .append("\" data-severity=\"").append(i.severity().id()).append("\">\n<td>");
        meta(i, inTarget);
        out.append("</td>\n<td class=\"text\">").append(marked(i.source(), inTarget ? "" : i.highlight()))
                .append("</td>\n<td class=\"text\" lang=\"").append(esc(i.locale())).append("\" dir=\"")
                .append(com.ibm.icu.util.ULocale.forLanguageTag(i.locale()).isRightToLeft() ? "rtl" : "auto").append("\">")
                .append(i.target().isEmpty() ? "<span class=\"empty\">(empty)</span>"
                        : marked(i.target(), inTarget ? i.highlight() : ""))
                .append("</td>\n</tr>\n");
    }

    private void meta(Issue i, boolean inTarget) {
        Rule rule = Rules.get(i.rule());
        out.append("<span class=\"sev sev-").append(i.severity().id()).append("\">").append(i.severity().id())
                .append("</span> <code title=\"").append(esc(rule.title())).append("\">").append(esc(i.rule()))
                .append("</code>\n<div class=\"msg\">").append(esc(i.message())).append("</div>\n")
                .append("<div class=\"loc\">").append(esc(location(i))).append("</div>\n");
        if (i.isSuppressed()) {
            out.append("<div class=\"loc\">").append(esc(i.locale())).append(" \u00b7 ").append(esc(i.page()))
                    .append("</div>\n<div class=\"reason\">Suppressed: ").append(esc(i.suppressed())).append("</div>\n");
        }
        if (!i.page().isEmpty()) {
            String link = pageLink(i.locale(), i.page()) + (inTarget ? textFragment(i.highlight()) : "");
            out.append("<a class=\"open\" href=\"").append(esc(link)).append("\">open in page</a>");
        }
    }

    private void suppressed(List<Issue> issues) {
        if (issues.isEmpty()) {
            return;
        }
        out.append("<section class=\"suppressed\">\n<h2>Suppressed (not counted)</h2>\n<table>\n")
                .append("<thead><tr><th class=\"meta\">Finding</th><th>Source</th><th>Target</th></tr></thead>\n")
                .append("<tbody>\n");
        issues.forEach(i -> row(i, false));
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private void rules(Report report) {
        out.append("<section class=\"legend\">\n<h2>Rules</h2>\n<dl class=\"rules\">\n");
        for (String id : values(report.issues(), Issue::rule)) {
            Rule r = Rules.get(id);
            out.append("<dt><code>").append(esc(id)).append("</code> ").append(esc(r.title())).append("</dt>\n")
                    .append("<dd>").append(esc(r.description())).append(' ').append(esc(r.help()))
                    .append("</dd>\n");
        }
        out.append("</dl>\n</section>\n");
    }

    private static String location(Issue i) {
        String where = i.file().isEmpty() ? i.page() : i.file();
        return i.line() > 0 ? where + ":" + i.line() + (i.column() > 0 ? ":" + i.column() : "") : where;
    }

    /** {@code <locale>/<page without .md>.html}, each path segment percent-encoded. */
    static String pageLink(String locale, String page) {
        String html = (page.endsWith(".md") ? page.substring(0, page.length() - 3) : page) + ".html";
        StringBuilder sb = new StringBuilder(encode(locale));
        for (String segment : html.replace('\\', '/').split("/", -1)) {
            sb.append('/').append(encode(segment));
        }
        return sb.toString();
    }

    /** A text fragment ({@code #:~:text=}) that scrolls the published page to the offending text. */
    private static String textFragment(String text) {
        return "#:~:text=" + encode(text).replace("-", "%2D");
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Escaped text with every occurrence of {@code highlight} wrapped in {@code <mark>}. */
    static String marked(String text, String highlight) {
        if (highlight.isEmpty()) {
            return esc(text);
        }
        StringBuilder sb = new StringBuilder();
        int from = 0;
        for (int at = text.indexOf(highlight); at >= 0; at = text.indexOf(highlight, from)) {
            sb.append(esc(text.substring(from, at))).append("<mark>").append(esc(highlight)).append("</mark>");
            from = at + highlight.length();
        }
        return sb.append(esc(text.substring(from))).toString();
    }

    /**
     * Escapes for text and double- or single-quoted attribute values. A control character (but tab,
     * line feed and carriage return), which HTML cannot hold and a translation can (qa-codes reports
     * it), is written visibly as {@code \u0001}, as the text report writes it.
     */
    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                case '\t', '\n', '\r' -> sb.append(c);
                default -> sb.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return sb.toString();
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
