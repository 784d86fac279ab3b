package dev.docloc.bench;

import dev.docloc.Project;
import dev.docloc.check.QaChecker;
import dev.docloc.check.QaConfig;
import dev.docloc.check.QaInput;
import dev.docloc.check.TermChecker;
import dev.docloc.glossary.Glossary;
import dev.docloc.merge.Merger;
import dev.docloc.parse.Markdown;
import dev.docloc.parse.Page;
import dev.docloc.parse.PageParser;
import dev.docloc.publish.Site;
import dev.docloc.publish.SiteOptions;
import dev.docloc.publish.SitePage;
import dev.docloc.publish.SiteWriter;
import dev.docloc.segment.Extractor;
import dev.docloc.segment.Parts;
import dev.docloc.segment.Segment;
import dev.docloc.segment.SentenceSplitter;
import dev.docloc.segment.TextUnit;
import dev.docloc.store.PseudoTranslator;
import dev.docloc.store.StoredPage;
import dev.docloc.store.StoredSegment;
import dev.docloc.store.TranslationStore;
import dev.docloc.store.XliffFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.commonmark.renderer.html.HtmlRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The pipeline's stages as JMH benchmarks: one operation is one stage over every Markdown file of
 * {@link #corpus}, on one thread, so that its time per operation gives MB/s of source Markdown.
 * {@link #baseline} is commonmark-java alone parsing and rendering the same files to HTML, the
 * practical limit each stage is compared with. Each benchmark runs in a JVM of its own (a fork):
 * stages timed one after the other in one JVM share its compiled code and skew each other.
 *
 * <p>Run through {@link StageBench} ({@code bench/stages}), which prints MB/s and the ratios; or
 * with JMH's own runner for its profilers, e.g. {@code org.openjdk.jmh.Main Stages.render -prof gc
 * -p corpus=DIR}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class Stages {
    static final String LOCALE = "en-XA";

    /** The folder of Markdown files, read recursively. */
    @Param("source-docs")
    public String corpus;

    /** The glossary the check stage checks terms against; empty for none. */
    @Param("glossary.yml")
    public String glossary;

    private record Input(String path, Page page, List<TextUnit> units, Map<String, StoredSegment> targets,
                         StoredPage stored) {
    }

    private List<byte[]> bytes;
    private List<Input> inputs;
    private List<String> merged;
    private Extractor extractor;
    private Extractor cached;
    private HtmlRenderer html;
    private TermChecker terms;
    private QaChecker qa;
    private Path tmp;
    private Thread cleanUp;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        tmp = Files.createTempDirectory("docloc-stages");
        // a benchmark that throws skips the trial's tear-down: the folder (in RAM under
        // bench/stages) goes when the JVM ends
        cleanUp = new Thread(this::deleteTmp);
        Runtime.getRuntime().addShutdownHook(cleanUp);
        Path root = Path.of(corpus);
        List<Path> files = CommonmarkBaseline.markdownFiles(root);
        bytes = new ArrayList<>();
        for (Path f : files) {
            bytes.add(Files.readAllBytes(f));
        }
        extractor = Extractor.create("en", Project.FRONT_MATTER_KEYS);
        inputs = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String path = root.relativize(files.get(i)).toString().replace('\\', '/');
            Page page = PageParser.parse(path, bytes.get(i), files.get(i));
            List<TextUnit> units = extractor.extract(page);
            Map<String, StoredSegment> targets = new LinkedHashMap<>();
            for (TextUnit u : units) {
                for (Segment s : u.segments()) {
                    targets.put(s.id(), new StoredSegment(s.id(), s.source(), PseudoTranslator.translate(s.source(), LOCALE),
                            dev.docloc.store.State.TRANSLATED, List.of(), 0));
                }
            }
            inputs.add(new Input(path, page, units, targets, new StoredPage(path, LOCALE, targets)));
        }
        merged = inputs.stream().map(Stages::merge).toList();
        html = Markdown.htmlRenderer().build();
        terms = glossary.isEmpty() ? null : new TermChecker(Glossary.load(Path.of(glossary)));
        qa = new QaChecker(QaConfig.defaults());
        // as a command runs once extract has kept the sentence boundaries in target/docloc-cache
        cached = Extractor.create(SentenceSplitter.forLanguage("en").cachedIn(tmp.resolve("srx-en.bin")),
                Project.FRONT_MATTER_KEYS);
        inputs.forEach(i -> cached.extract(i.page()));
        // the files store read reads
        storeWrite();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        deleteTmp();
        Runtime.getRuntime().removeShutdownHook(cleanUp);
    }

    private void deleteTmp() {
        try (Stream<Path> all = Files.walk(tmp)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // already gone, or the system's temporary-file cleaning takes the rest
        }
    }

    /** The size of the corpus in bytes, for MB/s. */
    long bytes() {
        return bytes.stream().mapToLong(b -> b.length).sum();
    }

    int pages() {
        return inputs.size();
    }

    /** commonmark-java alone: parse (docloc's extensions, source spans) and render to HTML. */
    @Benchmark
    public long baseline() {
        return sum(bytes, b -> html.render(Markdown.parser().parse(new String(b, StandardCharsets.UTF_8))).length());
    }

    @Benchmark
    public long parse() {
        return sum(inputs, i -> PageParser.parse(i.path(), i.page().text()).text().length());
    }

    /** Units and sentences of parsed pages, no sentence boundary known (a first extract). */
    @Benchmark
    public long extract() {
        return sum(inputs, i -> extractor.extract(i.page()).size());
    }

    @Benchmark
    public long parseExtract() {
        return sum(inputs, i -> extractor.extract(PageParser.parse(i.path(), i.page().text())).size());
    }

    /** As {@link #extract} with every sentence boundary found in the cache (every later command). */
    @Benchmark
    public long extractCached() {
        return sum(inputs, i -> cached.extract(i.page()).size());
    }

    /** XLIFF 2.1 text of each page's pseudo-translations, written atomically. */
    @Benchmark
    public long storeWrite() {
        return sum(inputs, i -> {
            String xml = XliffFile.write("en", LOCALE, i.path(), i.units(), i.targets());
            XliffFile.writeAtomically(file(i), xml);
            return xml.length();
        });
    }

    /** Each page's XLIFF file read back (parsed and converted; no schema validation). */
    @Benchmark
    public long storeRead() {
        return sum(inputs, i -> XliffFile.read(file(i), LOCALE).segments().size());
    }

    /** Term checks (when a glossary is given) and QA rules of every segment. */
    @Benchmark
    public long check() {
        return sum(inputs, i -> {
            long n = 0;
            for (TextUnit u : i.units()) {
                for (Segment s : u.segments()) {
                    List<dev.docloc.segment.Part> target = i.targets().get(s.id()).target();
                    if (terms != null) {
                        n += terms.check(Parts.textWithCodeMarks(s.source()), Parts.textWithCodeMarks(target), LOCALE).size();
                    }
                    n += qa.check(new QaInput(LOCALE, "en", u.kind(), s.source(), target, Set.of(), Set.of())).size();
                }
            }
            return n;
        });
    }

    @Benchmark
    public long merge() {
        return sum(inputs, i -> merge(i).length());
    }

    /** Both locales of every page rendered to HTML and written, with the site index and sitemap. */
    @Benchmark
    public long render() {
        return renderSite();
    }

    /** The in-process target: extract from the Markdown text, merge, render. */
    @Benchmark
    public long extractMergeRender() {
        return parseExtract() + merge() + renderSite();
    }

    @Benchmark
    public long extractMergeRenderCached() {
        return sum(inputs, i -> cached.extract(PageParser.parse(i.path(), i.page().text())).size()) + merge()
                + renderSite();
    }

    /** The number of segments the pages hold (what store read must find). */
    long segments() {
        return sum(inputs, i -> i.targets().size());
    }

    Path siteDir() {
        return tmp.resolve("site");
    }

    private long renderSite() {
        Map<String, String> sources = new LinkedHashMap<>();
        List<SitePage> pages = new ArrayList<>();
        for (int k = 0; k < inputs.size(); k++) {
            String key = Project.key(inputs.get(k).path());
            sources.put(key, inputs.get(k).page().text());
            pages.add(new SitePage(key, "en", inputs.get(k).page().text(), key, "", 1.0, false, Set.of()));
            pages.add(new SitePage(key, LOCALE, merged.get(k), key, "", 1.0, false, Set.of()));
        }
        Site site = new Site("en", List.of("en", LOCALE), sources, pages, SiteOptions.of("https://docs.example.com/"));
        return SiteWriter.write(site, siteDir()).size();
    }

    private Path file(Input i) {
        return tmp.resolve("x").resolve(i.path().replace('/', '_') + ".xlf");
    }

    private static String merge(Input i) {
        return Merger.merge(i.page(), i.units(), TranslationStore.translations(i.stored()), LOCALE).text();
    }

    private static <T> long sum(List<T> items, ToLongFunction<T> f) {
        long n = 0;
        for (T item : items) {
            n += f.applyAsLong(item);
        }
        return n;
    }
}
