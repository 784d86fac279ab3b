package dev.docloc.check;

import dev.docloc.report.Severity;
import dev.docloc.segment.Parts;
import java.util.Locale;

/**
 * {@code qa-length}: the ratio of target to source length, in code points of plain text (codes
 * left out, ends stripped), lies in the locale's band ({@link QaConfig#lengthBand}). Ratios of
 * short texts swing with a single word, so sources shorter than {@value #MIN_SOURCE} code points
 * are skipped, and a target must be more than {@value #SLACK} code points (about two words)
 * outside the band: "The KVM device is missing" → "Das KVM-Gerät fehlt" (76%) is fine for
 * {@code de} (80%–220%).
 */
final class QaLengthRule implements QaRule {
    static final int MIN_SOURCE = 20;
    static final int SLACK = 10;

    private final QaConfig config;

    QaLengthRule(QaConfig config) {
        this.config = config;
    }

    @Override
    public String id() {
        return "qa-length";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public String description() {
        return "The target's length relative to the source lies in the usual range for the locale.";
    }

    @Override
    public void check(QaInput in, QaReport report) {
        String source = QaText.strip(Parts.plainText(in.source()));
        String target = QaText.strip(QaText.stripBidi(Parts.plainText(in.target())));
        int sourceLength = source.codePointCount(0, source.length());
        if (sourceLength < MIN_SOURCE) {
            return;
        }
        int targetLength = target.codePointCount(0, target.length());
        double ratio = (double) targetLength / sourceLength;
        double[] band = config.lengthBand(in.locale());
        if (targetLength < band[0] * sourceLength - SLACK || targetLength > band[1] * sourceLength + SLACK) {
            report.add(String.format(Locale.ROOT, "The target is %d%% of the source's length, outside the %d%%–%d%%"
                            + " usual for %s: check that nothing is %s.", Math.round(ratio * 100),
                    Math.round(band[0] * 100), Math.round(band[1] * 100), in.locale(),
                    ratio < band[0] ? "left out" : "added or repeated"), "");
        }
    }
}
