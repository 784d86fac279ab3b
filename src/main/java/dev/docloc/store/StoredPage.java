package dev.docloc.store;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The translations of one page in one locale, by segment id, in file order.
 *
 * @param page   the page path ({@code guides/install.md})
 * @param locale the target locale
 */
public record StoredPage(String page, String locale, Map<String, StoredSegment> segments) {
    public StoredPage {
        segments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(segments));
    }

    public static StoredPage empty(String page, String locale) {
        return new StoredPage(page, locale, Map.of());
    }
}
