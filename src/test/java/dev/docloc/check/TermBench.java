package dev.docloc.check;

import dev.docloc.glossary.Glossary;
import dev.docloc.glossary.Term;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Times {@link TermChecker#check} over the same 100,000 segments with glossaries of 10, 1,000 and
 * 10,000 terms. The segments join one to three labeled KVM sentence pairs of one language
 * ({@code eval.tsv}); the large glossaries add synthetic terms that start or end with real words,
 * so the trie is walked deeper than by terms that never meet the text. Not a unit test: run
 *
 * <pre><code>
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/classes:target/test-classes:$(cat cp.txt) dev.docloc.check.TermBench
 * </code></pre>
 */
public final class TermBench {
    private static final int SEGMENTS = 100_000;
    private static final int ROUNDS = 5;
    private static final Set<String> REAL = Set.of("hypervisor", "virtual machine", "host", "guest", "live migration",
            "snapshot", "KVM", "QEMU", "libvirt", "virsh");

    private record Pair(String locale, String source, String target) {
    }

    private TermBench() {
    }

    public static void main(String[] args) {
        List<Pair> segments = segments(new Random(5));
        Glossary eval = Glossary.load(TermEval.DIR.resolve("eval-glossary.yml"));
        int[] sizes = {10, 1_000, 10_000};
        TermChecker[] checkers = new TermChecker[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            checkers[i] = new TermChecker(withSize(eval, sizes[i], segments));
            run(checkers[i], segments);
        }
        long[] best = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < sizes.length; i++) {
                best[i] = Math.min(best[i], cpuMillis(checkers[i], segments));
            }
        }
        for (int i = 0; i < sizes.length; i++) {
            System.out.printf(Locale.ROOT, "%,7d terms: %,6d ms CPU for %,d segments (%.1f µs/segment)%n",
                    sizes[i], best[i], SEGMENTS, best[i] * 1000.0 / SEGMENTS);
        }
        System.out.printf(Locale.ROOT, "ratio 10,000/10 terms: %.2f%n", (double) best[2] / best[0]);
    }

    /**
     * CPU time of this thread, not wall time: the machine is shared, and other processes would
     * otherwise decide the figures. The best of the rounds is kept; rounds alternate glossaries.
     */
    private static long cpuMillis(TermChecker checker, List<Pair> segments) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        if (run(checker, segments) < 0) {
            throw new AssertionError("unreachable: keeps the findings alive");
        }
        return (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
    }

    private static int run(TermChecker checker, List<Pair> segments) {
        int findings = 0;
        for (Pair p : segments) {
            findings += checker.check(p.source(), p.target(), p.locale()).size();
        }
        return findings;
    }

    private static List<Pair> segments(Random random) {
        Map<String, List<TermEval.Sample>> byLocale = new LinkedHashMap<>();
        TermEval.samples().forEach(s -> byLocale.computeIfAbsent(s.locale(), l -> new ArrayList<>()).add(s));
        List<String> locales = new ArrayList<>(byLocale.keySet());
        List<Pair> segments = new ArrayList<>(SEGMENTS);
        for (int i = 0; i < SEGMENTS; i++) {
            List<TermEval.Sample> pool = byLocale.get(locales.get(i % locales.size()));
            StringBuilder source = new StringBuilder();
            StringBuilder target = new StringBuilder();
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                TermEval.Sample s = pool.get(random.nextInt(pool.size()));
                source.append(source.length() == 0 ? "" : " ").append(s.source());
                target.append(target.length() == 0 ? "" : " ").append(s.target());
            }
            segments.add(new Pair(pool.get(0).locale(), source.toString(), target.toString()));
        }
        return segments;
    }

    /**
     * Ten real terms of the evaluation glossary, topped up with synthetic ones: every glossary finds
     * the same terms in the text, so the times differ only by the glossary's size.
     */
    private static Glossary withSize(Glossary eval, int size, List<Pair> segments) {
        List<Term> terms = new ArrayList<>(eval.terms().stream().filter(t -> REAL.contains(t.source())).toList());
        List<String> words = vocabulary(segments);
        Random random = new Random(size);
        Set<String> seen = new HashSet<>();
        terms.forEach(t -> seen.add(t.source().toLowerCase(Locale.ROOT)));
        while (terms.size() < size) {
            String source = synthetic(random, words);
            if (seen.add(source)) {
                terms.add(syntheticTerm(eval, source, random));
            }
        }
        return new Glossary(eval.sourceLocale(), eval.targetLocales(), terms, Map.of());
    }

    private static Term syntheticTerm(Glossary eval, String source, Random random) {
        Map<String, List<String>> translations = new LinkedHashMap<>();
        Map<String, List<String>> forbidden = new LinkedHashMap<>();
        for (String locale : eval.targetLocales()) {
            translations.put(locale, List.of(source));
            if (random.nextInt(4) == 0) {
                forbidden.put(locale, List.of(source.replace(' ', '-') + "s"));
            }
        }
        return new Term(null, source, List.of(), "", false, random.nextInt(20) == 0, null, translations, forbidden);
    }

    /** "virtual kolmet", "dravin host" or "sepolar": a real word next to an invented one, or invented alone. */
    private static String synthetic(Random random, List<String> words) {
        String invented = invented(random);
        String real = words.get(random.nextInt(words.size()));
        return switch (random.nextInt(4)) {
            case 0, 1 -> real + " " + invented;
            case 2 -> invented + " " + real;
            default -> invented;
        };
    }

    private static String invented(Random random) {
        String[] syllables = {"ka", "lo", "ve", "dri", "zu", "mor", "tel", "pan", "si", "quo", "ber", "nix"};
        StringBuilder word = new StringBuilder();
        for (int n = 2 + random.nextInt(2); n > 0; n--) {
            word.append(syllables[random.nextInt(syllables.length)]);
        }
        return word.toString();
    }

    private static List<String> vocabulary(List<Pair> segments) {
        Set<String> words = new java.util.TreeSet<>();
        for (Pair p : segments.subList(0, 2_000)) {
            for (String word : (p.source() + " " + p.target()).split("[\\s.,;:!?()«»]+")) {
                if (word.length() > 2 && word.chars().allMatch(Character::isLetter)) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        return new ArrayList<>(words);
    }
}
