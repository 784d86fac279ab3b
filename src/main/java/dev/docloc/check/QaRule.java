package dev.docloc.check;

import dev.docloc.report.Severity;

/** One QA rule. Implementations keep no state between calls, so they are thread-safe. */
interface QaRule {

    /** The rule id written in reports, such as {@code qa-codes}. */
    String id();

    Severity defaultSeverity();

    /** One sentence saying what the rule checks, for report legends and SARIF rule metadata. */
    String description();

    /** Adds a finding to {@code report} for each problem of {@code input}. */
    void check(QaInput input, QaReport report);
}
