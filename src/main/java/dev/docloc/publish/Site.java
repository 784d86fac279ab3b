package dev.docloc.publish;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Everything {@link SiteWriter} publishes.
 *
 * @param sourceLocale   the locale the pages are written in
 * @param locales        all published locales, the source locale first
 * @param sourceMarkdown page key to the source page's Markdown; heading ids and trusted raw HTML
 *                       come from here
 * @param pages          the pages published in each locale; the source locale has every page
 * @param options        publishing options
 */
public record Site(String sourceLocale, List<String> locales, Map<String, String> sourceMarkdown,
                   List<SitePage> pages, SiteOptions options) {
    public Site {
        Objects.requireNonNull(sourceLocale, "sourceLocale must not be null");
        Objects.requireNonNull(options, "options must not be null");
        locales = List.copyOf(locales);
        if (locales.isEmpty() || !locales.get(0).equals(sourceLocale)) {
            throw new IllegalArgumentException("locales " + locales + " must start with the source locale "
                    + sourceLocale);
        }
        sourceMarkdown = Collections.unmodifiableSortedMap(new TreeMap<>(sourceMarkdown));
        pages = List.copyOf(pages);
    }
}
