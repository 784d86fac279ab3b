package dev.docloc.publish;

import com.ibm.icu.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The data the templates see. Everything is a map, list, string or boolean, so that project
 * templates need no knowledge of Java types; maps keep insertion order for deterministic output.
 */
final class Models {
    private final SiteIndex index;
    private final SiteOptions options;

    Models(SiteIndex index) {
        this.index = index;
        this.options = index.site().options();
    }

    /** The model of {@code page.mustache}. */
    Map<String, Object> page(SitePage page, String content) {
        String path = SitePaths.page(page.locale(), page.key());
        Map<String, Object> m = common(page.locale(), path);
        m.put("title", page.title().isEmpty() ? page.key() : page.title());
        m.put("description", page.description());
        m.put("hasDescription", !page.description().isEmpty());
        m.put("canonical", url(path));
        m.put("alternates", alternates(index.localesOf(page.key()), l -> SitePaths.page(l, page.key())));
        m.put("xDefault", url(SitePaths.page(index.sourceLocale(), page.key())));
        m.put("languages", switcher(page, path));
        boolean partial = page.partial() && !page.locale().equals(index.sourceLocale());
        m.put("partial", partial);
        m.put("partialNotice", partial ? Locales.partialNotice(page.locale(), options.partialNotice()) : "");
        m.put("content", content);
        return m;
    }

    /** The model of {@code index.mustache} for one locale. */
    Map<String, Object> index(String locale) {
        String path = locale + "/index.html";
        Map<String, Object> m = common(locale, path);
        m.put("title", Locales.contents(locale));
        m.put("canonical", url(path));
        m.put("alternates", alternates(index.locales(), l -> l + "/index.html"));
        m.put("xDefault", url(index.sourceLocale() + "/index.html"));
        m.put("languages", indexSwitcher(locale, path));
        m.put("articles", articles(locale));
        List<Map<String, Object>> missing = missing(locale, path);
        m.put("untranslated", missing);
        m.put("hasUntranslated", !missing.isEmpty());
        m.put("untranslatedLabel", Locales.untranslated(locale));
        return m;
    }

    /** The model of {@code root.mustache}, the language chooser. */
    Map<String, Object> root() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lang", index.sourceLocale());
        m.put("dir", Locales.dir(index.sourceLocale()));
        m.put("title", index.locales().stream().map(Locales::ownName).collect(Collectors.joining(" · ")));
        m.put("stylesheet", "style.css");
        m.put("canonical", options.baseUrl());
        List<Map<String, Object>> languages = new ArrayList<>();
        for (String locale : index.locales()) {
            languages.add(language(locale, locale + "/index.html", false, false));
        }
        m.put("languages", languages);
        m.put("localesJson", index.locales().stream().map(l -> "\"" + l + "\"")
                .collect(Collectors.joining(",", "[", "]")));
        return m;
    }

    private Map<String, Object> common(String locale, String path) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lang", locale);
        m.put("dir", Locales.dir(locale));
        m.put("stylesheet", SitePaths.relative(path, "style.css"));
        m.put("indexHref", SitePaths.relative(path, locale + "/index.html"));
        m.put("rootHref", SitePaths.relative(path, "index.html"));
        m.put("contents", Locales.contents(locale));
        m.put("languageLabel", Locales.language(locale));
        return m;
    }

    private List<Map<String, Object>> alternates(List<String> locales, java.util.function.Function<String, String> pathOf) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (String locale : locales) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("hreflang", locale);
            m.put("href", url(pathOf.apply(locale)));
            list.add(m);
        }
        return list;
    }

    /** Every locale; where the article is not published, its entry leads to the source page. */
    private List<Map<String, Object>> switcher(SitePage page, String path) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (String locale : index.locales()) {
            boolean published = index.find(locale, page.key()).isPresent();
            String target = SitePaths.page(published ? locale : index.sourceLocale(), page.key());
            Map<String, Object> language = language(locale, SitePaths.relative(path, target),
                    locale.equals(page.locale()), !published);
            // hreflang names the language of the page the link leads to: the source page here
            language.put("hreflang", published ? locale : index.sourceLocale());
            list.add(language);
        }
        return list;
    }

    private List<Map<String, Object>> indexSwitcher(String current, String path) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (String locale : index.locales()) {
            list.add(language(locale, SitePaths.relative(path, locale + "/index.html"), locale.equals(current), false));
        }
        return list;
    }

    private static Map<String, Object> language(String locale, String href, boolean current, boolean untranslated) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", Locales.ownName(locale));
        m.put("lang", locale);
        m.put("hreflang", locale);
        m.put("dir", Locales.dir(locale));
        m.put("href", href);
        m.put("current", current);
        m.put("untranslated", untranslated);
        m.put("note", untranslated ? Locales.untranslated(locale) : "");
        return m;
    }

    private List<Map<String, Object>> articles(String locale) {
        boolean source = locale.equals(index.sourceLocale());
        List<Map<String, Object>> list = new ArrayList<>();
        for (SitePage page : sorted(locale, index.pages(locale).values())) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("title", page.title().isEmpty() ? page.key() : page.title());
            // a title the same as the source page's is its text, which a screen reader should read
            // in the source language, as the page's untranslated blocks are marked
            boolean sourceTitle = !source && index.find(index.sourceLocale(), page.key())
                    .map(s -> s.title().equals(page.title())).orElse(false);
            m.put("sourceTitle", sourceTitle);
            m.put("titleLang", index.sourceLocale());
            m.put("titleDir", Locales.dir(index.sourceLocale()));
            m.put("href", SitePaths.encode(page.key() + ".html"));
            m.put("description", page.description());
            m.put("showCoverage", !source);
            m.put("coverage", source ? "" : Locales.percent(locale, page.coverage()));
            m.put("partial", page.partial() && !source);
            list.add(m);
        }
        return list;
    }

    /** Source pages not published in the locale, so its index still reaches every article. */
    private List<Map<String, Object>> missing(String locale, String path) {
        List<SitePage> pages = index.pages(index.sourceLocale()).values().stream()
                .filter(p -> index.find(locale, p.key()).isEmpty()).toList();
        List<Map<String, Object>> list = new ArrayList<>();
        for (SitePage page : sorted(index.sourceLocale(), pages)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("title", page.title().isEmpty() ? page.key() : page.title());
            m.put("href", SitePaths.relative(path, SitePaths.page(index.sourceLocale(), page.key())));
            m.put("lang", index.sourceLocale());
            m.put("dir", Locales.dir(index.sourceLocale()));
            list.add(m);
        }
        return list;
    }

    /** Sorted by title in the locale's collation, then by key so that equal titles keep one order. */
    private static List<SitePage> sorted(String locale, java.util.Collection<SitePage> pages) {
        Collator collator = Collator.getInstance(Locales.of(locale));
        Comparator<SitePage> byTitle = (a, b) -> collator.compare(a.title(), b.title());
        return pages.stream().sorted(byTitle.thenComparing(SitePage::key)).toList();
    }

    private String url(String sitePath) {
        return SitePaths.url(options.baseUrl(), sitePath);
    }
}
