package dev.docloc.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * The {@code json} format, a contract for scripts: {@code issues} (active findings),
 * {@code suppressed} (with {@code reason}) and {@code summary}. Fields keep a fixed order;
 * new fields may be added, existing ones keep their names and types.
 */
final class JsonReport {
    private JsonReport() {
    }

    static void write(Report report, Writer out) {
        ObjectNode root = Json.object();
        root.set("issues", issues(report.active()));
        root.set("suppressed", issues(report.suppressed()));
        root.set("summary", summary(report.summary()));
        Json.write(root, out);
    }

    private static ArrayNode issues(List<Issue> issues) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        for (Issue i : issues) {
            array.add(issue(i));
        }
        return array;
    }

    static ObjectNode issue(Issue i) {
        ObjectNode o = Json.object();
        o.put("severity", i.severity().id());
        o.put("rule", i.rule());
        o.put("locale", i.locale());
        o.put("page", i.page());
        o.put("file", i.file());
        o.put("line", i.line());
        o.put("column", i.column());
        o.put("segment", i.segment());
        o.put("source", i.source());
        o.put("target", i.target());
        o.put("term", i.term());
        o.put("message", i.message());
        o.put("highlight", i.highlight());
        if (i.isSuppressed()) {
            o.put("reason", i.suppressed());
        }
        return o;
    }

    private static ObjectNode summary(Summary s) {
        ObjectNode o = Json.object();
        o.put("pages", s.pages());
        o.put("segments", s.segments());
        o.put("errors", s.errors());
        o.put("warnings", s.warnings());
        o.put("infos", s.infos());
        o.put("suppressed", s.suppressed());
        ObjectNode byRule = o.putObject("byRule");
        for (Map.Entry<String, Integer> e : s.byRule().entrySet()) {
            byRule.put(e.getKey(), e.getValue());
        }
        return o;
    }
}
