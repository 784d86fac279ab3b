package dev.docloc.segment;

import java.util.List;
import java.util.Objects;

/**
 * A sentence (or a whole block when it has one sentence): the thing a translator translates.
 *
 * @param id      content-derived identifier, stable when the paragraph moves; unique in its page
 * @param source  the source content
 */
public record Segment(String id, List<Part> source) implements UnitPart {
    public Segment {
        Objects.requireNonNull(id, "id must not be null");
        source = List.copyOf(source);
    }

    /** The plain text of the source, codes left out. */
    public String plainText() {
        return Parts.plainText(source);
    }
}
