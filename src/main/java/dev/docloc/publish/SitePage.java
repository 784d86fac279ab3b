package dev.docloc.publish;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One published page in one locale.
 *
 * @param key                the page path below {@code source-docs/} without {@code .md}
 *                           ({@code guides/installing-kvm}); it becomes {@code <locale>/<key>.html}
 * @param locale             the BCP 47 locale of this version
 * @param markdown           the localized Markdown: the source page with translated text spliced in
 *                           (same block structure, headings and link targets); front matter is allowed
 * @param title              the (translated) title: the build gives the front matter's, else the
 *                           plain text of the first level-1 heading
 *                           ({@link PageOutline#title(org.commonmark.node.Node)}), else the key;
 *                           "" stands for the key
 * @param description        the (translated) front matter description, "" when there is none
 * @param coverage           the share of segments with a published translation, 0 to 1
 * @param partial            whether some segments show the source text
 * @param untranslatedBlocks indices of the leaf blocks (paragraphs, headings, table cells, titles of
 *                           admonitions and content tabs, counted in document order, nested ones
 *                           included; {@link PageOutline#leafBlocks}) that show source text; they are
 *                           marked with the source locale's {@code lang}. Empty when unknown.
 */
public record SitePage(String key, String locale, String markdown, String title, String description,
                       double coverage, boolean partial, Set<Integer> untranslatedBlocks) {
    public SitePage {
        Objects.requireNonNull(key, "key must not be null");
        Objects.requireNonNull(locale, "locale must not be null");
        Objects.requireNonNull(markdown, "markdown must not be null");
        title = title == null ? "" : title;
        description = description == null ? "" : description;
        if (!(coverage >= 0 && coverage <= 1)) {
            throw new IllegalArgumentException("coverage " + coverage + " must be between 0 and 1");
        }
        // Sorted, so that iteration order does not change from run to run as Set.copyOf's does.
        untranslatedBlocks = Collections.unmodifiableSortedSet(
                new TreeSet<>(untranslatedBlocks == null ? Set.of() : untranslatedBlocks));
    }

    /** A page without block-level information on untranslated text. */
    public SitePage(String key, String locale, String markdown, String title, String description,
                    double coverage, boolean partial) {
        this(key, locale, markdown, title, description, coverage, partial, Set.of());
    }
}
