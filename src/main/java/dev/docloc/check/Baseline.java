package dev.docloc.check;

import dev.docloc.DoclocException;
import dev.docloc.report.Issue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Findings a reviewer accepted, committed next to the glossary ({@code docloc-baseline.yml}); each
 * entry names where the finding is and why it is acceptable:
 * <pre>
 * - locale: de
 *   page: guides/storage.md
 *   segment: s1a2b3c4d5e
 *   rule: term-missing
 *   term: network          # optional: any term of that rule when absent
 *   reason: "Netzwerk" is implied by the compound "Speichernetzwerk".
 * </pre>
 * A matching finding is reported as suppressed with the reason, like a {@code suppress} note in
 * the XLIFF file. Immutable.
 */
public final class Baseline {
    /** One accepted finding. */
    public record Entry(String locale, String page, String segment, String rule, String term, String reason) {}

    private final List<Entry> entries;

    private Baseline(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static Baseline empty() {
        return new Baseline(List.of());
    }

    public List<Entry> entries() {
        return entries;
    }

    /**
     * Reads a baseline file; a missing or empty file is an empty baseline.
     *
     * @throws DoclocException when the file is not valid YAML or not a list of entries with the
     *         keys above, naming the line and column of the problem
     */
    public static Baseline load(Path file) {
        return Files.exists(file) ? new Baseline(BaselineReader.read(file)) : empty();
    }

    /** The issue, suppressed with the reason of the first entry that matches it. */
    public Issue apply(Issue i) {
        if (i.isSuppressed()) {
            return i;
        }
        for (Entry e : entries) {
            boolean match = e.locale().equalsIgnoreCase(i.locale()) && e.segment().equals(i.segment())
                    && e.rule().equals(i.rule()) && (e.page().isEmpty() || e.page().equals(i.page()))
                    && (e.term().isEmpty() || e.term().equalsIgnoreCase(i.term()));
            if (match) {
                return i.withSuppressed(e.reason());
            }
        }
        return i;
    }
}
