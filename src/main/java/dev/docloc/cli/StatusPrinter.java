package dev.docloc.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.docloc.Localizer.PageStatus;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints {@code status}: per page and a total per locale, as text or JSON. */
final class StatusPrinter {
    private StatusPrinter() {}

    /** Returns true when a locale is below {@code min} percent of words translated. */
    static boolean print(List<PageStatus> rows, String format, PrintWriter out, Double min) throws java.io.IOException {
        if (!format.equals("text") && !format.equals("json")) {
            throw new IllegalArgumentException("format " + format + " must be text or json");
        }
        Map<String, int[]> totals = new LinkedHashMap<>();
        for (PageStatus r : rows) {
            int[] t = totals.computeIfAbsent(r.locale(), k -> new int[5]);
            t[0] += r.segments();
            t[1] += r.words();
            t[2] += r.translated();
            t[3] += r.translatedWords();
            t[4] += r.needsReview();
        }
        if (format.equals("json")) {
            ObjectMapper om = new ObjectMapper();
            ObjectNode root = om.createObjectNode();
            ArrayNode pages = root.putArray("pages");
            for (PageStatus r : rows) {
                pages.add(om.valueToTree(r));
            }
            ObjectNode loc = root.putObject("locales");
            totals.forEach((k, t) -> loc.putObject(k).put("segments", t[0]).put("words", t[1]).put("translated", t[2])
                    .put("translatedWords", t[3]).put("needsReview", t[4]).put("coverage", pct(t[3], t[1])));
            out.println(om.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } else {
            for (PageStatus r : rows) {
                out.printf("%-6s %-45s %5.1f%%  %d/%d segments, %d/%d words, %d need review%n", r.locale(), r.page(),
                        pct(r.translatedWords(), r.words()), r.translated(), r.segments(), r.translatedWords(),
                        r.words(), r.needsReview());
            }
            totals.forEach((k, t) -> out.printf("%-6s %-45s %5.1f%%  %d/%d segments, %d/%d words%n", k, "TOTAL",
                    pct(t[3], t[1]), t[2], t[0], t[3], t[1]));
        }
        out.flush();
        return min != null && totals.values().stream().anyMatch(t -> pct(t[3], t[1]) < min);
    }

    private static double pct(int a, int b) {
        return b == 0 ? 100.0 : Math.round(1000.0 * a / b) / 10.0;
    }
}
