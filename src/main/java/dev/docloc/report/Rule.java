package dev.docloc.report;

import java.util.Objects;

/**
 * One check that {@code check} runs, as described to reviewers and to SARIF viewers.
 *
 * @param id          the stable rule id used in issues, suppressions and reports ({@code qa-codes})
 * @param severity    the severity a finding gets unless the configuration overrides it
 * @param title       a one-line summary
 * @param description what the rule flags
 * @param help        what a translator or reviewer should do about a finding
 */
public record Rule(String id, Severity severity, String title, String description, String help) {
    public Rule {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(severity, "severity must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(description, "description must not be null");
        Objects.requireNonNull(help, "help must not be null");
    }
}
