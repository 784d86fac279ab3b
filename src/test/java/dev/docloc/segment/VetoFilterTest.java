package dev.docloc.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
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
            "zh", "fi", "uk", "sk", "ro", "da");
    private static final List<String> WORDS = List.of("Gen", "gen", "Dr", "Mr", "Mrs", "St", "etc", "e.g", "i.e", "z.B",
            "bzw", "Nr", "Abs", "S", "p", "pp", "U.S", "No", "no", "Jan", "Sept", "Fig", "vs", "Vol", "approx", "et al",
            "Ph.D", "A", "a", "B", "Prof", "Jr", "Sr", "KVM", "qemu", "Die", "Der", "The", "Und", "Le", "O", "Sr",
            "Sra", "M", "Mme", "av", "ca", "1", "12", "3.4", "iv", "IV", "x", "Ж", "Привет", "т", "д", "г", "日本", "です",
            "https://example.com/a?b=c", "©", "2026", "\"Quoted", "'single'", "(paren)", "[link]", "…", "...",
            // characters Okapi reads as code markers (it takes each out with the character after it)
            "\uE101A", "\uE103\uE101", "\uE102", "ab\uE101xs", "\uD835\uDC00");
    private static final List<String> SEPARATORS = List.of(". ", ".", " ", ", ", ": ", ".  ", ". (", ".\n", "., ",
            "! ", "? ", "?! ", ".\" ", ".) ", "… ", "... ", "。", "！", " - ", ";\n", "\n\n", "… (", ".» ", ".” ",
            ".\u2028", ".\u0085", ".\u00A0", "\n ");

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
        boolean[] run = new boolean[OkapiRules.rules(segmenter).size()];
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
        for (String text : List.of("Dr. Who \uD83D\uDE00 left. Then", "Dr. \uE101x Who. Then")) {
            boolean[] run = new boolean[OkapiRules.rules(splitter.segmenterForTests()).size()];
            Arrays.fill(run, true);
            vetoes.narrow(text, run);
            assertThat(run).as(text).doesNotContain(false);
        }
    }

    @Test
    void textsWithOkapisCodeMarkersGetOkapisBoundaries() {
        // the filters read the text as it is; Okapi's rules see it without the markers
        for (String text : List.of(" PP.TT., \uE103\uE101 Привет ", "ul ABTLG., \uE101A, ", "BIO., \uE102 St, HECT.,",
                "Use ab\uE101xs. values. Then stop.")) {
            for (String language : List.of("en", "fr", "ru")) {
                SentenceSplitter filtered = SentenceSplitter.forLanguage(language);
                List<Part> parts = List.of(new Text(text));
                assertThat(filtered.split(parts)).as("%s: %s", language, text).isEqualTo(filtered.plainOkapi().split(parts));
            }
        }
    }

    @Test
    void aTestNeverRejectsAnOffsetItsRuleClaims() throws Exception {
        Random random = new Random(26);
        int claims = 0;
        for (String language : List.of("en", "de", "fr", "ru")) {
            ISegmenter segmenter = SentenceSplitter.forLanguage(language).segmenterForTests();
            List<Pattern> patterns = OkapiRules.patterns(segmenter);
            List<Pattern> tests = patterns.stream().map(VetoFilter::test).toList();
            for (int n = 0; n < 1_500; n++) {
                String text = generated(random);
                if (!VetoFilter.readable(text)) {
                    continue; // the filter runs every rule on these
                }
                for (int i = 0; i < patterns.size(); i++) {
                    if (tests.get(i) == null) {
                        continue;
                    }
                    var m = patterns.get(i).matcher(text).useTransparentBounds(true);
                    var t = tests.get(i).matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                    int start = 0;
                    int previous = -1;
                    while (start != previous && m.find(start)) {
                        int at = m.start() + m.group(1).length();
                        assertThat(t.region(at, text.length()).lookingAt()).as("%s at %d of %s", tests.get(i), at, text)
                                .isTrue();
                        claims++;
                        previous = start;
                        start = at;
                    }
                }
            }
        }
        assertThat(claims).isGreaterThan(5_000);
    }

    @Test
    void rulesWithTheSameExpressionAsAnEarlierOneAndBreakRulesThatFindNothingDoNotRun() throws Exception {
        ISegmenter segmenter = SentenceSplitter.forLanguage("en").segmenterForTests();
        RuleFilter filter = RuleFilter.of(segmenter);
        Field f = RuleFilter.class.getDeclaredField("duplicate");
        f.setAccessible(true);
        boolean[] duplicate = (boolean[]) f.get(filter);
        int duplicates = 0;
        for (boolean d : duplicate) {
            duplicates += d ? 1 : 0;
        }
        assertThat(duplicates).as("English repeats some rules").isGreaterThan(5);
        List<Pattern> patterns = OkapiRules.patterns(segmenter);
        boolean[] isBreak = OkapiRules.isBreak(segmenter);
        boolean[] run = new boolean[patterns.size()];
        Arrays.fill(run, true);
        vetoes(filter).narrow("The host runs. The guest stops.", run);
        int breaks = 0;
        int kept = 0;
        for (int i = 0; i < run.length; i++) {
            breaks += isBreak[i] ? 1 : 0;
            kept += isBreak[i] && run[i] ? 1 : 0;
        }
        assertThat(kept).as("break rules that claim an offset in the text").isBetween(1, breaks - 5);
        Field claimed = RuleFilter.class.getDeclaredField("claimed");
        claimed.setAccessible(true);
        assertThat(claimed.get(filter)).as("Okapi is given the offsets a break rule claimed, not the rule").isNotNull();
    }

    @Test
    void aProjectRuleWithQuotingKeepsOkapisAnswer(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        // Java reads [\Q[(\E] as the class of '[' and '('; a reader that does not know quoting
        // takes the rest of the rule for one bounded class
        java.nio.file.Path srx = SrxFiles.write(dir, """
                <rule break="no"><beforebreak>[\\Q[(\\E]\\w+\\s*[\\Q])\\E]\\.</beforebreak><afterbreak>\\s</afterbreak></rule>
                <rule break="yes"><beforebreak>[.?!]</beforebreak><afterbreak>\\s</afterbreak></rule>
                """);
        SentenceSplitter filtered = SentenceSplitter.fromFile(srx, "en");
        List<Part> parts = List.of(new Text("It is done (twice). Then more."));
        assertThat(filtered.split(parts)).hasSize(1).isEqualTo(filtered.plainOkapi().split(parts));
    }

    @Test
    void generatedTextsGetOkapisBoundariesInEveryLanguage() {
        Random random = new Random(2611);
        int split = 0;
        for (String language : LANGUAGES) {
            SentenceSplitter filtered = SentenceSplitter.forLanguage(language);
            SentenceSplitter all = filtered.plainOkapi();
            for (int n = 0; n < 600; n++) {
                String text = generated(random);
                List<Part> parts = List.of(new Text(text));
                List<UnitPart> expected = all.split(parts);
                assertThat(filtered.split(parts)).as("%s: %s", language, text).isEqualTo(expected);
                split += expected.size() > 1 ? 1 : 0;
            }
        }
        assertThat(split).as("texts with more than one sentence").isGreaterThan(3_000);
    }

    @Test
    void realPagesGetOkapisBoundariesInEveryLanguage() throws IOException, URISyntaxException {
        List<String> texts = OkapiRules.vendoredUnitTexts();
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

    private static String generated(Random random) {
        StringBuilder b = new StringBuilder();
        for (int k = 1 + random.nextInt(10); k > 0; k--) {
            b.append(WORDS.get(random.nextInt(WORDS.size()))).append(SEPARATORS.get(random.nextInt(SEPARATORS.size())));
        }
        return b.toString();
    }

    private static VetoFilter vetoes(RuleFilter filter) throws ReflectiveOperationException {
        Field f = RuleFilter.class.getDeclaredField("vetoes");
        f.setAccessible(true);
        return (VetoFilter) f.get(filter);
    }

}
