package dev.docloc.check;

import dev.docloc.glossary.Glossary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the term checker over the labeled set {@code src/test/resources/terms/eval.tsv} and prints
 * precision and recall per language and rule, then every disagreement with the labels.
 *
 * <pre><code>
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/classes:target/test-classes:$(cat cp.txt) dev.docloc.check.TermEval
 * </code></pre>
 */
public final class TermEval {
    static final Path DIR = Path.of("src/test/resources/terms");

    /** One labeled pair. */
    record Sample(int line, String locale, String source, String target, List<String> expected) {
    }

    /** True positives, false positives and false negatives of one cell of the table. */
    static final class Counts {
        int tp;
        int fp;
        int fn;

        double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        void add(Counts other) {
            tp += other.tp;
            fp += other.fp;
            fn += other.fn;
        }
    }

    /** Counts per locale and rule ("*" = all rules), and the disagreements. */
    record Result(Map<String, Map<String, Counts>> table, List<String> errors) {
        Counts total(String locale) {
            return table.get(locale).get("*");
        }
    }

    private TermEval() {
    }

    public static void main(String[] args) {
        Result result = evaluate();
        System.out.print(format(result));
    }

    static List<Sample> samples() {
        try {
            List<String> lines = Files.readAllLines(DIR.resolve("eval.tsv"), StandardCharsets.UTF_8);
            List<Sample> samples = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.startsWith("#") || line.startsWith("locale\t") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                List<String> expected = f[3].isBlank() ? List.of() : List.of(f[3].split(";"));
                samples.add(new Sample(i + 1, f[0], f[1], f[2], expected));
            }
            return samples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Result evaluate() {
        TermChecker checker = new TermChecker(Glossary.load(DIR.resolve("eval-glossary.yml")));
        Map<String, Map<String, Counts>> table = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        for (Sample s : samples()) {
            List<String> actual = new ArrayList<>();
            checker.check(s.source(), s.target(), s.locale()).forEach(f -> actual.add(f.rule() + ":" + f.term()));
            List<String> missed = new ArrayList<>(s.expected());
            List<String> extra = new ArrayList<>();
            for (String a : actual) {
                if (!missed.remove(a)) {
                    extra.add(a);
                }
            }
            Map<String, Counts> row = table.computeIfAbsent(s.locale(), l -> new TreeMap<>());
            for (String found : actual) {
                if (!extra.contains(found)) {
                    cell(row, found).tp++;
                }
            }
            extra.forEach(e -> cell(row, e).fp++);
            missed.forEach(m -> cell(row, m).fn++);
            if (!extra.isEmpty() || !missed.isEmpty()) {
                errors.add("line " + s.line() + " " + s.locale() + ": " + s.target() + "\n    unexpected " + extra
                        + ", missed " + missed);
            }
        }
        table.values().forEach(TermEval::sumRules);
        return new Result(table, errors);
    }

    private static Counts cell(Map<String, Counts> row, String finding) {
        return row.computeIfAbsent(finding.substring(0, finding.indexOf(':')), r -> new Counts());
    }

    private static void sumRules(Map<String, Counts> row) {
        Counts all = new Counts();
        row.values().forEach(all::add);
        row.put("*", all);
    }

    static String format(Result result) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-7s %-15s %4s %4s %4s %9s %7s%n", "locale", "rule", "tp", "fp", "fn", "precision", "recall"));
        result.table().forEach((locale, row) -> row.forEach((rule, c) -> out.append(String.format(
                "%-7s %-15s %4d %4d %4d %9.3f %7.3f%n", locale, rule.equals("*") ? "all" : rule, c.tp, c.fp, c.fn,
                c.precision(), c.recall()))));
        Counts all = new Counts();
        result.table().values().forEach(row -> all.add(row.get("*")));
        out.append(String.format("%-7s %-15s %4d %4d %4d %9.3f %7.3f%n", "all", "all", all.tp, all.fp, all.fn,
                all.precision(), all.recall()));
        out.append(samples().size()).append(" segment pairs\n");
        result.errors().forEach(e -> out.append(e).append('\n'));
        return out.toString();
    }
}
