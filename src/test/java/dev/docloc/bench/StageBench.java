package dev.docloc.bench;

import dev.docloc.Project;
import dev.docloc.check.QaChecker;
import dev.docloc.check.QaConfig;
import dev.docloc.check.QaInput;
import dev.docloc.check.TermChecker;
import dev.docloc.glossary.Glossary;
import dev.docloc.merge.Merger;
import dev.docloc.parse.Page;
import dev.docloc.parse.PageParser;
import dev.docloc.publish.Site;
import dev.docloc.publish.SiteOptions;
import dev.docloc.publish.SitePage;
import dev.docloc.publish.SiteWriter;
import dev.docloc.segment.Extractor;
import dev.docloc.segment.Parts;
import dev.docloc.segment.Segment;
import dev.docloc.segment.TextUnit;
import dev.docloc.store.PseudoTranslator;
import dev.docloc.store.State;
import dev.docloc.store.StoredPage;
import dev.docloc.store.StoredSegment;
import dev.docloc.store.TranslationStore;
import dev.docloc.store.XliffFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * In-process throughput of each stage over the same Markdown files, single-threaded, after
 * warm-up, next to commonmark-java alone parsing and rendering them to HTML. Each stage runs
 * over all files {@code warmup} times unmeasured, then {@code rounds} times measured; the best
 * and the median round are reported in MB/s of source Markdown and as a ratio to the baseline.
 *
 * <pre><code>
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
 * java -cp target/test-classes:target/classes:$(cat target/bench-classpath.txt) \
 *     dev.docloc.bench.StageBench DIR [glossary.yml] [warmup] [rounds]
 * </code></pre>
 */
public final class StageBench {
    private static final String LOCALE = "en-XA";

    private record Input(String path, Page page, List<TextUnit> units, Map<String, StoredSegment> targets) {
    }

