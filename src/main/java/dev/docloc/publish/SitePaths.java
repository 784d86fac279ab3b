package dev.docloc.publish;

import dev.docloc.DoclocException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Paths inside the site, always with {@code /} and relative to the output folder
 * ({@code pt-BR/guides/storage.html}), so the output does not depend on the platform.
 */
final class SitePaths {
    private static final Pattern LOCALE = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");
    private static final Pattern SEGMENT = Pattern.compile("[^/\\\\:\\x00-\\x1f]+");

    private SitePaths() {}

    /** Throws when the key is not a plain relative path that stays inside the output folder. */
    static void checkKey(String key, Path outDir) {
        boolean ok = !key.isEmpty() && !key.startsWith("/") && !key.endsWith("/");
        for (String segment : key.split("/", -1)) {
            ok &= SEGMENT.matcher(segment).matches() && !segment.equals(".") && !segment.equals("..");
        }
        Path base = outDir.toAbsolutePath().normalize();
        if (!ok || !base.resolve(key).normalize().startsWith(base)) {
            throw new DoclocException(outDir, 0, 0, "page key '" + key + "' must be a relative path below the"
                    + " output folder without '..', '.', '\\' or ':' segments; rename the page");
        }
    }

    static void checkLocale(String locale, Path outDir) {
        if (!LOCALE.matcher(locale).matches()) {
            throw new DoclocException(outDir, 0, 0, "locale '" + locale + "' is not a BCP 47 tag such as pt-BR;"
                    + " fix the locale list");
        }
    }

    /** The site path of a page: {@code pt-BR/guides/storage.html}. */
    static String page(String locale, String key) {
        return locale + "/" + key + ".html";
    }

    /** The absolute URL of a site file, each path segment percent-encoded. */
    static String url(String baseUrl, String sitePath) {
        return baseUrl + encode(sitePath);
    }

    /**
     * A site path as the path of a URL: each segment percent-encoded, so that the {@code #} of
     * {@code c#-bindings.html} or the {@code ?} of {@code faq?.html} is part of the file name and
     * does not start a fragment or a query. {@code /} and {@code ..} stay as they are.
     */
    static String encode(String path) {
        StringBuilder sb = new StringBuilder(path.length());
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            sb.append(i == 0 ? "" : "/").append(URLEncoder.encode(segments[i], StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return sb.toString();
    }

    /**
     * The path of a URL with its percent-encoding undone ({@code c%23-bindings.md} is
     * {@code c#-bindings.md}); a {@code +} stays a {@code +}, and a path with a malformed escape is
     * taken as it is.
     */
    static String decode(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    /**
     * The relative URL from one site file to another, each path segment percent-encoded:
     * {@code ../../en/guides/storage.html}.
     */
    static String relative(String fromFile, String toFile) {
        List<String> from = List.of(fromFile.split("/"));
        List<String> to = List.of(toFile.split("/"));
        int common = 0;
        while (common < from.size() - 1 && common < to.size() - 1 && from.get(common).equals(to.get(common))) {
            common++;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = common; i < from.size() - 1; i++) {
            sb.append("../");
        }
        return sb.append(encode(String.join("/", to.subList(common, to.size())))).toString();
    }

    /**
     * Resolves a relative path against the folder of {@code fromKey}, and a path that starts with
     * {@code /} against the root of the pages, as GitHub reads it from the repository's root; empty
     * when it climbs above the root. {@code resolve("guides/a", "../images/x.svg")} and
     * {@code resolve("guides/a", "/images/x.svg")} are {@code images/x.svg}.
     */
    static Optional<String> resolve(String fromKey, String path) {
        Deque<String> parts = new ArrayDeque<>(List.of(fromKey.split("/")));
        parts.removeLast();
        if (path.startsWith("/")) {
            parts.clear();
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                parts.addLast(segment);
            }
        }
        return Optional.of(String.join("/", parts));
    }
}
