package dev.docloc.merge;

import java.util.List;
import java.util.Set;

/**
 * A localized page.
 *
 * @param text               the localized Markdown
 * @param segments           segments in the page
 * @param translated         segments that show a translation
 * @param untranslatedUnits  ids of units that show some source text
 * @param rejected           segments whose translation broke the markup and was not used
 */
public record MergeResult(String text, int segments, int translated, Set<String> untranslatedUnits,
                          List<Rejected> rejected) {

    /** A translation that was not used because its codes do not match the source's. */
    public record Rejected(String unitId, String segmentId, String reason) {}

    public MergeResult {
        untranslatedUnits = Set.copyOf(untranslatedUnits);
        rejected = List.copyOf(rejected);
    }

    /** Share of segments translated, 1.0 for a page without segments. */
    public double coverage() {
        return segments == 0 ? 1.0 : (double) translated / segments;
    }
}
