package dev.docloc.report;

import java.io.Writer;
import java.util.Objects;

/**
 * Writes a {@link Report} as {@code text}, {@code json}, {@code sarif} or {@code html}, and
 * turns it into the exit status of {@code check}. Stateless and thread-safe.
 *
 * <pre><code>
 * Report report = Report.of(issues, pages, segments);
 * ReportWriter.write(report, "sarif", writer, false);
 * System.exit(ReportWriter.exitCode(report, "warning"));
 * </code></pre>
 */
public final class ReportWriter {
    private ReportWriter() {
    }

    /**
     * Writes {@code report} to {@code out} (flushed, not closed).
     *
     * @param format {@code text}, {@code json}, {@code sarif} or {@code html}
     * @param color  ANSI colors in the {@code text} format; pass true only for a terminal without
     *               {@code NO_COLOR}. Ignored by the other formats.
     * @throws IllegalArgumentException for another format
     * @throws java.io.UncheckedIOException when writing fails
     */
    public static void write(Report report, String format, Writer out, boolean color) {
        Objects.requireNonNull(report, "report must not be null");
        Objects.requireNonNull(format, "format must not be null");
        Objects.requireNonNull(out, "out must not be null");
        switch (format) {
            case "text" -> TextReport.write(report, out, color);
            case "json" -> JsonReport.write(report, out);
            case "sarif" -> SarifReport.write(report, out);
            case "html" -> HtmlReport.write(report, out);
            default -> throw new IllegalArgumentException(
                    "format " + format + " is not one of text, json, sarif, html");
        }
    }

    /**
     * The exit status of {@code check}: 1 when an active (not suppressed) finding is at or above
     * the threshold, else 0.
     *
     * @param failOn {@code error}, {@code warning} or {@code never}
     * @throws IllegalArgumentException for another value
     */
    public static int exitCode(Report report, String failOn) {
        Objects.requireNonNull(report, "report must not be null");
        Objects.requireNonNull(failOn, "failOn must not be null");
        Summary s = report.summary();
        return switch (failOn) {
            case "error" -> s.errors() > 0 ? 1 : 0;
            case "warning" -> s.errors() + s.warnings() > 0 ? 1 : 0;
            case "never" -> 0;
            default -> throw new IllegalArgumentException(
                    "failOn " + failOn + " is not one of error, warning, never");
        };
    }
}
