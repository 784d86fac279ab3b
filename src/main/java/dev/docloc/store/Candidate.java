package dev.docloc.store;

import dev.docloc.segment.Part;
import java.util.List;

/**
 * A translation offered to the translator but never published: a fuzzy match from the memory or
 * the previous translation of a segment whose source changed.
 *
 * @param source     the source the translation was made for
 * @param target     that translation
 * @param similarity 0..1, token-based
 * @param origin     where it comes from ({@code previous-version}, {@code memory})
 */
public record Candidate(List<Part> source, List<Part> target, double similarity, String origin) {
    public Candidate {
        source = List.copyOf(source);
        target = List.copyOf(target);
    }
}
