package dev.docloc.publish;

import java.net.URI;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Publishing options.
 *
 * <p>Templates are <a href="https://mustache.github.io/">Mustache</a>; start from the built-in ones
 * in {@code dev/docloc/publish/}. Every template sees {@code lang}, {@code dir} ({@code ltr} or
 * {@code rtl}), {@code title}, {@code canonical}, {@code stylesheet} (relative URL of
 * {@code style.css}) and {@code languages} (each with {@code name} in its own language,
 * {@code lang}, {@code dir}, {@code href}, {@code current}). {@code page.mustache} and
 * {@code index.mustache} also see {@code indexHref}, {@code contents}, {@code alternates} (each
 * with {@code hreflang}, {@code href}) and {@code xDefault}. {@code page.mustache} adds
 * {@code description}, {@code hasDescription}, {@code partial}, {@code partialNotice},
 * {@code content} (the article HTML: use triple braces) and, per language, {@code untranslated}
 * and {@code note}. {@code index.mustache} adds {@code articles} ({@code title}, {@code href},
 * {@code description}, {@code showCoverage}, {@code coverage}, {@code partial}),
 * {@code untranslated} ({@code title}, {@code href}, {@code lang}, {@code dir}),
 * {@code hasUntranslated} and {@code untranslatedLabel}. {@code root.mustache} adds
 * {@code localesJson}, a JSON array of the locales.
 *
 * @param templateDir   a project folder whose {@code page.mustache}, {@code index.mustache},
 *                      {@code root.mustache} and {@code style.css} replace the built-in ones (each
 *                      file is optional), or null to use the built-in ones
 * @param baseUrl       the absolute URL the site is served from ({@code https://docs.example.com/}),
 *                      used for canonical links, hreflang alternates and the sitemap
 * @param partialNotice locale (BCP 47) to the notice shown on partly translated pages; these add to
 *                      and override the built-in notices
 */
public record SiteOptions(Path templateDir, String baseUrl, Map<String, String> partialNotice) {
    public SiteOptions {
        baseUrl = normalizeBaseUrl(baseUrl);
        partialNotice = Collections.unmodifiableSortedMap(new TreeMap<>(partialNotice == null ? Map.of() : partialNotice));
    }

    /** Built-in templates and notices. */
    public static SiteOptions of(String baseUrl) {
        return new SiteOptions(null, baseUrl, Map.of());
    }

    private static String normalizeBaseUrl(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalArgumentException("baseUrl must be set to the absolute URL the site is served from");
        }
        URI uri;
        try {
            uri = URI.create(baseUrl.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("baseUrl " + baseUrl + " is not a valid URL", e);
        }
        String scheme = uri.getScheme();
        if (!("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) || uri.getHost() == null) {
            throw new IllegalArgumentException("baseUrl " + baseUrl + " must be an absolute http(s) URL");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            // the pages' paths are appended to it: https://host/?v=1 would give https://host/?v=1en/a.html
            throw new IllegalArgumentException("baseUrl " + baseUrl + " must not have a query or fragment");
        }
        String s = uri.toString();
        return s.endsWith("/") ? s : s + "/";
    }
}
