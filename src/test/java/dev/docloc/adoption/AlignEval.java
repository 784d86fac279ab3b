package dev.docloc.adoption;

import dev.docloc.Project;
import dev.docloc.parse.PageParser;
import dev.docloc.segment.Extractor;
import dev.docloc.segment.Parts;
import dev.docloc.segment.Segment;
import dev.docloc.segment.SentenceSplitter;
import dev.docloc.segment.TextUnit;
import dev.docloc.store.AlignmentReport;
import dev.docloc.store.PageAligner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Aligns every English/pt-BR page pair of the bilingual corpus and prints how much aligned and
 * why the rest did not; with {@code --sample N --seed S}, N random aligned sentence pairs (for a
 * hand check); with {@code --check}, imports the pages into a temporary project and prints the
 * check summary.
 *
 * <pre><code>
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/classes:target/test-classes:$(cat cp.txt) dev.docloc.adoption.AlignEval \
 *     [--corpus /work/shared/corpora/bilingual] [--files] [--sample 50 --seed 42] [--check]
 * </code></pre>
 */
public final class AlignEval {
    static final Path DEFAULT_CORPUS = Path.of("/work/shared/corpora/bilingual");

    private AlignEval() {}

    /** One page pair as listed in pairs.tsv. */
    record Pair(String set, String en, String pt) {
        /** The path below the set's language folder, e.g. {@code opentelemetry.io/docs/x.md}. */
        String page() {
            return en.substring(en.indexOf('/') + 1);
        }
    }

    /** The alignment of one pair, with its units for printing. */
    record Aligned(Pair pair, List<TextUnit> source, List<TextUnit> target, AlignmentReport report) {}

    public static void main(String[] args) throws IOException {
        Path corpus = DEFAULT_CORPUS;
        int sample = 0;
        long seed = 42;
        boolean files = false;
        boolean check = false;
        String page = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--corpus" -> corpus = Path.of(args[++i]);
                case "--sample" -> sample = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--files" -> files = true;
                case "--check" -> check = true;
                case "--page" -> page = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<Aligned> all = alignAll(corpus);
        if (page != null) {
            for (Aligned a : all) {
                if (a.pair().page().contains(page)) {
                    details(a).forEach(System.out::println);
                }
            }
        } else if (sample > 0) {
            sample(all, sample, seed).forEach(System.out::println);
        } else if (check) {
            CheckRun.run(corpus, pairs(corpus)).forEach(System.out::println);
        } else {
            summary(all, files).forEach(System.out::println);
        }
    }

    static List<Pair> pairs(Path corpus) throws IOException {
        List<Pair> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(corpus.resolve("pairs.tsv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t");
            out.add(new Pair(c[0], c[1], c[2]));
        }
        return out;
    }

    static List<Aligned> alignAll(Path corpus) throws IOException {
        Extractor en = Extractor.create("en", Project.FRONT_MATTER_KEYS);
        Extractor pt = Extractor.create((SentenceSplitter) null, Project.FRONT_MATTER_KEYS);
        SentenceSplitter splitter = SentenceSplitter.forLanguage("pt-BR");
        List<Aligned> out = new ArrayList<>();
        for (Pair p : pairs(corpus)) {
            List<TextUnit> s = en.extract(parse(corpus, p.en()));
            List<TextUnit> t = pt.extract(parse(corpus, p.pt()));
            out.add(new Aligned(p, s, t, PageAligner.align(s, t, splitter)));
        }
        return out;
    }

    private static dev.docloc.parse.Page parse(Path corpus, String path) throws IOException {
        Path f = corpus.resolve(path);
        return PageParser.parse(path, Files.readAllBytes(f), f);
    }

    /** Totals, reasons per side, segments, then one line per file when asked. */
    static List<String> summary(List<Aligned> all, boolean files) {
        int[] n = new int[6];
        Map<String, Integer> reasons = new TreeMap<>();
        List<String> perFile = new ArrayList<>();
        for (Aligned a : all) {
            AlignmentReport r = a.report();
            int segs = a.source().stream().mapToInt(u -> u.segments().size()).sum();
            n[0] += r.sourceUnits();
            n[1] += r.alignedUnits();
            n[2] += r.targetUnits();
            n[3] += segs;
            n[4] += r.targets().size();
            n[5] += r.alignedUnits() == r.sourceUnits() && r.unalignedCount(false) == 0 ? 1 : 0;
            for (AlignmentReport.Unaligned u : r.unaligned()) {
                reasons.merge((u.sourceSide() ? "source      " : "translation ") + u.reason().label(), 1, Integer::sum);
            }
            perFile.add(String.format("%-70s %4d/%-4d units  %3d src / %3d trg unaligned %s %s", a.pair().page(),
                    r.alignedUnits(), r.sourceUnits(), r.unalignedCount(true), r.unalignedCount(false),
                    r.reasons(true), r.reasons(false)));
        }
        List<String> out = new ArrayList<>();
        out.add(String.format("pairs: %d (%d aligned completely)", all.size(), n[5]));
        out.add(String.format("source units: %d, aligned: %d (%.1f%%); translation units: %d", n[0], n[1],
                100.0 * n[1] / n[0], n[2]));
        out.add(String.format("source segments: %d, with a target: %d (%.1f%%)", n[3], n[4], 100.0 * n[4] / n[3]));
        out.add("unaligned units by side and reason:");
        reasons.forEach((k, v) -> out.add(String.format("  %-60s %5d", k, v)));
        if (files) {
            out.add("per file:");
            out.addAll(perFile);
        }
        return out;
    }

    /** N random aligned sentence pairs as TSV lines: page, source sentence, target sentence. */
    static List<String> sample(List<Aligned> all, int n, long seed) {
        List<String> pairs = new ArrayList<>();
        for (Aligned a : all) {
            for (TextUnit u : a.source()) {
                for (Segment s : u.segments()) {
                    var t = a.report().targets().get(s.id());
                    if (t != null) {
                        pairs.add(a.pair().page() + "\t" + flat(Parts.plainText(s.source())) + "\t"
                                + flat(Parts.plainText(t)));
                    }
                }
            }
        }
        Collections.shuffle(pairs, new Random(seed));
        List<String> out = new ArrayList<>();
        out.add("page\tsource\ttarget");
        out.addAll(pairs.subList(0, Math.min(n, pairs.size())));
        return out;
    }

    /** The unaligned units of one pair with their reasons. */
    static List<String> details(Aligned a) {
        List<String> out = new ArrayList<>();
        out.add(a.pair().page() + ": " + a.report().alignedUnits() + "/" + a.report().sourceUnits());
        for (AlignmentReport.Unaligned u : a.report().unaligned()) {
            out.add(String.format("  %s %s %s: %s %s \"%s\"", u.sourceSide() ? "source" : "translation",
                    u.kind().id(), u.unitId(), u.reason().label(), u.detail(), u.text()));
        }
        return out;
    }

    private static String flat(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
