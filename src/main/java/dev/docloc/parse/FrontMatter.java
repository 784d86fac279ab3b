package dev.docloc.parse;

import java.util.List;
import java.util.Optional;

/**
 * YAML front matter: the top-level scalar entries of the block between the two {@code ---} lines,
 * each with the offsets of its value in the page text so that translated values can be spliced in.
 */
public record FrontMatter(List<Entry> entries) {
    public static final FrontMatter NONE = new FrontMatter(List.of());

    /**
     * A top-level {@code key: value} line.
     *
     * @param key        the key
     * @param value      the value, unquoted
     * @param valueStart offset of the raw value (quotes included) in the page text
     * @param valueEnd   offset after the raw value
     * @param quote      the quote character of the raw value, or 0 for a plain scalar
     */
    public record Entry(String key, String value, int valueStart, int valueEnd, char quote) {}

    public FrontMatter {
        entries = List.copyOf(entries);
    }

    public Optional<String> get(String key) {
        return entries.stream().filter(e -> e.key().equals(key)).map(Entry::value).findFirst();
    }
}
