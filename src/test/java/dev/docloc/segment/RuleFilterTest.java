package dev.docloc.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Leaving out the SRX rules that cannot match a text (and the prefilter and rewritten rules that
 * run with it) never changes Okapi's answer: the sentence boundaries of every unit of the vendored
 * real pages and of hand-made texts that sit on the edges of the fixed strings and of the
 * rewritten rules' runs, against Okapi running every rule as it is.
 */
class RuleFilterTest {
    @Test
    void readsTheFixedStringOfAnAbbreviationRule() {
        assertThat(RuleFilter.required("(\\b[Aa][Bb][Ss]\\.(([\\uE101\\uE102\\uE103].)*))(\\s)")).isEqualTo("abs.");
        assertThat(RuleFilter.required("(Yahoo\\!(([\\uE101\\uE102\\uE103].)*))(\\s)")).isEqualTo("yahoo!");
        assertThat(RuleFilter.required("(\\b[Nn]°\\.(([\\uE101].)*))(\\s)")).as("non-ASCII ends a run").isEmpty();
    }

    @Test
    void findsNoFixedStringWhereAMatchNeedNotContainOne() {
        assertThat(RuleFilter.required("(\\b(St|Gen|Hon)\\.)(\\s)")).as("alternatives: only '.' is fixed").isEmpty();
        assertThat(RuleFilter.required("(ab|cd)")).isEmpty();
        assertThat(RuleFilter.required("abc|xyz")).isEmpty();
        assertThat(RuleFilter.required("(ab)?cd")).isEqualTo("cd");
        assertThat(RuleFilter.required("xa{0,3}yz")).isEqualTo("yz");
        assertThat(RuleFilter.required("xab?c")).as("an optional letter ends the run").isEqualTo("xa");
        assertThat(RuleFilter.required("(?i)abcd")).as("inline flags").isEmpty();
        assertThat(RuleFilter.required("[.!?]\\s+The")).isEqualTo("the");
        assertThat(RuleFilter.required("\\p{Lu}\\.\\s\\p{Lu}\\.")).isEmpty();
    }

    @Test
    void filteredRulesGiveOkapisBoundariesOnRealPages() throws IOException, URISyntaxException {
        SentenceSplitter filtered = SentenceSplitter.forLanguage("en");
        SentenceSplitter all = filtered.plainOkapi();
        List<String> texts = new ArrayList<>(List.of(
                "Use abs. values. Then stop.", "He met Mr. Smith. Then he left.", "See Yahoo! Search. It works.",
                "ABS. Values are absolute. Done.", "Version 1.2. Then 3.4.5 follows.", "e.g. this. And i.e. that.",
                "It ends with etc. The next one starts.", "Call Dr. Who. Or Prof. X. Done!",
                "Words: Next words: More.", "abcdef. Ghi jkl. Mno", "It is ab12. Xy", "see xyz.12 Abc",
                "Привет. Мир. Снова", "version2. Next one!", "Run it:\nThen this. And that.",
                "ok.\" Then \"quoted.\" Next", "x: Y: z: W"));
        texts.addAll(OkapiRules.vendoredUnitTexts());
        int split = 0;
        for (String text : texts) {
            List<Part> parts = List.of(new Text(text));
            List<UnitPart> expected = all.split(parts);
            assertThat(filtered.split(parts)).as(text).isEqualTo(expected);
            split += expected.size() > 1 ? 1 : 0;
        }
        assertThat(texts).hasSizeGreaterThan(300);
        assertThat(split).as("texts with more than one sentence").isGreaterThan(40);
    }

    @Test
    void mostEnglishRulesCanBeLeftOutOfSomeTexts() {
        SentenceSplitter splitter = SentenceSplitter.forLanguage("en");
        splitter.split(List.of(new Text("One. Two.")));
        RuleFilter filter = RuleFilter.of(splitter.segmenterForTests());
        assertThat(filter).isNotNull();
        assertThat(filter.filterable()).isGreaterThan(100);
    }
}
