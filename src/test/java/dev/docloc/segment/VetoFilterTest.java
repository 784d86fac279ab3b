package dev.docloc.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.parse.PageParser;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.sf.okapi.common.ISegmenter;
import org.junit.jupiter.api.Test;

/**
 * Leaving out the exception rules that cannot veto a break never changes Okapi's boundaries: in
 * every language of Okapi's default rules, on generated texts that sit on the edges of the rules
 * and on the units of the vendored real pages, against Okapi running every rule as it is.
 */
class VetoFilterTest {
    private static final String CODES = "(([\\uE101\\uE102\\uE103].)*)";
    private static final List<String> LANGUAGES = List.of("en", "de", "fr", "pt-BR", "es", "it", "nl", "ru", "pl", "ja",
            "zh", "fi");
    private static final List<String> WORDS = List.of("Gen", "gen", "Dr", "Mr", "Mrs", "St", "etc", "e.g", "i.e", "z.B",
            "bzw", "Nr", "Abs", "S", "p", "pp", "U.S", "No", "no", "Jan", "Sept", "Fig", "vs", "Vol", "approx", "et al",
            "Ph.D", "A", "a", "B", "Prof", "Jr", "Sr", "KVM", "qemu", "Die", "Der", "The", "Und", "Le", "O", "Sr",
            "Sra", "M", "Mme", "av", "ca", "1", "12", "3.4", "iv", "IV", "x", "Ж", "Привет", "т", "д", "г", "日本", "です",
            "https://example.com/a?b=c", "©", "2026", "\"Quoted", "'single'", "(paren)", "[link]", "…", "...");
    private static final List<String> SEPARATORS = List.of(". ", ".", " ", ", ", ": ", ".  ", ". (", ".\n", "., ",
            "! ", "? ", "?! ", ".\" ", ".) ", "… ", "... ", "。", "！", " - ", ";\n", "\n\n", "… (", ".» ", ".” ");

    @Test
    void testOfAnAbbreviationRuleLooksBehindForItAndAheadForWhatFollows() {
        Pattern test = VetoFilter.test(Pattern.compile("(\\b[Aa][Bb][Ss]\\." + CODES + ")(\\s)"));
        assertThat(test.pattern()).isEqualTo("(?<=\\b[Aa][Bb][Ss]\\.)(?=\\s)");
        assertThat(test.matcher("see abs. x").region(8, 10).useTransparentBounds(true).lookingAt()).isTrue();
        assertThat(test.matcher("see cbs. x").region(8, 10).useTransparentBounds(true).lookingAt()).isFalse();
    }

    @Test
    void testOfARuleWithAnUnboundedStartLooksBehindForItsBoundedTailOnly() {
        assertThat(VetoFilter.test(Pattern.compile("(^\\s*[0-9]+\\." + CODES + ")(\\s\\p{Lu})")).pattern())
                .isEqualTo("(?<=\\.)(?=\\s\\p{Lu})");
        assertThat(VetoFilter.test(Pattern.compile("(\\b\\p{Lu}\\p{L}+,?\\s\\p{Lu}\\." + CODES + ")(\\s)")).pattern())
                .isEqualTo("(?<=,?\\s\\p{Lu}\\.)(?=\\s)");
        assertThat(VetoFilter.test(Pattern.compile("([0-9]+" + CODES + ")(\\s)")).pattern())
                .as("nothing bounded behind: only what follows").isEqualTo("(?=\\s)");
    }

    @Test
    void rulesThatCannotBeReadHaveNoTest() {
        assertThat(VetoFilter.test(Pattern.compile("((?i)abs\\." + CODES + ")(\\s)"))).as("inline flags").isNull();
        assertThat(VetoFilter.test(Pattern.compile("(a|b\\." + CODES + ")(\\s)"))).as("alternatives at the top").isNull();
        assertThat(VetoFilter.test(Pattern.compile("((x)\\." + CODES + ")(\\s\\2)"))).as("a back reference").isNull();
        assertThat(VetoFilter.test(Pattern.compile("(abs\\.)(\\s)"))).as("not Okapi's form").isNull();
        assertThat(VetoFilter.test(Pattern.compile("(a\\." + CODES + ")(\\s)", Pattern.COMMENTS))).isNull();
    }

