package dev.docloc.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.docloc.DoclocException;
import dev.docloc.report.Issue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Findings a reviewer accepted, committed next to the glossary ({@code docloc-baseline.yml}); each
 * entry names where the finding is and why it is acceptable:
 * <pre>
 * - locale: de
 *   page: guides/storage.md
 *   segment: s1a2b3c4d5e
 *   rule: term-missing
 *   term: network          # optional: any term of that rule when absent
 *   reason: "Netzwerk" is implied by the compound "Speichernetzwerk".
 * </pre>
 * A matching finding is reported as suppressed with the reason, like a {@code suppress} note in
 * the XLIFF file. Immutable.
 */
public final class Baseline {
    /** One accepted finding. */
    public record Entry(String locale, String page, String segment, String rule, String term, String reason) {}

    private static final Set<String> KEYS = Set.of("locale", "page", "segment", "rule", "term", "reason");

    private final List<Entry> entries;

    private Baseline(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static Baseline empty() {
        return new Baseline(List.of());
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Reads a baseline file; errors name the line and column. A missing file is an empty baseline. */
    public static Baseline load(Path file) {
        if (!Files.exists(file)) {
            return empty();
        }
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
            if (root == null || root.isMissingNode() || root.isNull()) {
                return empty();
            }
            if (!root.isArray()) {
                throw new DoclocException(file, 1, 1, "a baseline is a list of entries (- locale: …, rule: …, reason: …)");
            }
            List<Entry> out = new ArrayList<>();
            int n = 0;
            for (JsonNode e : root) {
                n++;
                out.add(entry(file, n, e));
            }
            return new Baseline(out);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new DoclocException(file, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
                    "not valid YAML: " + e.getOriginalMessage() + "; fix the file");
        } catch (IOException e) {
            throw new DoclocException(file, 0, 0, "cannot read: " + e.getMessage());
        }
    }

    private static Entry entry(Path file, int n, JsonNode e) {
        if (!e.isObject()) {
            throw new DoclocException(file, 0, 0, "entry " + n + " is not a mapping; write locale:, page:, segment:, rule:, reason:");
        }
        e.fieldNames().forEachRemaining(k -> {
            if (!KEYS.contains(k)) {
                throw new DoclocException(file, 0, 0, "entry " + n + ": unknown key '" + k + "'; allowed: " + KEYS);
            }
        });
        for (String required : List.of("locale", "segment", "rule", "reason")) {
            if (e.path(required).asText("").isBlank()) {
                throw new DoclocException(file, 0, 0, "entry " + n + " has no " + required
                        + "; every accepted finding needs locale, segment, rule and a reason");
            }
        }
        return new Entry(e.path("locale").asText(), e.path("page").asText(""), e.path("segment").asText(),
                e.path("rule").asText(), e.path("term").asText(""), e.path("reason").asText());
    }

    /** The issue, suppressed with the reason of the first entry that matches it. */
    public Issue apply(Issue i) {
        if (i.isSuppressed()) {
            return i;
        }
        for (Entry e : entries) {
            boolean match = e.locale().equalsIgnoreCase(i.locale()) && e.segment().equals(i.segment())
                    && e.rule().equals(i.rule()) && (e.page().isEmpty() || e.page().equals(i.page()))
                    && (e.term().isEmpty() || e.term().equalsIgnoreCase(i.term()));
            if (match) {
                return i.withSuppressed(e.reason());
            }
        }
        return i;
    }
}
