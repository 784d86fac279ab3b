package dev.docloc.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.parse.PageParser;
import java.io.DataInputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.sf.okapi.lib.segmentation.Rule;
import net.sf.okapi.lib.segmentation.SRXDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SRX rules kept as data between runs are Okapi's rules, and a later run really uses them. */
class SrxDocumentFileTest {
    private static final List<Part> TWO = List.of(new Text("KVM is a hypervisor. It runs virtual machines."));

    @TempDir
    Path dir;

    private static SRXDocument parsed() {
        SRXDocument doc = new SRXDocument();
        doc.loadRules(SrxDocumentFileTest.class.getResourceAsStream("/net/sf/okapi/lib/segmentation/defaultSegmentation.srx"));
        return doc;
    }

    @Test
    void theDocumentReadBackIsOkapisInEveryFieldItCompilesFrom() throws Exception {
        SRXDocument original = parsed();
        Path file = dir.resolve("srx-rules.bin");
        assertThat(dev.docloc.cache.CacheFile.write(file, out -> SrxDocumentFile.write(out, "h", original))).isTrue();
        SRXDocument copy = SrxDocumentFile.read(file, "h");
        assertThat(copy).isNotNull();
        assertThat(rules(copy)).isEqualTo(rules(original)).hasSizeGreaterThan(1000);
        // every field but the ones that describe the file rather than the rules
        Set<String> notRules = Set.of("LOGGER", "warning", "modified", "docComment", "headerComment", "version",
                "sampleText", "sampleLanguage", "testOnSelectedGroup", "langRules", "langMaps");
        for (Field f : SRXDocument.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) || notRules.contains(f.getName())) {
                continue;
            }
            f.setAccessible(true);
            assertThat(f.get(copy)).as(f.getName()).isEqualTo(f.get(original));
        }
        assertThat(copy.getAllLanguagesMaps()).extracting(m -> m.getPattern() + " -> " + m.getRuleName())
                .containsExactlyElementsOf(original.getAllLanguagesMaps().stream()
                        .map(m -> m.getPattern() + " -> " + m.getRuleName()).toList());
    }

    private static List<String> rules(SRXDocument doc) {
        List<String> out = new ArrayList<>();
        doc.getAllLanguageRules().forEach((name, rules) -> {
            for (Rule r : rules) {
                out.add(name + " | " + r.getBefore() + " | " + r.getAfter() + " | " + r.isBreak() + " | " + r.isActive());
            }
        });
        return out;
    }

    @Test
    void aLaterRunSegmentsRealPagesAsOkapisXmlRulesDo() throws Exception {
        SentenceSplitter fromXml = SentenceSplitter.forLanguage("en");
        SentenceSplitter first = SentenceSplitter.forLanguage("en").cachedIn(dir.resolve("srx-en.bin"));
        first.split(TWO);
        assertThat(dir.resolve("srx-rules.bin")).exists();
        // another boundary cache, so that every text below goes through the rules read from the file
        SentenceSplitter fromFile = SentenceSplitter.forLanguage("en").cachedIn(dir.resolve("srx-other.bin"));
        Path corpus = Path.of(SrxDocumentFileTest.class.getResource("/corpus").toURI());
        int texts = 0;
        int split = 0;
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                var page = PageParser.parse(corpus.relativize(f).toString(), Files.readAllBytes(f), f);
                for (TextUnit u : Extractor.create((SentenceSplitter) null, Set.of("title")).extract(page)) {
                    List<Part> parts = List.of(new Text(Parts.plainText(u.segments().get(0).source())));
                    List<UnitPart> expected = fromXml.split(parts);
                    assertThat(fromFile.split(parts)).isEqualTo(expected);
                    texts++;
                    split += expected.size() > 1 ? 1 : 0;
                }
            }
        }
        assertThat(texts).isGreaterThan(300);
        assertThat(split).isGreaterThan(40);
    }

    @Test
    void aRunTakesTheRulesFromTheFileAndFallsBackToTheXmlWhenItIsDamaged() throws Exception {
        Path file = dir.resolve("srx-rules.bin");
        SentenceSplitter.forLanguage("en").cachedIn(dir.resolve("a.bin")).split(TWO);
        String header;
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            header = dev.docloc.cache.CacheFile.readString(in);
        }
        // the same header over rules that never break: a run that reads them keeps one sentence
        // (so the rules come from the file, not from the XML)
        SRXDocument silent = SrxDocumentFile.read(file, header);
        silent.getAllLanguageRules().values().forEach(rules -> rules.forEach(r -> r.setBreak(false)));
        dev.docloc.cache.CacheFile.write(file, out -> SrxDocumentFile.write(out, header, silent));
        assertThat(SentenceSplitter.forLanguage("en").cachedIn(dir.resolve("b.bin")).split(TWO)).hasSize(1);

        // cut short: ignored, the XML is parsed and the file written again
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(SentenceSplitter.forLanguage("en").cachedIn(dir.resolve("c.bin")).split(TWO)).hasSize(3);
        assertThat(SrxDocumentFile.read(file, header)).isNotNull();

        // written for other rules: ignored
        assertThat(SrxDocumentFile.read(file, header + "x")).isNull();
    }
}
