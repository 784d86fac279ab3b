package dev.docloc.check;

import dev.docloc.report.Severity;
import java.util.Objects;

/**
 * One problem that {@link QaChecker} found in a translated segment.
 *
 * @param rule      the rule id, such as {@code qa-codes} or {@code qa-number}
 * @param severity  the severity configured for the rule
 * @param message   what is wrong and what to do about it
 * @param highlight the offending text of the target (a code's Markdown, a number, a URL), or of
 *                  the source when it is missing from the target; "" when nothing in particular
 */
public record QaFinding(String rule, Severity severity, String message, String highlight) {
    public QaFinding {
        Objects.requireNonNull(rule, "rule must not be null");
        Objects.requireNonNull(severity, "severity must not be null");
        Objects.requireNonNull(message, "message must not be null");
        highlight = highlight == null ? "" : highlight;
    }
}
