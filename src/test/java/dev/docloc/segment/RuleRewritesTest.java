package dev.docloc.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
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
 * (find from where the previous match's first group ended), on texts made of the characters their
 * proof turns on: letters of each kind, digits, '_', whitespace, '.', ':', '!', quotes and brackets.
 */
class RuleRewritesTest {
    private static final String ALPHABET = "aZé1_ \n.:!?\"')(‘”Жx";

    @Test
    void rewritesTheFourRunRulesOfOkapisEnglishRules() throws Exception {
        assertThat(RuleRewrites.apply(english())).isEqualTo(4);
        assertThat(RuleRewrites.rewrite("(\\w+\\.)(\\s)")).as("an unknown rule").isNull();
    }

    @Test
    void rewrittenRulesMatchWhereOkapisRulesMatch() throws Exception {
        List<Pattern> original = patterns(english());
        ISegmenter rewritten = english();
        RuleRewrites.apply(rewritten);
        List<Pattern> fast = patterns(rewritten);
        Random random = new Random(20261126);
        int compared = 0;
        int matched = 0;
        for (int i = 0; i < original.size(); i++) {
            if (original.get(i).pattern().equals(fast.get(i).pattern())) {
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

    private static List<Pattern> patterns(ISegmenter segmenter) throws Exception {
        Field rules = segmenter.getClass().getDeclaredField("rules");
        rules.setAccessible(true);
        List<Pattern> out = new ArrayList<>();
        for (Object rule : (List<?>) rules.get(segmenter)) {
            Field p = rule.getClass().getDeclaredField("pattern");
            p.setAccessible(true);
            out.add((Pattern) p.get(rule));
        }
        return out;
    }
}
