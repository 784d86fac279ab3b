package dev.docloc.adoption;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.docloc.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds a temporary project from the bilingual corpus (English pages as source-docs/, a glossary
 * from the corpus's pt-BR term lists), runs {@code import-pages} and {@code check --format json}
 * through the command line, and summarizes both.
 */
final class CheckRun {
    private CheckRun() {}

    static List<String> run(Path corpus, List<AlignEval.Pair> pairs) throws IOException {
        Path root = Files.createTempDirectory("docloc-adoption-");
        Path from = root.resolve("pages-pt-BR");
        for (AlignEval.Pair p : pairs) {
            copy(corpus.resolve(p.en()), root.resolve("source-docs").resolve(p.page()));
            copy(corpus.resolve(p.pt()), from.resolve(p.page()));
        }
        Files.writeString(root.resolve("glossary.yml"), glossary(corpus.resolve("glossary")));
        List<String> out = new ArrayList<>();
        out.add("project: " + root);
        String imported = cli(root, "import-pages", "--locale", "pt-BR", "--from", from.toString());
        out.add("import-pages: " + importTotals(imported));
        String json = cli(root, "check", "--locale", "pt-BR", "--format", "json", "--fail-on", "never");
        out.addAll(checkSummary(json));
        return out;
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
    }

    private static String cli(Path root, String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--project", root.toString(), "--quiet"));
        all.addAll(List.of(args));
        int code = Main.run(all.toArray(String[]::new), new PrintWriter(o), new PrintWriter(e));
        if (code == 2) {
            throw new IllegalStateException(String.join(" ", args) + " failed: " + e);
        }
        return o.toString();
    }

    /** glossary.yml: translated terms with their pt-BR translation, do-not-translate terms as such. */
    static String glossary(Path dir) throws IOException {
        Map<String, Map<String, Object>> terms = new LinkedHashMap<>();
        for (String[] c : tsv(dir.resolve("kubernetes-pt-br-terms.tsv"))) {
            boolean dnt = c[2].equals("do-not-translate");
            terms.put(c[0].toLowerCase(), term(c[0], dnt ? null : c[1], dnt));
        }
        for (String[] c : tsv(dir.resolve("cncf-glossary-en-pt-br-titles.tsv"))) {
            String en = c[0].replaceAll("\\s*\\(.*\\)", "").strip();
            String pt = c[1].replaceAll("\\s*\\(.*\\)", "").strip();
            if (!en.isEmpty() && !pt.isEmpty()) {
                terms.putIfAbsent(en.toLowerCase(), term(en, pt, false));
            }
        }
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("sourceLocale", "en");
        g.put("targetLocales", List.of("pt-BR"));
        g.put("terms", new ArrayList<>(terms.values()));
        return new YAMLMapper().writeValueAsString(g);
    }

    private static Map<String, Object> term(String source, String pt, boolean dnt) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("source", source);
        if (dnt) {
            t.put("doNotTranslate", true);
        } else {
            t.put("translations", Map.of("pt-BR", pt));
        }
        return t;
    }

    private static List<String[]> tsv(Path f) throws IOException {
        List<String> lines = Files.readAllLines(f);
        return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).map(l -> l.split("\t", -1)).toList();
    }

    /** Pages, aligned units and segments set, summed over the page lines of the import report. */
    static String importTotals(String report) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(": (\\d+)/(\\d+) units aligned, (\\d+) segments set");
        int[] n = new int[4];
        for (String line : report.split("\n")) {
            var m = p.matcher(line);
            if (!line.startsWith(" ") && m.find()) {
                n[0]++;
                n[1] += Integer.parseInt(m.group(1));
                n[2] += Integer.parseInt(m.group(2));
                n[3] += Integer.parseInt(m.group(3));
            }
        }
        return String.format("%d pages, %d/%d units aligned, %d segments set", n[0], n[1], n[2], n[3]);
    }

    /** The summary object and the issue counts per rule and severity. */
    static List<String> checkSummary(String json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        Map<String, int[]> rules = new TreeMap<>();
        for (JsonNode i : root.get("issues")) {
            int[] c = rules.computeIfAbsent(i.get("rule").asText(), k -> new int[3]);
            String sev = i.get("severity").asText();
            c[sev.equals("error") ? 0 : sev.equals("warning") ? 1 : 2]++;
        }
        List<String> out = new ArrayList<>();
        out.add("check summary: " + root.get("summary"));
        out.add(String.format("  %-28s %7s %8s %5s", "rule", "errors", "warnings", "info"));
        rules.forEach((r, c) -> out.add(String.format("  %-28s %7d %8d %5d", r, c[0], c[1], c[2])));
        return out;
    }
}
