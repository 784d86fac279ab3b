package dev.docloc.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The findings of one {@code check} run, ready to be written by {@link ReportWriter}.
 *
 * <pre><code>
 * Report report = Report.of(issues, pages, segments);
 * ReportWriter.write(report, "text", out, color);
 * int exit = ReportWriter.exitCode(report, "error");
 * </code></pre>
 *
 * @param issues  every finding, active and suppressed, sorted by locale, page, file position and rule
 * @param summary the counts
 */
public record Report(List<Issue> issues, Summary summary) {
    /** The order of findings in every format: grouped by locale and page, then by position. */
    static final Comparator<Issue> ORDER = Comparator.comparing(Issue::locale)
            .thenComparing(Issue::page)
            .thenComparing(Issue::file)
            .thenComparingInt(Issue::line)
            .thenComparingInt(Issue::column)
            .thenComparing(Issue::segment)
            .thenComparing(Issue::severity, Comparator.reverseOrder())
            .thenComparing(Issue::rule)
            .thenComparing(Issue::term)
            .thenComparing(Issue::message);

    public Report {
        Objects.requireNonNull(issues, "issues must not be null");
        Objects.requireNonNull(summary, "summary must not be null");
        issues = List.copyOf(issues);
    }

    /**
     * Sorts the findings and counts them; suppressed findings ({@link Issue#isSuppressed()}) are
     * kept but left out of the severity and rule counts.
     *
     * @param all      all findings of the run
     * @param pages    number of source pages checked
     * @param segments number of segments checked
     */
    public static Report of(List<Issue> all, int pages, int segments) {
        Objects.requireNonNull(all, "all must not be null");
        List<Issue> sorted = new ArrayList<>(all);
        sorted.sort(ORDER);
        return new Report(sorted, summarize(sorted, pages, segments));
    }

    /** The findings that count: not suppressed. */
    public List<Issue> active() {
        return issues.stream().filter(i -> !i.isSuppressed()).toList();
    }

    /** The findings a reviewer suppressed with a reason. */
    public List<Issue> suppressed() {
        return issues.stream().filter(Issue::isSuppressed).toList();
    }

    private static Summary summarize(List<Issue> issues, int pages, int segments) {
        int[] bySeverity = new int[Severity.values().length];
        int suppressed = 0;
        Map<String, Integer> byRule = new TreeMap<>();
        for (Issue i : issues) {
            if (i.isSuppressed()) {
                suppressed++;
            } else {
                bySeverity[i.severity().ordinal()]++;
                byRule.merge(i.rule(), 1, Integer::sum);
            }
        }
        return new Summary(pages, segments, bySeverity[Severity.ERROR.ordinal()],
                bySeverity[Severity.WARNING.ordinal()], bySeverity[Severity.INFO.ordinal()], suppressed, byRule);
    }
}
