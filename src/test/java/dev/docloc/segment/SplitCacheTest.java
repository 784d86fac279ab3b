package dev.docloc.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Boundaries kept between runs are the boundaries SRX computes (issue 9). */
class SplitCacheTest {
    private static final List<Part> TEXT = List.of(new Text("KVM is a hypervisor. It runs VMs, e.g. Linux guests! Fine."));

    @TempDir
    Path dir;

    @Test
    void aSavedCacheGivesTheSameSentencesInTheNextRun() {
        List<UnitPart> plain = SentenceSplitter.forLanguage("en").split(TEXT);
        Path file = dir.resolve("target/srx-en.bin");
        SentenceSplitter first = SentenceSplitter.forLanguage("en").cachedIn(file);
        assertThat(first.split(TEXT)).isEqualTo(plain);
        first.saveCache();
        assertThat(file).exists();

        assertThat(SentenceSplitter.forLanguage("en").cachedIn(file).split(TEXT)).isEqualTo(plain);
        assertThat(plain).as("three sentences and two gaps").hasSize(5);
    }

    @Test
    void aRunThatSegmentedEveryPageDropsTheTextsItDidNotLookUp() throws Exception {
        Path file = dir.resolve("srx.bin");
        List<Part> old = List.of(new Text("An edited paragraph. Its old text is gone."));
        SentenceSplitter first = SentenceSplitter.forLanguage("en").cachedIn(file);
        first.split(TEXT);
        first.split(old);
        first.saveCache();
        assertThat(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("Its old text");

        // a run that segmented some pages only keeps what it did not look up
        SentenceSplitter partial = SentenceSplitter.forLanguage("en").cachedIn(file);
        partial.split(TEXT);
        partial.saveCache(false);
        assertThat(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("Its old text");

        // a run that segmented every page knows the texts the project has
        SentenceSplitter complete = SentenceSplitter.forLanguage("en").cachedIn(file);
        List<UnitPart> sentences = complete.split(TEXT);
        complete.saveCache(true);
        String kept = Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(kept).doesNotContain("Its old text").contains("KVM is a hypervisor.");
        assertThat(SentenceSplitter.forLanguage("en").cachedIn(file).split(TEXT)).isEqualTo(sentences);
    }

    @Test
    void aCacheOfAnotherLanguageIsIgnored() throws Exception {
        Path file = dir.resolve("srx.bin");
        String header = englishCacheHeader(file);
        String text = Parts.plainText(TEXT);
        assertThat(new SplitCache(file, header).get(text)).as("the same language and rules").isNotNull();
        // German rules may split the same text otherwise: a cache written for English is not theirs
        assertThat(header).contains(" en ");
        assertThat(new SplitCache(file, header.replace(" en ", " de ")).get(text)).isNull();
    }

    @Test
    void boundariesAreKeptForTheCodeThatComputedThem() throws Exception {
        // boundaries decide segment ids in the translations files: another build of docloc (its
        // rule rewrites, its prefilter, another Okapi) must compute them again
        assertThat(englishCacheHeader(dir.resolve("srx.bin"))).endsWith(" " + dev.docloc.cache.CodeVersion.fingerprint());
    }

    /** Saves the boundaries of {@link #TEXT} from English rules in {@code file}; returns the file's header. */
    private static String englishCacheHeader(Path file) throws Exception {
        SentenceSplitter en = SentenceSplitter.forLanguage("en").cachedIn(file);
        en.split(TEXT);
        en.saveCache();
        try (var in = new java.io.DataInputStream(Files.newInputStream(file))) {
            return in.readUTF();
        }
    }

    @Test
    void aDamagedCacheOnlyCostsTime() throws Exception {
        Path file = dir.resolve("srx.bin");
        Files.write(file, new byte[] {0, 5, 'd', 'o', 'c', 'l', 'o', 0x7f});
        List<UnitPart> plain = SentenceSplitter.forLanguage("en").split(TEXT);
        assertThat(SentenceSplitter.forLanguage("en").cachedIn(file).split(TEXT)).isEqualTo(plain);
    }
}
