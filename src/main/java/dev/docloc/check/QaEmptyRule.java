package dev.docloc.check;

import dev.docloc.report.Severity;
import dev.docloc.segment.Parts;

/**
 * {@code qa-empty}: the target has no text (only whitespace) although the source has some. A
 * target that keeps the source's codes but drops all its words is empty too; a source made of
 * codes only (an image, inline code) may have a target made of the same codes.
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
        boolean sourceEmpty = QaText.strip(Parts.plainText(in.source())).isEmpty()
                && Parts.codes(in.source()).isEmpty();
        boolean targetBlank = QaText.strip(QaText.stripBidi(Parts.plainText(in.target()))).isEmpty();
        boolean targetEmpty = targetBlank && (Parts.codes(in.target()).isEmpty() || Parts.hasWords(in.source()));
        if (!sourceEmpty && targetEmpty) {
            report.add("The target is empty: translate the segment; until then its source text is published.", "");
        }
    }
}
