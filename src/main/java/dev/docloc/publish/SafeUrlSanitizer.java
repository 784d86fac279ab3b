package dev.docloc.publish;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Allows relative URLs and the http, https, mailto and tel schemes; any other scheme
 * ({@code javascript:}, {@code vbscript:}, {@code data:}, {@code file:}) becomes an empty URL.
 * Browsers ignore tabs, newlines and leading control characters in a scheme, so they are removed
 * before the scheme is read.
 */
final class SafeUrlSanitizer implements UrlSanitizer {
    private static final Set<String> ALLOWED = Set.of("http", "https", "mailto", "tel");
    private static final Pattern IGNORED = Pattern.compile("[\\x00-\\x20\\x7f]");
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.\\-]*):");

    @Override
    public String sanitizeLinkUrl(String url) {
        return isSafe(url) ? url : "";
    }

    @Override
    public String sanitizeImageUrl(String url) {
        return sanitizeLinkUrl(url);
    }

    static boolean isSafe(String url) {
        String squeezed = IGNORED.matcher(url).replaceAll("");
        Matcher m = SCHEME.matcher(squeezed);
        if (m.find()) {
            return ALLOWED.contains(m.group(1).toLowerCase(Locale.ROOT));
        }
        // A colon before any '/', '?' or '#' would make a browser read a scheme we did not match.
        int colon = squeezed.indexOf(':');
        int end = firstOf(squeezed, "/?#");
        return colon < 0 || (end >= 0 && end < colon);
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the URL names a scheme or a host, so it leaves the site. */
    static boolean isExternal(String url) {
        return SCHEME.matcher(url).find() || url.startsWith("//");
    }
}
