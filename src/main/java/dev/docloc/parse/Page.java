package dev.docloc.parse;

import java.util.Objects;
import org.commonmark.node.Node;

/**
 * A parsed page.
 *
 * @param path        the page path below {@code source-docs/}, with {@code .md} ({@code guides/install.md})
 * @param text        the whole page source as read (BOM and front matter included)
 * @param bodyStart   offset in {@code text} where the Markdown body starts (after BOM and front matter)
 * @param frontMatter the front matter, {@link FrontMatter#NONE} when the page has none
 * @param document    the commonmark tree of the body; its source spans are relative to {@code bodyStart}
 */
public record Page(String path, String text, int bodyStart, FrontMatter frontMatter, Node document) {
    public Page {
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(frontMatter, "frontMatter must not be null");
        Objects.requireNonNull(document, "document must not be null");
    }

    /** The page path without {@code .md}: the key of its translations and published files. */
    public String key() {
        return path.endsWith(".md") ? path.substring(0, path.length() - 3) : path;
    }
}
