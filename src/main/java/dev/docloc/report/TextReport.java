package dev.docloc.report;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code text} format for a terminal: findings grouped by locale and page, the offending
 * text marked in the source or target, then a summary. ANSI colors only when asked; without
 * color the offending text is marked {@code [[like this]]}. Control characters of the
 * (untrusted) texts are shown escaped so a translation cannot drive the terminal.
 */
final class TextReport {
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String MARK = "\u001b[1;4;35m";
    private static final String DIM = "\u001b[2m";

    private final PrintWriter out;
    private final boolean color;

    private TextReport(Writer out, boolean color) {
        this.out = new PrintWriter(out);
        this.color = color;
    }

    static void write(Report report, Writer out, boolean color) {
        TextReport t = new TextReport(out, color);
        t.findings(report.active());
        t.suppressed(report.suppressed());
        t.summary(report.summary());
        t.out.flush();
    }

    private void findings(List<Issue> issues) {
        String group = null;
        for (Issue i : issues) {
            String g = i.locale() + " \u00b7 " + i.page();
            if (!g.equals(group)) {
                out.print(group == null ? "" : "\n");
                out.println(paint(BOLD, clean(g)));
                group = g;
            }
            finding(i);
        }
        if (!issues.isEmpty()) {
            out.println();
        }
    }

    private void finding(Issue i) {
        out.println("  " + location(i) + ": " + paint(severityColor(i.severity()), i.severity().id())
                + " [" + clean(i.rule()) + "] " + clean(i.message()));
        boolean inTarget = !i.highlight().isEmpty() && i.target().contains(i.highlight());
        out.println("      " + paint(DIM, "source:") + " " + marked(i.source(), inTarget ? "" : i.highlight()));
        out.println("      " + paint(DIM, "target:") + " " + marked(i.target(), inTarget ? i.highlight() : ""));
    }

    private void suppressed(List<Issue> issues) {
        if (issues.isEmpty()) {
            return;
        }
        out.println(paint(BOLD, "Suppressed (not counted)"));
        for (Issue i : issues) {
            out.println("  " + location(i) + ": " + i.severity().id() + " [" + clean(i.rule()) + "] "
                    + clean(i.locale()) + " " + clean(i.message()));
            out.println("      " + paint(DIM, "reason:") + " " + clean(i.suppressed()));
        }
        out.println();
    }

    private void summary(Summary s) {
        out.println(s.pages() + " pages, " + s.segments() + " segments: "
                + paint(severityColor(Severity.ERROR), plural(s.errors(), "error")) + ", "
                + paint(severityColor(Severity.WARNING), plural(s.warnings(), "warning")) + ", "
                + paint(severityColor(Severity.INFO), plural(s.infos(), "info")) + ", "
                + s.suppressed() + " suppressed");
        if (!s.byRule().isEmpty()) {
            out.println("by rule: " + s.byRule().entrySet().stream()
                    .map(e -> clean(e.getKey()) + " " + e.getValue())
                    .collect(Collectors.joining(", ")));
        }
    }

    private static String location(Issue i) {
        String where = i.file().isEmpty() ? i.page() : i.file();
        if (i.line() > 0) {
            where += ":" + i.line() + (i.column() > 0 ? ":" + i.column() : "");
        }
        return clean(where);
    }

    /** The text with every occurrence of {@code highlight} marked. */
    private String marked(String text, String highlight) {
        if (highlight.isEmpty()) {
            return clean(text);
        }
        StringBuilder sb = new StringBuilder();
        int from = 0;
        for (int at = text.indexOf(highlight); at >= 0; at = text.indexOf(highlight, from)) {
            sb.append(clean(text.substring(from, at)));
            sb.append(color ? MARK + clean(highlight) + RESET : "[[" + clean(highlight) + "]]");
            from = at + highlight.length();
        }
        return sb.append(clean(text.substring(from))).toString();
    }

    private String paint(String ansi, String text) {
        return color ? ansi + text + RESET : text;
    }

    private static String severityColor(Severity s) {
        return switch (s) {
            case ERROR -> "\u001b[1;31m";
            case WARNING -> "\u001b[33m";
            case INFO -> "\u001b[36m";
        };
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 || word.equals("info") ? "" : "s");
    }

    /** Escapes control characters (newline, tab, ESC ...) so they are visible and inert. */
    static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
