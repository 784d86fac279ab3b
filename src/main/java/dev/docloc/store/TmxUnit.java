package dev.docloc.store;

import dev.docloc.segment.Part;
import java.util.List;

/**
 * One translation unit of an exchanged TMX file: a source and its translation, with where it
 * comes from in the store when it was exported from one.
 *
 * @param source  the source content, codes as TMX gave them
 * @param target  the translation
 * @param state   the {@code x-docloc-state} property, or null when the file has none
 * @param page    the {@code x-docloc-page} property (page path), empty when none
 * @param segment the {@code x-docloc-segment} property (segment id), empty when none
 * @param line    the line of the {@code <tu>} in its file, 0 when not read from a file
 */
public record TmxUnit(List<Part> source, List<Part> target, State state, String page, String segment, int line) {
    public TmxUnit {
        source = List.copyOf(source);
        target = List.copyOf(target);
        page = page == null ? "" : page;
        segment = segment == null ? "" : segment;
    }

    /** True when the unit names a segment of the store (it was exported from one). */
    public boolean located() {
        return !page.isEmpty() && !segment.isEmpty();
    }
}
