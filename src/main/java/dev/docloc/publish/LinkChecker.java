package dev.docloc.publish;

import dev.docloc.cache.ContentHash;
import dev.docloc.cache.ResultCache;
import dev.docloc.report.Issue;
import dev.docloc.report.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks a written site: every relative {@code href} ({@code <a>}, {@code <link>}) and
 * {@code src} ({@code <img>}) of every HTML page must name an existing file inside the site, and
 * every {@code #fragment} an {@code id} (or {@code <a name>}) of the target page. Absolute URLs
 * are not followed. Run it after {@link SiteWriter#write} and after copying the images.
 *
 * <pre><code>
 * LinkChecker.Result result = LinkChecker.check(Path.of("build/site"));
 * System.out.printf("%d pages, %d links, %d anchors%n", result.pages(), result.links(), result.anchors());
 * </code></pre>
 *
 * <p>It reads HTML with a tag scanner that knows comments, scripts and styles, which is enough
 * for pages rendered by docloc (the raw HTML of the source pages included); it is not a full
 * HTML parser.
 */
public final class LinkChecker {
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([^\\s\"'>/=]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?");
    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|amp|lt|gt|quot|apos);");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.\\-]*:");

    private final Path root;
    private final ResultCache<Scan> cache;
    private final java.util.function.Function<Path, String> hasher;
    private final Map<Path, Scan> scans = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Path, Boolean> exists = new HashMap<>();
    private final List<Issue> broken = new ArrayList<>();
    private int links;
    private int anchors;

    /**
     * What was checked.
     *
     * @param pages   HTML pages read
     * @param links   relative references checked
     * @param anchors references with a {@code #fragment} whose target file exists, checked for the id
     * @param broken  one {@code publish-dead-link} warning per broken reference, in page order
     */
    public record Result(int pages, int links, int anchors, List<Issue> broken) {
        public Result {
            broken = List.copyOf(broken);
        }
    }

    /**
     * What the check needs of one HTML file: its relative references (in order) and its ids.
     *
     * @param refs relative {@code href} and {@code src} values, stripped
     * @param ids  element ids and {@code <a name>}s
     */
    public record Scan(List<String> refs, Set<String> ids) {
        public Scan {
            refs = List.copyOf(refs);
            ids = Set.copyOf(ids);
        }
    }

    private LinkChecker(Path root, ResultCache<Scan> cache, java.util.function.Function<Path, String> hasher) {
        this.root = root.toAbsolutePath().normalize();
        this.cache = cache;
        this.hasher = hasher;
    }

    /** Checks every {@code .html} file below {@code siteDir}. */
    public static Result check(Path siteDir) {
        return check(siteDir, null, null);
    }

    /**
     * As {@link #check(Path)}, scanning only the files whose content is not in {@code cache}
     * (by content hash), so that checking a site after a one-page change parses only the changed
     * files.
     *
     * @param hasher the {@link dev.docloc.cache.ContentHash} of a file's content (for instance from
     *               {@link dev.docloc.cache.FileHashes}, which reads only changed files), or null to
     *               read and hash every file
     */
    public static Result check(Path siteDir, ResultCache<Scan> cache, java.util.function.Function<Path, String> hasher) {
        Objects.requireNonNull(siteDir, "siteDir must not be null");
        LinkChecker checker = new LinkChecker(siteDir, cache, hasher);
        List<Path> pages = checker.pages();
        // reading and scanning the files is most of the work and independent per file
        dev.docloc.Parallel.map(pages, checker::scan);
        for (Path page : pages) {
            checker.checkPage(page);
        }
        return new Result(pages.size(), checker.links, checker.anchors, checker.broken);
    }

    private List<Path> pages() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".html") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    private void checkPage(Path page) {
        for (String ref : scan(page).refs()) {
            checkReference(page, ref);
        }
    }

    private Scan scan(Path page) {
        Scan done = scans.get(page);
        if (done != null) {
            return done;
        }
        Scan s;
        if (cache == null) {
            s = scan(new String(read(page), StandardCharsets.UTF_8));
        } else {
            // the hasher's value stands for the content (a content hash or, for a file docloc has
            // just written, the key it was made from): the scan is kept under that value
            byte[] bytes = hasher == null ? read(page) : null;
            String hash = hasher == null ? ContentHash.of(bytes) : hasher.apply(page);
            s = cache.get(hash);
            if (s == null) {
                s = scan(new String(bytes != null ? bytes : read(page), StandardCharsets.UTF_8));
                cache.put(hash, s);
            }
        }
        scans.put(page, s);
        return s;
    }

    private static Scan scan(String html) {
        List<String> refs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Map.Entry<String, Map<String, String>> tag : tags(html)) {
            Map<String, String> attributes = tag.getValue();
            String ref = switch (tag.getKey()) {
                case "a", "link", "area" -> attributes.get("href");
                case "img" -> attributes.get("src");
                default -> null;
            };
            if (ref != null && !SCHEME.matcher(ref.strip()).find() && !ref.startsWith("//")) {
                refs.add(ref.strip());
            }
            ids.add(attributes.get("id"));
            if (tag.getKey().equals("a")) {
                ids.add(attributes.get("name"));
            }
        }
        ids.remove(null);
        return new Scan(refs, ids);
    }

    private void checkReference(Path page, String ref) {
        links++;
        int hash = ref.indexOf('#');
        String path = stripQuery(hash < 0 ? ref : ref.substring(0, hash));
        Path target = path.isEmpty() ? page : page.getParent().resolve(SitePaths.decode(path)).normalize();
        if (ref.isEmpty() || !target.startsWith(root) || !exists.computeIfAbsent(target, Files::isRegularFile)) {
            broken.add(issue(page, ref, "links to a file that does not exist in the site"));
        } else if (hash >= 0 && target.getFileName().toString().endsWith(".html")) {
            anchors++;
            String fragment = SitePaths.decode(ref.substring(hash + 1));
            // a text fragment (#:~:text=…) scrolls to text, not to an element: no id to check
            if (!fragment.isEmpty() && !fragment.startsWith(":~:") && !idsOf(target).contains(fragment)) {
                broken.add(issue(page, ref, "links to #" + fragment + ", which " + root.relativize(target)
                        + " does not have"));
            }
        }
    }

    private Set<String> idsOf(Path page) {
        return scan(page).ids();
    }

    /** The start tags of a page (lower-case name, attributes), outside comments, scripts and styles. */
    private static List<Map.Entry<String, Map<String, String>>> tags(String page) {
        List<Map.Entry<String, Map<String, String>>> tags = new ArrayList<>();
        for (TagScanner.Tag tag : TagScanner.startTags(page)) {
            tags.add(Map.entry(tag.name().toLowerCase(Locale.ROOT), attributes(tag.attributes())));
        }
        return tags;
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new HashMap<>();
        Matcher m = ATTRIBUTE.matcher(text);
        while (m.find()) {
            String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            attributes.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), value == null ? "" : unescape(value));
        }
        return attributes;
    }

    private static String unescape(String value) {
        return CHARACTER_REFERENCE.matcher(value).replaceAll(m -> Matcher.quoteReplacement(switch (m.group(1)) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> numeric(m.group(1));
        }));
    }

    /** {@code #65} or {@code #x41} as a character; an invalid reference stays as it is. */
    private static String numeric(String reference) {
        boolean hex = reference.charAt(1) == 'x' || reference.charAt(1) == 'X';
        try {
            return Character.toString(Integer.parseInt(reference.substring(hex ? 2 : 1), hex ? 16 : 10));
        } catch (IllegalArgumentException e) {
            return "&" + reference + ";";
        }
    }

    private static String stripQuery(String path) {
        int q = path.indexOf('?');
        return q < 0 ? path : path.substring(0, q);
    }

    private Issue issue(Path page, String ref, String message) {
        String path = root.relativize(page).toString().replace('\\', '/');
        int slash = path.indexOf('/');
        String locale = slash < 0 ? "" : path.substring(0, slash);
        String key = slash < 0 ? path : path.substring(slash + 1);
        if (key.endsWith(".html")) {
            key = key.substring(0, key.length() - ".html".length()) + ".md"; // no pattern per broken link
        }
        return new Issue(Severity.WARNING, "publish-dead-link", locale, key, path, 0, 0, "", "", "", "",
                message, ref, "");
    }

    private static byte[] read(Path page) {
        try {
            return Files.readAllBytes(page);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + page, e);
        }
    }
}
