package dev.docloc.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

/**
 * The {@code sarif} format: one SARIF 2.1.0 run whose results are located in the XLIFF files
 * (relative to {@code %SRCROOT%}), so code-scanning tools annotate the translation that needs
 * work. Suppressed findings stay in the log with an {@code external} suppression.
 */
final class SarifReport {
    static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    static final String FINGERPRINT = "doclocFinding/v1";

    private SarifReport() {
    }

    static void write(Report report, Writer out) {
        List<Rule> rules = rules(report);
        ObjectNode root = Json.object();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "docloc");
        driver.put("informationUri", Rules.INFORMATION_URI);
        ArrayNode descriptors = driver.putArray("rules");
        rules.forEach(r -> descriptors.add(descriptor(r)));
        ArrayNode results = run.putArray("results");
        List<String> ids = rules.stream().map(Rule::id).toList();
        report.issues().forEach(i -> results.add(result(i, ids.indexOf(i.rule()))));
        Json.write(root, out);
    }

    /** The catalogue, then any other rule id that occurs in the report, sorted. */
    static List<Rule> rules(Report report) {
        List<Rule> rules = new ArrayList<>(Rules.all());
        TreeSet<String> extra = new TreeSet<>();
        report.issues().stream().map(Issue::rule).filter(id -> Rules.find(id).isEmpty()).forEach(extra::add);
        extra.forEach(id -> rules.add(Rules.get(id)));
        return rules;
    }

    private static ObjectNode descriptor(Rule r) {
        ObjectNode o = Json.object();
        o.put("id", r.id());
        o.putObject("shortDescription").put("text", r.title());
        o.putObject("fullDescription").put("text", r.description());
        o.putObject("defaultConfiguration").put("level", level(r.severity()));
        o.putObject("help").put("text", r.help());
        o.putObject("properties").putArray("tags").add("localization")
                .add(r.id().startsWith("term-") ? "terminology" : "quality");
        return o;
    }

    private static ObjectNode result(Issue i, int ruleIndex) {
        ObjectNode o = Json.object();
        o.put("ruleId", i.rule());
        o.put("ruleIndex", ruleIndex);
        o.put("level", level(i.severity()));
        o.putObject("message").put("text", i.message().isEmpty() ? Rules.get(i.rule()).title() : i.message());
        String file = i.file().isEmpty() ? sourcePage(i) : i.file();
        if (!file.isEmpty()) {
            o.putArray("locations").add(location(file, i.line(), i.column()));
        }
        o.putObject("partialFingerprints").put(FINGERPRINT, fingerprint(i));
        o.set("properties", properties(i));
        if (i.isSuppressed()) {
            ObjectNode s = o.putArray("suppressions").addObject();
            s.put("kind", "external");
            s.put("justification", i.suppressed());
        }
        return o;
    }

    private static String sourcePage(Issue i) {
        return i.page().isEmpty() ? "" : "source-docs/" + i.page();
    }

    private static ObjectNode location(String file, int line, int column) {
        ObjectNode loc = Json.object();
        ObjectNode physical = loc.putObject("physicalLocation");
        ObjectNode artifact = physical.putObject("artifactLocation");
        artifact.put("uri", uri(file));
        artifact.put("uriBaseId", "%SRCROOT%");
        if (line > 0) {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", line);
            if (column > 0) {
                region.put("startColumn", column);
            }
        }
        return loc;
    }

    private static ObjectNode properties(Issue i) {
        ObjectNode p = Json.object();
        p.put("locale", i.locale());
        p.put("page", i.page());
        p.put("segment", i.segment());
        if (!i.term().isEmpty()) {
            p.put("term", i.term());
        }
        if (!i.highlight().isEmpty()) {
            p.put("highlight", i.highlight());
        }
        return p;
    }

    /** A relative URI reference for a project path: forward slashes, spaces and non-ASCII escaped. */
    static String uri(String path) {
        String p = path.replace('\\', '/');
        int colon = p.indexOf(':');
        if (colon >= 0 && (p.indexOf('/') < 0 || colon < p.indexOf('/'))) {
            p = "./" + p; // a colon in the first segment would read as a URI scheme
        }
        try {
            return new URI(null, null, p, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("file " + path + " is not a valid path", e);
        }
    }

    /** Stable across runs and line moves: the rule, locale, segment and term of the finding. */
    static String fingerprint(Issue i) {
        String key = String.join("\u0000", i.rule(), i.locale(), i.segment(), i.term());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
