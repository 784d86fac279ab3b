package dev.docloc.publish;

import java.net.URI;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Publishing options.
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
        String s = uri.toString();
        return s.endsWith("/") ? s : s + "/";
    }
}
