package dev.docloc.store;

import dev.docloc.segment.Part;
import dev.docloc.segment.UnitKind;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The alignment of one translated page with its source: the target of every aligned source
 * segment, and every unit left unaligned on either side with the reason.
 *
 * @param targets      target content by source segment id (codes are the source's)
 * @param sourceUnits  number of source units
 * @param targetUnits  number of target units
 * @param alignedUnits number of source units whose every segment got a target
 * @param unaligned    units left unaligned, source side first, in page order
 */
public record AlignmentReport(Map<String, List<Part>> targets, int sourceUnits, int targetUnits, int alignedUnits,
                              List<Unaligned> unaligned) {
    public AlignmentReport {
        targets = Map.copyOf(targets);
        unaligned = List.copyOf(unaligned);
    }

    /** Why a unit was left unaligned. */
    public enum Reason {
        NO_COUNTERPART("no counterpart (block added or removed)"),
        KINDS_MISMATCH("kinds mismatch"),
        LOCKED_CONTENT_DIFFERS("locked content differs"),
        SENTENCE_COUNT_MISMATCH("sentence count mismatch or sentences that do not correspond"),
        CODE_MISMATCH("code mismatch");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * A unit that was not aligned.
     *
     * @param sourceSide true for a source unit, false for a unit of the translated page
     * @param unitId     the unit id (content-derived, of its own page)
     * @param kind       the unit kind
     * @param reason     why
     * @param detail     what exactly differs, for the report
     * @param text       the start of the unit's plain text
     */
    public record Unaligned(boolean sourceSide, String unitId, UnitKind kind, Reason reason, String detail,
                            String text) {
        public Unaligned {
            Objects.requireNonNull(reason, "reason must not be null");
        }
    }

    /** Counts of unaligned units by reason, for one side. */
    public Map<Reason, Integer> reasons(boolean sourceSide) {
        Map<Reason, Integer> out = new TreeMap<>();
        for (Unaligned u : unaligned) {
            if (u.sourceSide() == sourceSide) {
                out.merge(u.reason(), 1, Integer::sum);
            }
        }
        return out;
    }

    /** The number of unaligned units on one side. */
    public int unalignedCount(boolean sourceSide) {
        return (int) unaligned.stream().filter(u -> u.sourceSide() == sourceSide).count();
    }
}
