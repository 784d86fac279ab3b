package dev.docloc.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * In-process throughput of each stage ({@link Stages}, run by JMH, each in a JVM of its own) over
 * the same Markdown files, single-threaded, after warm-up, in MB/s of source Markdown and as a
 * ratio to commonmark-java alone parsing and rendering them to HTML. {@code bench/stages} runs it:
 *
 * <pre><code>
 * bench/stages [--corpus DIR] [--stage NAME] [--warmup N] [--iterations N] [--tmp DIR]
 * java -cp ... dev.docloc.bench.StageBench DIR [glossary.yml] [warm-up iterations] [measured iterations]
 * </code></pre>
 *
 * {@code -Dstage=NAME} runs only the baseline and the stages whose method name starts with NAME.
 */
public final class StageBench {
    /** The benchmarks of {@link Stages} and what the table calls them, in the order printed. */
    static final Map<String, String> STAGES = stages();

    private StageBench() {
    }

    private static Map<String, String> stages() {
        String[][] table = {
            {"baseline", "commonmark parse+render"}, {"parse", "parse"}, {"extract", "extract (segment)"},
            {"parseExtract", "parse+extract"}, {"storeWrite", "store write"}, {"storeRead", "store read"},
            {"check", "check (terms+qa)"}, {"merge", "merge"}, {"render", "render (site)"},
            {"extractMergeRender", "extract+merge+render"}, {"extractCached", "extract, sentences cached"},
            {"extractMergeRenderCached", "extract+merge+render, cached"}};
        Map<String, String> m = new LinkedHashMap<>();
        for (String[] row : table) {
            m.put(row[0], row[1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    public static void main(String[] args) throws IOException, RunnerException {
        String dir = args.length > 0 ? args[0] : "source-docs";
        String glossary = args.length > 1 ? args[1] : "glossary.yml";
        ChainedOptionsBuilder options = options(dir, glossary, System.getProperty("stage"))
                .verbosity(VerboseMode.NORMAL);
        if (args.length > 2) {
            options.warmupIterations(Integer.parseInt(args[2]));
        }
        if (args.length > 3) {
            options.measurementIterations(Integer.parseInt(args[3]));
        }
        long bytes = 0;
        List<Path> files = CommonmarkBaseline.markdownFiles(Path.of(dir));
        for (Path f : files) {
            bytes += Files.size(f);
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        System.out.printf(Locale.ROOT, "%n%d files, %.2f MB, one thread, %s%n", files.size(), bytes / 1e6,
                System.getProperty("java.vm.version"));
        for (String line : table(results, bytes)) {
            System.out.println(line);
        }
    }

    /** JMH options for the stages starting with {@code only} (all when null) and the baseline. */
    static ChainedOptionsBuilder options(String dir, String glossary, String only) {
        String prefix = Stages.class.getName() + ".";
        ChainedOptionsBuilder b = new OptionsBuilder().include(prefix + "baseline$")
                .param("corpus", dir).param("glossary", glossary);
        for (String stage : STAGES.keySet()) {
            if (!stage.equals("baseline") && (only == null || stage.startsWith(only))) {
                b.include(prefix + stage + "$");
            }
        }
        return b.timeUnit(java.util.concurrent.TimeUnit.MILLISECONDS).measurementTime(TimeValue.seconds(2));
    }

    /** One line per stage: JMH mean time of a pass (with its 99.9 % error), MB/s and the ratio to the baseline. */
    static List<String> table(Collection<RunResult> results, long bytes) {
        Map<String, Result<?>> byStage = new LinkedHashMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            byStage.put(name.substring(name.lastIndexOf('.') + 1), r.getPrimaryResult());
        }
        Result<?> base = byStage.get("baseline");
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, String> stage : STAGES.entrySet()) {
            Result<?> r = byStage.get(stage.getKey());
            if (r == null) {
                continue;
            }
            double mbs = bytes / 1e6 / (r.getScore() / 1e3);
            String ratio = stage.getKey().equals("baseline") ? "baseline"
                    : String.format(Locale.ROOT, "%.3fx baseline", base.getScore() / r.getScore());
            String error = Double.isFinite(r.getScoreError())
                    ? String.format(Locale.ROOT, "± %6.1f", r.getScoreError()) : "        ";
            lines.add(String.format(Locale.ROOT, "%-29s %8.1f ms %s  %7.2f MB/s  %s", stage.getValue(),
                    r.getScore(), error, mbs, ratio));
        }
        return lines;
    }
}
