package dev.docloc.segment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Benchmark, not a test: splits the text of every unit of a folder of Markdown into sentences,
 * with docloc's splitter (prefilter, rule filter, veto filter, rewritten rules) and with Okapi
 * running every rule as it is; prints the time of each (best of the rounds, one thread) and the
 * number of texts on which they disagree (always 0).
 *
 * <pre>{@code
 * java -XX:TieredStopAtLevel=1 -cp target/test-classes:target/classes:$(cat target/bench-classpath.txt) \
 *     dev.docloc.segment.SegmentBench DIR [language] [rounds]
 * }</pre>
 */
public final class SegmentBench {
    private SegmentBench() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        String language = args.length > 1 ? args[1] : "en";
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        List<String> texts = OkapiRules.unitTexts(dir);
        SentenceSplitter docloc = SentenceSplitter.forLanguage(language);
        SentenceSplitter okapi = docloc.plainOkapi();
        int differ = 0;
        int split = 0;
        for (String t : texts) {
            List<Part> parts = List.of(new Text(t));
            List<UnitPart> expected = okapi.split(parts);
            differ += docloc.split(parts).equals(expected) ? 0 : 1;
            split += expected.size() > 1 ? 1 : 0;
        }
        System.out.printf("%d texts (%d with more than one sentence), language %s: %d differ%n", texts.size(), split,
                language, differ);
        System.out.printf("docloc  best %6.0f ms%n", best(docloc, texts, rounds));
        System.out.printf("okapi   best %6.0f ms%n", best(okapi, texts, rounds));
    }

    private static double best(SentenceSplitter splitter, List<String> texts, int rounds) {
        double best = Double.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            for (String t : texts) {
                splitter.split(List.of(new Text(t)));
            }
            best = Math.min(best, (System.nanoTime() - start) / 1e6);
        }
        return best;
    }
}
