package dev.docloc.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.segment.Parts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code extract} does to stored translations when a real page changes. */
class TranslationStoreTest {
    static final String PAGE = "guides/networking.md";

    @TempDir
    Path dir;
    StoreFixture f;
    String text;

    @BeforeEach
    void translateARealPage() throws IOException {
        f = new StoreFixture(dir.resolve("translations"));
        text = Files.readString(Path.of("source-docs/guides/networking.md"));
        f.extract(PAGE, text);
        f.translateRest(PAGE, text, State.REVIEWED);
    }

    private static final String QCOW2 = "Its name stands for *QEMU Copy-On-Write, version 2*.";

    @Test
    void unchangedSegmentsKeepTheirTranslationAndState() {
        var r = f.extract(PAGE, text);
        assertThat(r.kept()).isEqualTo(r.segments());
        assertThat(r.written()).as("nothing changed, nothing written").isFalse();
        assertThat(f.load(PAGE).segments().values()).allSatisfy(s -> assertThat(s.state()).isEqualTo(State.REVIEWED));
    }

    @Test
    void theMemoryIsSavedBeforeAPageThatDropsATranslationAndNotForOneThatKeepsThem() throws IOException {
        Path memoryFile = f.store.memoryFile(StoreFixture.LOCALE);
        TranslationStore.remember(f.load(PAGE), f.memory);
        f.store.saveMemory(StoreFixture.LOCALE, f.memory);
        String saved = Files.readString(memoryFile);
        // a translation from another page changes the memory; this page keeps all of its own
        f.memory.add(java.util.List.of(new dev.docloc.segment.Text("An unrelated sentence.")),
                java.util.List.of(new dev.docloc.segment.Text("Uma frase sem relação.")));
        f.store.prepare(StoreFixture.LOCALE, PAGE, StoreFixture.key(PAGE), StoreFixture.units(PAGE, text), f.memory,
                u -> java.util.List.of(), f.load(PAGE));
        assertThat(Files.readString(memoryFile)).as("no save for a page that drops nothing").isEqualTo(saved);
        // a sentence deleted: its translation leaves the page, so the memory is on disk first
        String sentence = firstSentenceWith(" bridge ");
        var update = f.store.prepare(StoreFixture.LOCALE, PAGE, StoreFixture.key(PAGE),
                StoreFixture.units(PAGE, text.replace(sentence, "")), f.memory, u -> java.util.List.of(), f.load(PAGE));
        assertThat(Files.readString(memoryFile)).contains("An unrelated sentence.");
        assertThat(update.write().written()).isTrue();
    }

    @Test
    void aPunctuationOrMarkupOnlyEditCarriesTheTranslationForwardWithANote() {
        String sentence = firstSentenceWith(" bridge ");
        String edited = sentence.replaceFirst("\\.$", "!");
        String changed = text.replace(sentence, edited);
        assertThat(changed).isNotEqualTo(text);
        var r = f.extract(PAGE, changed);
        assertThat(r.carried()).isEqualTo(1);
        StoredSegment s = f.segment(PAGE, edited);
        assertThat(s.state()).isEqualTo(State.REVIEWED);
        assertThat(Parts.plainText(s.target())).startsWith("pt(");
        assertThat(s.notes()).anyMatch(n -> n.startsWith("carried forward"));
    }

    @Test
    void aRewordingLeavesTheSegmentUntranslatedWithTheOldTranslationAsACandidateAndADiff() {
        String sentence = firstSentenceWith(" bridge ");
        String edited = sentence.replaceFirst(" bridge ", " bridge port ");
        var r = f.extract(PAGE, text.replace(sentence, edited));
        assertThat(r.carried()).isZero();
        StoredSegment s = f.segment(PAGE, edited);
        assertThat(s.hasTarget()).isFalse();
        assertThat(s.state()).isEqualTo(State.INITIAL);
        assertThat(s.candidates()).first().satisfies(c -> {
            assertThat(c.similarity()).isGreaterThanOrEqualTo(0.75).isLessThan(1.0);
            assertThat(c.origin()).isEqualTo("previous-version");
            assertThat(Parts.plainText(c.target())).startsWith("pt(");
        });
        assertThat(s.notes()).as(s.notes().toString()).anyMatch(n -> n.contains("{+port+}"));
    }

    @Test
    void editsToNumbersOrNegationAreNeverCarriedForward() {
        String sentence = firstSentenceWithDigit();
        String numberChanged = sentence.replaceFirst("\\d", "9");
        f.extract(PAGE, text.replace(sentence, numberChanged));
        assertThat(f.segment(PAGE, numberChanged).hasTarget()).isFalse();

        String withIs = firstSentenceWith(" is ");
        String negated = withIs.replaceFirst(" is ", " is not ");
        f.extract(PAGE, text.replace(withIs, negated));
        assertThat(f.segment(PAGE, negated).hasTarget()).isFalse();
    }

    @Test
    void aMovedParagraphKeepsItsTranslation() {
        String[] blocks = text.split("\n\n");
        int a = indexOfProse(blocks, 2);
        int b = indexOfProse(blocks, a + 1);
        String moved = blocks[a];
        blocks[a] = blocks[b];
        blocks[b] = moved;
        var r = f.extract(PAGE, String.join("\n\n", blocks));
        assertThat(r.kept()).isEqualTo(r.segments());
    }

    @Test
    void aDeletedParagraphGetsItsTranslationBackWhenRestoredOrMovedToAnotherPage() {
        String[] blocks = text.split("\n\n");
        int a = indexOfProse(blocks, 2);
        String paragraph = blocks[a];
        String deleted = text.replace(paragraph + "\n\n", "");
        f.extract(PAGE, deleted);
        assertThat(Files.exists(f.store.memoryFile(StoreFixture.LOCALE))).isTrue();

        var restored = f.extract(PAGE, text);
        assertThat(restored.fromMemory()).isPositive();
        String firstSentence = StoreFixture.units(PAGE, paragraph).get(0).segments().get(0).plainText();
        StoredSegment back = f.segment(PAGE, firstSentence);
        assertThat(Parts.plainText(back.target())).startsWith("pt(");
        assertThat(back.notes()).anyMatch(n -> n.contains("translation memory"));

        var other = f.extract("guides/other.md", "# Other\n\n" + paragraph + "\n");
        assertThat(other.fromMemory()).isPositive();
    }

    private String firstSentenceWith(String needle) {
        return StoreFixture.units(PAGE, text).stream().flatMap(u -> u.segments().stream())
                .map(s -> s.plainText()).filter(p -> p.contains(needle) && text.contains(p) && p.endsWith("."))
                .findFirst().orElseThrow();
    }

    private String firstSentenceWithDigit() {
        return StoreFixture.units(PAGE, text).stream().flatMap(u -> u.segments().stream())
                .map(s -> s.plainText()).filter(p -> p.matches(".*\\d.*") && text.contains(p) && p.length() > 30)
                .findFirst().orElseThrow();
    }

    private static int indexOfProse(String[] blocks, int from) {
        for (int i = from; i < blocks.length; i++) {
            if (blocks[i].matches("[A-Z][^\\n|]*")) {
                return i;
            }
        }
        throw new IllegalStateException("no plain paragraph after " + from);
    }
}