    private StageBench() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        Glossary glossary = args.length > 1 ? Glossary.load(Path.of(args[1])) : null;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        List<Path> files = CommonmarkBaseline.markdownFiles(root);
        List<byte[]> bytes = new ArrayList<>();
        for (Path f : files) {
            bytes.add(Files.readAllBytes(f));
        }
        long size = bytes.stream().mapToLong(b -> b.length).sum();
        System.out.printf(Locale.ROOT, "%d files, %.2f MB; warm-up %d, rounds %d%n", files.size(), size / 1e6,
                warmup, rounds);
        Extractor extractor = Extractor.create("en", Project.FRONT_MATTER_KEYS);
        List<Input> inputs = inputs(root, files, bytes, extractor);
        Path tmp = Files.createTempDirectory("docloc-stagebench");
        try {
            run(tmp, bytes, inputs, extractor, glossary, size, warmup, rounds);
        } finally {
            try (java.util.stream.Stream<Path> all = Files.walk(tmp)) {
                for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Times every stage, writing what it writes into {@code tmp} (removed afterwards). */
    private static void run(Path tmp, List<byte[]> bytes, List<Input> inputs, Extractor extractor, Glossary glossary,
                            long size, int warmup, int rounds) {
        HtmlRenderer html = dev.docloc.parse.Markdown.htmlRenderer().build();
        TermChecker terms = glossary == null ? null : new TermChecker(glossary);
        QaChecker qa = new QaChecker(QaConfig.defaults());
        Timer t = new Timer(size, warmup, rounds);
        double base = t.run("commonmark parse+render", () -> sum(bytes, b ->
                html.render(dev.docloc.parse.Markdown.parser().parse(new String(b, java.nio.charset.StandardCharsets.UTF_8))).length()), 0);
        t.run("parse", () -> sum(inputs, i -> PageParser.parse(i.path(), i.page().text()).text().length()), base);
        t.run("extract (segment)", () -> sum(inputs, i -> extractor.extract(i.page()).size()), base);
        t.run("parse+extract", () -> sum(inputs, i -> extractor.extract(PageParser.parse(i.path(), i.page().text())).size()), base);
        t.run("store write", () -> sum(inputs, i -> write(tmp, i)), base);
        t.run("store read", () -> sum(inputs, i -> XliffFile.read(file(tmp, i), LOCALE).segments().size()), base);
        t.run("check (terms+qa)", () -> sum(inputs, i -> check(terms, qa, i)), base);
        t.run("merge", () -> sum(inputs, i -> merge(i).length()), base);
        List<String> merged = inputs.stream().map(StageBench::merge).toList();
        t.run("render (site)", () -> render(tmp, inputs, merged), base);
        t.run("extract+merge+render", () -> sum(inputs, i -> extractor.extract(PageParser.parse(i.path(), i.page().text())).size())
                + sum(inputs, i -> merge(i).length()) + render(tmp, inputs, merged), base);
        // as a command runs once the sentence boundaries of the texts are in target/docloc-cache
        Extractor cached = Extractor.create(dev.docloc.segment.SentenceSplitter.forLanguage("en")
                .cachedIn(tmp.resolve("srx-en.bin")), Project.FRONT_MATTER_KEYS);
        inputs.forEach(i -> cached.extract(i.page()));
        t.run("extract, sentences cached", () -> sum(inputs, i -> cached.extract(i.page()).size()), base);
        t.run("extract+merge+render, cached", () -> sum(inputs, i -> cached.extract(PageParser.parse(i.path(), i.page().text())).size())
                + sum(inputs, i -> merge(i).length()) + render(tmp, inputs, merged), base);
    }

    private static List<Input> inputs(Path root, List<Path> files, List<byte[]> bytes, Extractor extractor) {
        List<Input> out = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String path = root.relativize(files.get(i)).toString().replace('\\', '/');
            Page page = PageParser.parse(path, bytes.get(i), files.get(i));
            List<TextUnit> units = extractor.extract(page);
            Map<String, StoredSegment> targets = new LinkedHashMap<>();
            for (TextUnit u : units) {
                for (Segment s : u.segments()) {
                    targets.put(s.id(), new StoredSegment(s.id(), s.source(), PseudoTranslator.translate(s.source(), LOCALE),
                            State.TRANSLATED, List.of(), 0));
                }
            }
            out.add(new Input(path, page, units, targets));
        }
        return out;
    }

    private static Path file(Path tmp, Input i) {
        return tmp.resolve("x").resolve(i.path().replace('/', '_') + ".xlf");
    }

    private static long write(Path tmp, Input i) {
        String xml = XliffFile.write("en", LOCALE, i.path(), i.units(), i.targets());
        XliffFile.writeAtomically(file(tmp, i), xml);
        return xml.length();
    }

    private static long check(TermChecker terms, QaChecker qa, Input i) {
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
    }

    private static String merge(Input i) {
        StoredPage stored = new StoredPage(i.path(), LOCALE, i.targets());
        return Merger.merge(i.page(), i.units(), TranslationStore.translations(stored), LOCALE).text();
    }

    private static long render(Path tmp, List<Input> inputs, List<String> merged) {
        Map<String, String> sources = new LinkedHashMap<>();
        List<SitePage> pages = new ArrayList<>();
        for (int k = 0; k < inputs.size(); k++) {
            String key = Project.key(inputs.get(k).path());
            sources.put(key, inputs.get(k).page().text());
            pages.add(new SitePage(key, "en", inputs.get(k).page().text(), key, "", 1.0, false, Set.of()));
            pages.add(new SitePage(key, LOCALE, merged.get(k), key, "", 1.0, false, Set.of()));
        }
        Site site = new Site("en", List.of("en", LOCALE), sources, pages, SiteOptions.of("https://docs.example.com/"));
        return SiteWriter.write(site, tmp.resolve("site")).size();
    }

    private static <T> long sum(List<T> items, ToLongFunction<T> f) {
        long n = 0;
        for (T item : items) {
            n += f.applyAsLong(item);
        }
        return n;
    }

    /** Runs a task over all files repeatedly and prints its throughput. */
    private record Timer(long bytes, int warmup, int rounds) {
        double run(String name, java.util.function.LongSupplier task, double baseline) {
            long sink = 0;
            for (int i = 0; i < warmup; i++) {
                sink += task.getAsLong();
            }
            long[] ns = new long[rounds];
            for (int i = 0; i < rounds; i++) {
                long t0 = System.nanoTime();
                sink += task.getAsLong();
                ns[i] = System.nanoTime() - t0;
            }
            java.util.Arrays.sort(ns);
            double median = bytes / 1e6 / (ns[rounds / 2] / 1e9);
            double best = bytes / 1e6 / (ns[0] / 1e9);
            String ratio = baseline == 0 ? "baseline" : String.format(Locale.ROOT, "%.3fx baseline", median / baseline);
            System.out.printf(Locale.ROOT, "%-26s median %8.2f MB/s  best %8.2f MB/s  %s  (%d)%n", name, median, best,
                    ratio, sink % 10);
            return median;
        }
    }
}
