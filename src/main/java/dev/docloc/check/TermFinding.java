package dev.docloc.check;

import dev.docloc.report.Severity;
import java.util.Objects;

/**
 * A terminology finding in one segment.
 *
 * @param rule      {@code term-missing}, {@code term-forbidden}, {@code term-dnt} or {@code term-case}
 * @param severity  the severity from the glossary (term, then rule, then default)
 * @param term      the glossary entry's {@code source}
 * @param message   what is wrong and what to do
 * @param highlight the offending text in the target, or the expected text when it is missing
 */
public record TermFinding(String rule, Severity severity, String term, String message, String highlight) {
    public TermFinding {
        Objects.requireNonNull(rule, "rule must not be null");
        Objects.requireNonNull(severity, "severity must not be null");
        Objects.requireNonNull(term, "term must not be null");
        Objects.requireNonNull(message, "message must not be null");
        highlight = highlight == null ? "" : highlight;
    }
}
