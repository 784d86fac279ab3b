package dev.docloc.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An independent check of a written site with a real HTML parser: every relative {@code href} and {@code src} of every page must name an
 * existing file inside the site, and every {@code #fragment} an element id of the target page.
 */
final class JsoupLinkChecker {
    /** What was checked and what is broken ("page: reference (reason)"). */
    record Result(int pages, int links, int anchors, List<String> broken) {}

    private final Path root;
    private final Map<Path, Set<String>> ids = new HashMap<>();
    private final List<String> broken = new ArrayList<>();
    private int links;
    private int anchors;

    private JsoupLinkChecker(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    static Result check(Path siteDir) {
        JsoupLinkChecker checker = new JsoupLinkChecker(siteDir);
        List<Path> pages = checker.pages();
        for (Path page : pages) {
            checker.checkPage(page);
        }
        return new Result(pages.size(), checker.links, checker.anchors, List.copyOf(checker.broken));
    }

    private List<Path> pages() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void checkPage(Path page) {
        for (Element e : parse(page).select("a[href], link[rel=stylesheet][href], img[src]")) {
            String ref = e.hasAttr("src") ? e.attr("src") : e.attr("href");
            if (!ref.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") && !ref.startsWith("//")) {
                checkReference(page, ref);
            }
        }
    }

    private void checkReference(Path page, String ref) {
        links++;
        int hash = ref.indexOf('#');
        String path = hash < 0 ? ref : ref.substring(0, hash);
        Path target = path.isEmpty() ? page : page.getParent().resolve(decode(path)).normalize();
        if (ref.isEmpty() || !target.startsWith(root) || !Files.isRegularFile(target)) {
            broken.add(root.relativize(page) + ": " + ref + " (no such file)");
            return;
        }
        if (hash >= 0) {
            anchors++;
            String fragment = decode(ref.substring(hash + 1));
            if (!idsOf(target).contains(fragment)) {
                broken.add(root.relativize(page) + ": " + ref + " (no element with id " + fragment + ")");
            }
        }
    }

    private Set<String> idsOf(Path page) {
        return ids.computeIfAbsent(page, p -> parse(p).select("[id]").stream().map(e -> e.id())
                .collect(Collectors.toSet()));
    }

    private static Document parse(Path page) {
        try {
            return Jsoup.parse(page.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
