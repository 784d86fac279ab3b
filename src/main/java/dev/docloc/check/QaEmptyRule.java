package dev.docloc.check;

import dev.docloc.report.Severity;
import dev.docloc.segment.Parts;

/**
 * {@code qa-empty}: the target has no text (only spaces, line breaks and invisible characters such
 * as bidi marks or a zero-width space) although the source has some ({@link
 * Parts#emptyTranslation}). A target that keeps the source's codes but drops all its words is
 * empty too; a source made of codes only (an image, inline code) may have a target made of the
 * same codes.
 */
final class QaEmptyRule implements QaRule {

    @Override
    public String id() {
        return "qa-empty";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "The target is empty although the source has content.";
    }

    @Override
    public void check(QaInput in, QaReport report) {
        // the very test publishing makes: what is reported here is what build replaces by the source
        if (Parts.emptyTranslation(in.source(), in.target())) {
            report.add("The target is empty: translate the segment; until then its source text is published.", "");
        }
    }
}
