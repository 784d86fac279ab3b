package dev.docloc.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A rule's core is found in every text where the rule matches: read from the rule's text as
 * documented, and checked on generated texts against every break rule of Okapi's default rules.
 */
class RuleCoreTest {
    private static final String CODES = "(([\\uE101\\uE102\\uE103].)*)";

    @Test
    void startsAtTheFirstElementNoLetterDigitOrSpaceCanStart() {
        Pattern rule = Pattern.compile("((?<!\\p{Ll})\\p{Ll}{2,}[.?!][\\p{Pe}\\p{Pf}\"']{0,3}[0-9]{1,2}" + CODES + ")(\\s\\s?\\p{Lu})");
        assertThat(RuleCore.of(rule).pattern())
                .isEqualTo("(?:(?:[.?!][\\p{Pe}\\p{Pf}\"']{0,3}[0-9]{1,2}" + CODES + "))(\\s\\s?\\p{Lu})");
        Pattern optionalFirst = Pattern.compile("(\\p{Ll}+[\"']{0,3}[.!?][0-9]" + CODES + ")(\\s)");
        assertThat(RuleCore.of(optionalFirst).pattern()).as("an optional element is not a start")
                .isEqualTo("(?:(?:[.!?][0-9]" + CODES + "))(\\s)");
    }

    @Test
    void alternativesGetATailEach() {
        Pattern rule = Pattern.compile("(x?(\\u2026|\\.\\.)|(\\u2026)\\s*[;.]" + CODES + ")(\\s*\\p{Lu})");
        assertThat(RuleCore.of(rule).pattern())
                .isEqualTo("(?:(?:(\\u2026|\\.\\.))|(?:(\\u2026)\\s*[;.]" + CODES + "))(\\s*\\p{Lu})");
    }

    @Test
    void rulesWithoutASelectiveElementOrThatCannotBeReadHaveNone() {
        assertThat(RuleCore.of(Pattern.compile("(\\w+" + CODES + ")(\\s)"))).as("only letters and spaces").isNull();
        assertThat(RuleCore.of(Pattern.compile("(x|\\w" + CODES + ")(\\s)"))).as("one alternative without").isNull();
        assertThat(RuleCore.of(Pattern.compile("((?i)[.]" + CODES + ")(\\s)"))).as("inline flags").isNull();
        assertThat(RuleCore.of(Pattern.compile("([.]++" + CODES + ")(\\s)"))).as("possessive").isNull();
        assertThat(RuleCore.of(Pattern.compile("([.]{1,2}+" + CODES + ")(\\s)"))).as("possessive").isNull();
        assertThat(RuleCore.of(Pattern.compile("((?>[.])" + CODES + ")(\\s)"))).as("atomic group").isNull();
        assertThat(RuleCore.of(Pattern.compile("([\\Q.\\E]" + CODES + ")(\\s)"))).as("quoting").isNull();
        assertThat(RuleCore.of(Pattern.compile("[.]\\s"))).as("not Okapi's form").isNull();
        assertThat(RuleCore.of(Pattern.compile("(\\b{g}x\\." + CODES + ")(\\s)")).pattern())
                .as("a grapheme boundary is one element").startsWith("(?:(?:x\\.");
    }

    @Test
    void aRuleTheReaderTripsOnLeavesTheFiltersOnForTheOthers(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path srx = SrxFiles.write(dir, """
                <rule break="no"><beforebreak>\\bNo\\.</beforebreak><afterbreak>\\s</afterbreak></rule>
                <rule break="yes"><beforebreak>\\b{g}x{2,}\\.</beforebreak><afterbreak>\\s</afterbreak></rule>
                <rule break="yes"><beforebreak>[.?!]</beforebreak><afterbreak>\\s</afterbreak></rule>
                """);
        SentenceSplitter splitter = SentenceSplitter.fromFile(srx, "en");
        List<Part> parts = List.of(new Text("See No. 5 here. Then xx. More."));
        assertThat(splitter.split(parts)).hasSize(5).isEqualTo(splitter.plainOkapi().split(parts));
        Field vetoes = RuleFilter.class.getDeclaredField("vetoes");
        vetoes.setAccessible(true);
        assertThat(vetoes.get(RuleFilter.of(splitter.segmenterForTests()))).isNotNull();
    }

    @Test
    void theCoreIsFoundWhereverItsRuleMatches() throws Exception {
        List<String> words = List.of("Dr", "e.g", "KVM", "qemu", "12", "3.4", "iv", "Ж", "The", "a", "x1", "©", "2026",
                "\"Q\"", "(p)", "…", "...", "[1]", "Nr", "z.B");
        List<String> separators = List.of(". ", ".", " ", ": ", "! ", "? ", ".\" ", ".) ", "… ", "... ", ".\n", "\n",
                "。", ".1 ", ".” ", " (", ";", ".» ");
        Random random = new Random(77);
        int matched = 0;
        int rules = 0;
        for (String language : List.of("en", "de", "fr", "pt-BR", "ja", "ru", "es", "it", "nl", "pl")) {
            for (Pattern rule : OkapiRules.breakPatterns(SentenceSplitter.forLanguage(language).segmenterForTests())) {
                Pattern core = RuleCore.of(rule);
                if (core == null) {
                    continue;
                }
                rules++;
                for (int n = 0; n < 400; n++) {
                    StringBuilder b = new StringBuilder();
                    for (int k = 1 + random.nextInt(8); k > 0; k--) {
                        b.append(words.get(random.nextInt(words.size()))).append(separators.get(random.nextInt(separators.size())));
                    }
                    String text = b.toString();
                    if (rule.matcher(text).useTransparentBounds(true).find(0)) {
                        matched++;
                        assertThat(core.matcher(text).find()).as("%s in %s", core, text).isTrue();
                    }
                }
            }
        }
        assertThat(rules).as("break rules with a core").isGreaterThan(100);
        assertThat(matched).isGreaterThan(5_000);
    }
}
