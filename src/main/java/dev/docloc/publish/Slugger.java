package dev.docloc.publish;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * GitHub-style heading slugs: lower case, punctuation other than hyphens dropped, spaces turned
 * into hyphens, repeated slugs numbered {@code -1}, {@code -2}. One instance per page.
 */
final class Slugger {
    private static final Pattern DROPPED = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]");
    private final Set<String> used = new HashSet<>();

    /**
     * Marks {@code id}, a heading's own (from its attribute block) or another element's (a
     * footnote's), as taken, so that no slug repeats it: call it for all of a page's own ids
     * before the first {@link #slug}.
     */
    void reserve(String id) {
        used.add(id);
    }

    /** The slug of one heading's text, unique on this page. */
    String slug(String text) {
        String base = DROPPED.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
        if (base.isEmpty()) {
            base = "section";
        }
        String slug = base;
        for (int n = 1; !used.add(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
