package dev.docloc.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.lib.segmentation.SRXDocument;
import org.junit.jupiter.api.Test;

/**
 * The rewritten rules claim exactly the offsets Okapi's own rules claim, scanned as Okapi scans
 * (find from where the previous match's first group ended): the run rules on texts made of the
 * characters their proof turns on (letters of each kind, digits, '_', whitespace, '.', ':', '!',
 * quotes and brackets), the abbreviation rules on texts made of abbreviations, near misses and
 * sentence punctuation.
 */
class RuleRewritesTest {
    private static final String ALPHABET = "aZé1_ \n.:!?\"')(‘”Жx";

    private static final List<String> WORDS = List.of("Gen", "gen", "Dr", "dr", "Mr", "Mrs", "St", "etc", "e.g", "i.e",
            "eg", "ie", "U.S", "U.K", "u.s.a", "US", "pp", "p", "Inc", "Ltd", "Jan", "Sept", "Mon", "Tues", "No", "no",
            "Fig", "figs", "vs", "Vol", "approx", "et al", "Ph.D", "A", "a", "B.S", "SEC", "Prof", "Jr", "Col", "Rev",
            "Cor", "Heb", "the", "KVM", "qemu", "Gent", "xGen", "Generation", "1", "I");
    private static final List<String> SEPARATORS = List.of(". ", ".", " ", ", ", ": ", ".  ", ". (", ".\n", "., ");

    @Test
    void rewritesTheRunRulesAndTheAbbreviationRulesOfOkapisEnglishRules() throws Exception {
        List<Pattern> original = OkapiRules.patterns(english());
        ISegmenter rewritten = english();
        assertThat(RuleRewrites.apply(rewritten)).isEqualTo(4 + abbreviations(original, OkapiRules.patterns(rewritten)).size());
        // Okapi 1.47's English rules: 16 abbreviation rules of that shape (a new Okapi may change this)
        assertThat(abbreviations(original, OkapiRules.patterns(rewritten))).hasSize(16);
        assertThat(RuleRewrites.rewrite("(\\w+\\.)(\\s)")).as("an unknown rule").isNull();
    }

    @Test
    void readsTheFirstLettersOfAnAlternationConservatively() {
        assertThat(RuleRewrites.firstLetters("(\\b(St|[Gg]en|[UuSs]\\.)\\.)(\\s)")).isEqualTo("GSUgsu");
        assertThat(RuleRewrites.firstLetters("(\\b(St|a?b)\\.)(\\s)")).as("an optional first letter").isNull();
        assertThat(RuleRewrites.firstLetters("(\\b(St|\\p{Lu}x)\\.)(\\s)")).as("a class of all capitals").isNull();
        assertThat(RuleRewrites.firstLetters("(\\b(St|(?i)gen)\\.)(\\s)")).as("inline flags").isNull();
        assertThat(RuleRewrites.firstLetters("(\\b(St|[^a]x)\\.)(\\s)")).isNull();
        assertThat(RuleRewrites.firstLetters("(\\b(St|)\\.)(\\s)")).as("an empty alternative").isNull();
        assertThat(RuleRewrites.firstLetters("(\\b(St|G[\\]|]x)\\.)(\\s)")).as("a | inside a class")
                .isEqualTo("GS");
        assertThat(RuleRewrites.firstLetters("(\\bSt\\.)(\\s)")).isNull();
        assertThat(RuleRewrites.firstLetters("(\\b(Mr|Dr)?s\\.)(\\s)")).as("an optional alternation").isNull();
        assertThat(RuleRewrites.firstLetters("(\\b(Mr|Dr)*s\\.)(\\s)")).isNull();
        assertThat(RuleRewrites.firstLetters("(\\b(Mr|Dr)\\.|x)(\\s)")).as("another alternative in the group")
                .isNull();
        assertThat(RuleRewrites.firstLetters("(\\b(Mr|Dr)\\.)(\\s)|x")).as("an alternative to the rule").isNull();
        assertThat(RuleRewrites.firstLetters("(\\b(a\\c\\|b)\\.)(\\s)")).as("\\c takes the next character").isNull();
        assertThat(RuleRewrites.firstLetters("(\\b(Mr|Dr)\\.(([\\uE101].)*))(\\s[^|x])")).as("a | in a class")
                .isEqualTo("DM");
    }

    @Test
    void abbreviationRulesMatchWhereOkapisRulesMatch() throws Exception {
        List<Pattern> original = OkapiRules.patterns(english());
        ISegmenter rewritten = english();
        RuleRewrites.apply(rewritten);
        List<Integer> rules = abbreviations(original, OkapiRules.patterns(rewritten));
        List<Pattern> fast = OkapiRules.patterns(rewritten);
        Random random = new Random(26112026);
        int matched = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = 1 + random.nextInt(8); k > 0; k--) {
                b.append(WORDS.get(random.nextInt(WORDS.size()))).append(SEPARATORS.get(random.nextInt(SEPARATORS.size())));
            }
            String text = b.toString();
            for (int i : rules) {
                List<Integer> expected = claims(original.get(i), text);
                assertThat(claims(fast.get(i), text)).as("%s on \"%s\"", fast.get(i), text).isEqualTo(expected);
                matched += expected.isEmpty() ? 0 : 1;
            }
        }
        assertThat(matched).as("rule and text pairs that matched").isGreaterThan(5_000);
    }

    /** The indexes of the rules rewritten with a first-letter lookahead. */
    private static List<Integer> abbreviations(List<Pattern> original, List<Pattern> rewritten) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < original.size(); i++) {
            if (rewritten.get(i).pattern().startsWith("((?=[")) {
                out.add(i);
            }
        }
        return out;
    }

    @Test
    void rewrittenRulesMatchWhereOkapisRulesMatch() throws Exception {
        List<Pattern> original = OkapiRules.patterns(english());
        ISegmenter rewritten = english();
        RuleRewrites.apply(rewritten);
        List<Pattern> fast = OkapiRules.patterns(rewritten);
        Random random = new Random(20261126);
        int compared = 0;
        int matched = 0;
        for (int i = 0; i < original.size(); i++) {
            if (!fast.get(i).pattern().startsWith("((?<!")) {
                continue;
            }
            for (int n = 0; n < 20_000; n++) {
                String text = randomText(random, 1 + random.nextInt(40));
                List<Integer> expected = claims(original.get(i), text);
                assertThat(claims(fast.get(i), text)).as("%s on \"%s\"", fast.get(i), text).isEqualTo(expected);
                matched += expected.isEmpty() ? 0 : 1;
            }
            compared++;
        }
        assertThat(compared).isEqualTo(4);
        assertThat(matched).as("texts where a rule matched").isGreaterThan(2_000);
    }

    /** The offsets a rule claims, found as Okapi's SRXSegmenter.computeSegments finds them. */
    private static List<Integer> claims(Pattern p, String text) {
        List<Integer> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        m.useTransparentBounds(true);
        int start = 0;
        int prevStart = -1;
        while (start != prevStart && m.find(start)) {
            int n = m.start() + m.group(1).length();
            prevStart = start;
            start = n;
            out.add(n);
        }
        return out;
    }

    private static String randomText(Random random, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    private static ISegmenter english() {
        SRXDocument srx = new SRXDocument();
        srx.loadRules(RuleRewritesTest.class.getResourceAsStream("/net/sf/okapi/lib/segmentation/defaultSegmentation.srx"));
        return srx.compileLanguageRules(LocaleId.fromBCP47("en"), null);
    }
}