    @Test
    void readsBoundedTails() {
        assertThat(RegexText.bounded("\\b(Inc|Ltd|[Pp]\\.?[Mm]\\.?)\\.")).isTrue();
        assertThat(RegexText.bounded("[*+^$]{1,3}x")).as("signs inside a class").isTrue();
        assertThat(RegexText.bounded("a{2,}")).isFalse();
        assertThat(RegexText.bounded("(ab)*")).isFalse();
        assertThat(RegexText.bounded("^a")).isFalse();
        assertThat(RegexText.bounded("\\1a")).as("a back reference").isFalse();
        String s = "\\p{Ll}{2,}[.?!][0-9]{1,2}";
        assertThat(s.substring(RegexText.boundedTail(s))).isEqualTo("[.?!][0-9]{1,2}");
        assertThat(RegexText.boundedTail("x|y")).isEqualTo(-1);
        assertThat(RegexText.boundedTail("(?<![a-z])[a-z]+\\.")).isEqualTo("(?<![a-z])[a-z]+".length());
        assertThat(RegexText.boundedTail("ab?c")).isZero();
    }

    @Test
    void mostExceptionRulesAreLeftOutOfATypicalText() throws Exception {
        SentenceSplitter splitter = SentenceSplitter.forLanguage("en");
        ISegmenter segmenter = splitter.segmenterForTests();
        RuleFilter filter = RuleFilter.of(segmenter);
        VetoFilter vetoes = vetoes(filter);
        assertThat(vetoes.tested()).as("exception rules with a test").isGreaterThan(150);
        boolean[] run = new boolean[rules(segmenter)];
        Arrays.fill(run, true);
        String text = "He met Mr. Smith at 10 a.m. on the host. Then QEMU started the guest.";
        vetoes.narrow(text, run);
        int kept = 0;
        for (boolean r : run) {
            kept += r ? 1 : 0;
        }
        assertThat(kept).isBetween(1, 40);
        assertThat(splitter.split(List.of(new Text(text)))).isEqualTo(splitter.plainOkapi().split(List.of(new Text(text))));
    }

    @Test
    void textsTheCandidatesCouldMissRunEveryRule() throws Exception {
        SentenceSplitter splitter = SentenceSplitter.forLanguage("en");
        VetoFilter vetoes = vetoes(RuleFilter.of(splitter.segmenterForTests()));
        for (String text : List.of("Dr. Who \uD83D\uDE00 left. Then", "Dr. Who\u2028left. Then", "Dr. \uE101x Who. Then")) {
            boolean[] run = new boolean[rules(splitter.segmenterForTests())];
            Arrays.fill(run, true);
            vetoes.narrow(text, run);
            assertThat(run).as(text).doesNotContain(false);
        }
    }

    @Test
    void generatedTextsGetOkapisBoundariesInEveryLanguage() {
        Random random = new Random(2611);
        int split = 0;
        for (String language : LANGUAGES) {
            SentenceSplitter filtered = SentenceSplitter.forLanguage(language);
            SentenceSplitter all = filtered.plainOkapi();
            for (int n = 0; n < 600; n++) {
                StringBuilder b = new StringBuilder();
                for (int k = 1 + random.nextInt(10); k > 0; k--) {
                    b.append(WORDS.get(random.nextInt(WORDS.size()))).append(SEPARATORS.get(random.nextInt(SEPARATORS.size())));
                }
                List<Part> parts = List.of(new Text(b.toString()));
                List<UnitPart> expected = all.split(parts);
                assertThat(filtered.split(parts)).as("%s: %s", language, b).isEqualTo(expected);
                split += expected.size() > 1 ? 1 : 0;
            }
        }
        assertThat(split).as("texts with more than one sentence").isGreaterThan(3_000);
    }

    @Test
    void realPagesGetOkapisBoundariesInEveryLanguage() throws IOException, URISyntaxException {
        List<String> texts = new ArrayList<>();
        Path corpus = Path.of(VetoFilterTest.class.getResource("/corpus").toURI());
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                var page = PageParser.parse(corpus.relativize(f).toString(), Files.readAllBytes(f), f);
                for (TextUnit u : Extractor.create((SentenceSplitter) null, java.util.Set.of("title")).extract(page)) {
                    texts.add(Parts.plainText(u.segments().get(0).source()));
                }
            }
        }
        for (String language : LANGUAGES) {
            SentenceSplitter filtered = SentenceSplitter.forLanguage(language);
            SentenceSplitter all = filtered.plainOkapi();
            for (String text : texts) {
                List<Part> parts = List.of(new Text(text));
                assertThat(filtered.split(parts)).as("%s: %s", language, text).isEqualTo(all.split(parts));
            }
        }
        assertThat(texts).hasSizeGreaterThan(300);
    }

    private static VetoFilter vetoes(RuleFilter filter) throws ReflectiveOperationException {
        Field f = RuleFilter.class.getDeclaredField("vetoes");
        f.setAccessible(true);
        return (VetoFilter) f.get(filter);
    }

    private static int rules(ISegmenter segmenter) throws ReflectiveOperationException {
        Field f = segmenter.getClass().getDeclaredField("rules");
        f.setAccessible(true);
        return ((List<?>) f.get(segmenter)).size();
    }
}
