package dev.docloc.publish;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The checked pages of a site by locale (in site order) and key (sorted). */
final class SiteIndex {
    private final Site site;
    private final Map<String, Map<String, SitePage>> pages = new LinkedHashMap<>();

    private SiteIndex(Site site) {
        this.site = site;
    }

    /** Checks locales, keys and duplicates; throws {@code IllegalArgumentException} or {@code DoclocException}. */
    static SiteIndex of(Site site, Path outDir) {
        SiteIndex index = new SiteIndex(site);
        for (String locale : site.locales()) {
            SitePaths.checkLocale(locale, outDir);
            if (index.pages.put(locale, new TreeMap<>()) != null) {
                throw new IllegalArgumentException("locale " + locale + " is listed twice");
            }
        }
        for (SitePage page : site.pages()) {
            index.add(page, outDir);
        }
        for (String locale : site.locales()) {
            for (String key : index.pages.get(locale).keySet()) {
                if (index.find(site.sourceLocale(), key).isEmpty()) {
                    throw new IllegalArgumentException("page " + key + " in " + locale + " has no "
                            + site.sourceLocale() + " page");
                }
            }
        }
        return index;
    }

    private void add(SitePage page, Path outDir) {
        SitePaths.checkKey(page.key(), outDir);
        Map<String, SitePage> byKey = pages.get(page.locale());
        if (byKey == null) {
            throw new IllegalArgumentException("page " + page.key() + " has locale " + page.locale()
                    + ", which is not in the site's locales " + site.locales());
        }
        if (byKey.put(page.key(), page) != null) {
            throw new IllegalArgumentException("page " + page.key() + " is given twice for " + page.locale());
        }
    }

    Site site() {
        return site;
    }

    String sourceLocale() {
        return site.sourceLocale();
    }

    List<String> locales() {
        return site.locales();
    }

    /** The pages of one locale, by key. */
    Map<String, SitePage> pages(String locale) {
        return Collections.unmodifiableMap(pages.get(locale));
    }

    Optional<SitePage> find(String locale, String key) {
        return Optional.ofNullable(pages.get(locale).get(key));
    }

    /** The locales a page is published in, in site order. */
    List<String> localesOf(String key) {
        return site.locales().stream().filter(l -> pages.get(l).containsKey(key)).toList();
    }

    Map<String, Set<String>> keysByLocale() {
        Map<String, Set<String>> keys = new LinkedHashMap<>();
        pages.forEach((locale, byKey) -> keys.put(locale, Set.copyOf(byKey.keySet())));
        return keys;
    }

    /** The source Markdown of a page: from {@link Site#sourceMarkdown()}, else its source-locale page. */
    String sourceMarkdown(String key) {
        String markdown = site.sourceMarkdown().get(key);
        return markdown != null ? markdown : pages.get(site.sourceLocale()).get(key).markdown();
    }
}
