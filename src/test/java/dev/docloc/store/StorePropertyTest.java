package dev.docloc.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.segment.Segment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random edit sequences on a real page (insert, delete, move, reword, restore), with
 * {@code extract} after each and translators filling what is new: no (source, target) pair ever
 * stored disappears from the store and the memory, and restored text gets its translation back.
 */
class StorePropertyTest {
    /** Paragraphs of a bundled article, one line each. */
    static final List<String> POOL = pool();

    enum Kind { INSERT, DELETE, MOVE, REWORD, RESTORE }

    record Edit(Kind kind, int a, int b) {}

    @Provide
    Arbitrary<Edit> edit() {
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 99),
                Arbitraries.integers().between(0, 99)).as(Edit::new);
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        return edit().list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 60)
    void noStoredTranslationIsEverLostAndRestoredTextGetsItBack(@ForAll("edits") List<Edit> edits)
            throws IOException {
        Path dir = Files.createTempDirectory("docloc-prop");
        try {
            run(new StoreFixture(dir), edits);
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private void run(StoreFixture f, List<Edit> edits) {
        List<String> page = new ArrayList<>(POOL.subList(0, 4));
        List<String> deleted = new ArrayList<>();
        Set<String> everStored = new HashSet<>();
        int inserted = 0;
        for (Edit e : edits) {
            String restored = null;
            switch (e.kind()) {
                case INSERT -> page.add(e.a() % (page.size() + 1), "A new paragraph, number " + (++inserted) + ", about guests.");
                case DELETE -> {
                    if (!page.isEmpty()) {
                        deleted.add(page.remove(e.a() % page.size()));
                    }
                }
                case MOVE -> {
                    if (!page.isEmpty()) {
                        page.add(e.b() % page.size(), page.remove(e.a() % page.size()));
                    }
                }
                case REWORD -> {
                    if (!page.isEmpty()) {
                        int i = e.a() % page.size();
                        page.set(i, page.get(i).replaceFirst("\\.$", ", in short."));
                    }
                }
                case RESTORE -> {
                    if (!deleted.isEmpty()) {
                        restored = deleted.remove(e.a() % deleted.size());
                        page.add(e.b() % (page.size() + 1), restored);
                    }
                }
            }
            String text = "# Page\n\n" + String.join("\n\n", page) + "\n";
            f.extract("p.md", text);
            if (restored != null) {
                assertRestoredIsTranslated(f, restored, everStored);
            }
            f.translateRest("p.md", text, State.TRANSLATED);
            everStored.addAll(pairs(f));
            assertThat(pairsWithMemory(f)).as("after %s", e).containsAll(everStored);
        }
    }

    private static void assertRestoredIsTranslated(StoreFixture f, String paragraph, Set<String> everStored) {
        StoredPage stored = f.load("p.md");
        for (Segment s : StoreFixture.units("p.md", paragraph).get(0).segments()) {
            StoredSegment st = stored.segments().values().stream()
                    .filter(x -> Memory.key(x.source()).equals(Memory.key(s.source()))).findFirst().orElseThrow();
            boolean wasTranslated = everStored.stream().anyMatch(p -> p.startsWith(Memory.key(s.source()) + "\u0000"));
            if (wasTranslated) {
                assertThat(st.hasTarget()).as("restored '%s' gets its translation back", s.plainText()).isTrue();
            }
        }
    }

    private static Set<String> pairs(StoreFixture f) {
        Set<String> out = new HashSet<>();
        for (StoredSegment s : f.load("p.md").segments().values()) {
            if (s.hasTarget()) {
                out.add(Memory.key(s.source()) + "\u0000" + Memory.key(s.target()));
            }
        }
        return out;
    }

    private static Set<String> pairsWithMemory(StoreFixture f) {
        Set<String> out = pairs(f);
        Memory m = Memory.read(f.store.memoryFile(StoreFixture.LOCALE), "en", StoreFixture.LOCALE);
        m.entries().values().forEach(e -> out.add(Memory.key(e.source()) + "\u0000" + Memory.key(e.target())));
        return out;
    }

    private static List<String> pool() {
        try {
            return Files.readAllLines(Path.of("source-docs/concepts/what-is-kvm.md")).stream()
                    .filter(l -> l.matches("[A-Z][^|]{40,}\\.")).limit(10).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
