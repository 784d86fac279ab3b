package dev.docloc.publish;

import java.util.List;
import java.util.function.Function;

/**
 * {@code sitemap.xml}: one {@code <url>} per page and locale, each listing every language version
 * of the page as an {@code xhtml:link} alternate, plus {@code x-default} (the source page).
 */
final class Sitemap {
    private Sitemap() {}

    static String xml(SiteIndex index) {
        String base = index.site().options().baseUrl();
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
                .append(" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (String locale : index.locales()) {
            appendUrl(sb, base, locale, index.locales(), l -> l + "/index.html", index.sourceLocale());
        }
        for (String key : index.pages(index.sourceLocale()).keySet()) {
            List<String> locales = index.localesOf(key);
            for (String locale : locales) {
                appendUrl(sb, base, locale, locales, l -> SitePaths.page(l, key), index.sourceLocale());
            }
        }
        return sb.append("</urlset>\n").toString();
    }

    private static void appendUrl(StringBuilder sb, String base, String locale, List<String> alternates,
                                  Function<String, String> pathOf, String sourceLocale) {
        sb.append("  <url>\n    <loc>").append(escape(SitePaths.url(base, pathOf.apply(locale)))).append("</loc>\n");
        for (String alternate : alternates) {
            appendLink(sb, alternate, SitePaths.url(base, pathOf.apply(alternate)));
        }
        appendLink(sb, "x-default", SitePaths.url(base, pathOf.apply(sourceLocale)));
        sb.append("  </url>\n");
    }

    private static void appendLink(StringBuilder sb, String hreflang, String href) {
        sb.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(escape(hreflang))
                .append("\" href=\"").append(escape(href)).append("\"/>\n");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
