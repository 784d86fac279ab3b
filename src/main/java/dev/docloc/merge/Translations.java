package dev.docloc.merge;

import dev.docloc.segment.Part;
import dev.docloc.segment.Segment;
import dev.docloc.segment.TextUnit;
import java.util.List;

/** Where the merger gets published targets from. */
@FunctionalInterface
public interface Translations {
    /** No translations: merging yields the source. */
    Translations NONE = (unit, segment) -> null;

    /**
     * The published target of {@code segment}, its codes being the source segment's {@code Code}s,
     * or null when there is none.
     */
    List<Part> target(TextUnit unit, Segment segment);
}
