package dev.docloc.store;

import dev.docloc.segment.Part;
import java.util.List;
import java.util.Objects;

/**
 * A segment as stored in a translations file.
 *
 * @param id     the segment id
 * @param source the source content as stored (its codes carry the stored ids and data)
 * @param target the target content, empty when there is none
 * @param state  the segment state
 * @param notes  notes attached to the segment (carry-forward, import, suppressions)
 * @param line   the line of the segment in its file, 0 when not read from a file
 * @param candidates translations offered for review (XLIFF matches), never published
 */
public record StoredSegment(String id, List<Part> source, List<Part> target, State state, List<String> notes,
                            int line, List<Candidate> candidates) {
    public StoredSegment {
        Objects.requireNonNull(id, "id must not be null");
        source = List.copyOf(source);
        target = List.copyOf(target);
        Objects.requireNonNull(state, "state must not be null");
        notes = List.copyOf(notes);
        candidates = List.copyOf(candidates);
    }

    public StoredSegment(String id, List<Part> source, List<Part> target, State state, List<String> notes, int line) {
        this(id, source, target, state, notes, line, List.of());
    }

    public boolean hasTarget() {
        return !target.isEmpty();
    }
}
