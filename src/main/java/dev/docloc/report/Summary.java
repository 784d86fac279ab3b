package dev.docloc.report;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Counts for one {@code check} run. Severity and rule counts cover active findings only;
 * suppressed findings are counted in {@code suppressed} and nowhere else.
 *
 * @param pages      source pages checked
 * @param segments   segments checked (over all locales)
 * @param errors     active findings of severity error
 * @param warnings   active findings of severity warning
 * @param infos      active findings of severity info
 * @param suppressed findings suppressed with a reason
 * @param byRule     active findings per rule id, sorted by rule id
 */
public record Summary(int pages, int segments, int errors, int warnings, int infos, int suppressed,
                      Map<String, Integer> byRule) {
    public Summary {
        Objects.requireNonNull(byRule, "byRule must not be null");
        byRule = Collections.unmodifiableMap(new TreeMap<>(byRule));
    }

    /** Active findings of all severities. */
    public int total() {
        return errors + warnings + infos;
    }

    /** Active findings of this severity. */
    public int count(Severity severity) {
        return switch (severity) {
            case ERROR -> errors;
            case WARNING -> warnings;
            case INFO -> infos;
        };
    }
}
