package dev.docloc.check;

import dev.docloc.report.Severity;
import java.util.List;

/** Collects the findings of one rule run, stamping each with the rule id and its severity. */
final class QaReport {
    private final String rule;
    private final Severity severity;
    private final List<QaFinding> sink;

    QaReport(String rule, Severity severity, List<QaFinding> sink) {
        this.rule = rule;
        this.severity = severity;
        this.sink = sink;
    }

    void add(String message, String highlight) {
        sink.add(new QaFinding(rule, severity, message, highlight));
    }
}
