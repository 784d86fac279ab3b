package dev.docloc.report;

import java.util.Objects;

/**
 * One finding of {@code check}: a terminology or QA problem in one segment of one locale.
 *
 * @param severity   how serious it is
 * @param rule       the rule id ({@code term-missing}, {@code qa-codes}, ...)
 * @param locale     the target locale (BCP 47)
 * @param page       the source page, relative to {@code source-docs/} ({@code guides/install.md})
 * @param file       the translations file, relative to the project root, or "" when there is none
 * @param line       1-based line of the segment in {@code file} (0 when unknown)
 * @param column     1-based column in {@code file} (0 when unknown)
 * @param segment    the segment id
 * @param source     the source text of the segment (codes shown as their Markdown)
 * @param target     the target text
 * @param term       the glossary entry's {@code source} for terminology rules, else ""
 * @param message    what is wrong and what to do
 * @param highlight  the offending text in the target (or in the source when it is missing from the target), or ""
 * @param suppressed the reason a reviewer gave to suppress it, or "" when it is not suppressed
 */
public record Issue(Severity severity, String rule, String locale, String page, String file, int line, int column,
                    String segment, String source, String target, String term, String message, String highlight,
                    String suppressed) {
    public Issue {
        Objects.requireNonNull(severity, "severity must not be null");
        Objects.requireNonNull(rule, "rule must not be null");
        locale = nz(locale);
        page = nz(page);
        file = nz(file);
        segment = nz(segment);
        source = nz(source);
        target = nz(target);
        term = nz(term);
        message = nz(message);
        highlight = nz(highlight);
        suppressed = nz(suppressed);
    }

    public boolean isSuppressed() {
        return !suppressed.isEmpty();
    }

    public Issue withSuppressed(String reason) {
        return new Issue(severity, rule, locale, page, file, line, column, segment, source, target, term, message,
                highlight, reason);
    }

    public Issue withSeverity(Severity s) {
        return new Issue(s, rule, locale, page, file, line, column, segment, source, target, term, message,
                highlight, suppressed);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
