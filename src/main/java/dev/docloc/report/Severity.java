package dev.docloc.report;

import java.util.Locale;

/** How serious a finding is. Ordered: {@code ERROR} is the highest. */
public enum Severity {
    INFO, WARNING, ERROR;

    /** The lower-case name used in reports and configuration. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
