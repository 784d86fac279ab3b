package dev.docloc.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The stage benchmarks measure what they claim, on the bundled pages: no timing is asserted, only
 * that each stage does its work and that the runner reports every one of them.
 */
class StagesTest {
    private static final String PAGES = "source-docs";

    @Test
    void everyBenchmarkIsAStageTheTableReports() {
        List<String> benchmarks = Arrays.stream(Stages.class.getMethods())
                .filter(m -> m.isAnnotationPresent(Benchmark.class)).map(java.lang.reflect.Method::getName).toList();
        assertThat(StageBench.STAGES.keySet()).containsExactlyInAnyOrderElementsOf(benchmarks);
    }

    @Test
    void eachStageDoesItsWork() throws IOException {
        Stages s = stages();
        try {
            assertThat(s.pages()).isEqualTo(10);
            assertThat(s.segments()).isGreaterThan(100);
            // store read reads back every segment store write wrote
            assertThat(s.storeRead()).isEqualTo(s.segments());
            // the cached splitter gives the units the splitter gives
            assertThat(s.extractCached()).isEqualTo(s.extract()).isPositive();
            assertThat(s.parseExtract()).isEqualTo(s.extract());
            // parse returns the length of every page's text: the corpus, less what BOMs took
            assertThat(s.parse()).isPositive().isLessThanOrEqualTo(s.bytes());
            assertThat(s.merge()).isGreaterThan(s.bytes());
            assertThat(s.baseline()).isGreaterThan(s.bytes());
            // term and QA findings are counted: pseudo-translations of the bundled pages give some
            assertThat(s.check()).isPositive();
            s.render();
            try (Stream<Path> html = Files.walk(s.siteDir())) {
                assertThat(html.filter(p -> p.toString().endsWith(".html") && !p.getFileName().toString().equals("index.html")
                        && !p.getParent().equals(s.siteDir()))).hasSize(2 * s.pages());
            }
            // the combined stages are their parts: units of the extract, then merge and render
            assertThat(s.extractMergeRender()).isEqualTo(s.parseExtract() + s.merge() + s.render());
            assertThat(s.extractMergeRenderCached()).isEqualTo(s.extractMergeRender());
        } finally {
            s.tearDown();
        }
        assertThat(s.siteDir().getParent()).doesNotExist();
    }

    @Test
    void theRunnerReportsEveryStageAgainstTheBaseline() throws RunnerException {
        Collection<RunResult> results = new Runner(StageBench.options(PAGES, "glossary.yml", null)
                .forks(0).warmupIterations(0).measurementIterations(1).measurementTime(TimeValue.milliseconds(1))
                .verbosity(VerboseMode.SILENT).build()).run();
        List<String> table = StageBench.table(results, 1_000_000);
        assertThat(table).hasSize(StageBench.STAGES.size());
        assertThat(table.get(0)).startsWith("commonmark parse+render").endsWith("baseline");
        assertThat(table.subList(1, table.size())).allMatch(line -> line.matches(".* MB/s  \\d+\\.\\d{3}x baseline"));
    }

    private static Stages stages() throws IOException {
        Stages s = new Stages();
        s.corpus = PAGES;
        s.glossary = "glossary.yml";
        s.setUp();
        return s;
    }
}
