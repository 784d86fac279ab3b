package dev.docloc.check;

import dev.docloc.report.Severity;

/** {@code qa-number}: placeholder, replaced below. */
final class QaNumberRule implements QaRule {
    @Override
    public String id() {
        return "qa-number";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "Numbers, versions, sizes and units of the source are in the target with the same value.";
    }

    @Override
    public void check(QaInput in, QaReport report) {
    }
}
