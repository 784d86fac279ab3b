package dev.docloc.segment;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import net.sf.okapi.common.ISegmenter;

/**
 * Gives four of Okapi's default English SRX rules an equivalent form that Java's regex engine
 * runs in linear time. Each starts with a greedy run of one character class C ({@code [\p{Ll}…]+},
 * {@code \w+}, {@code \p{Ll}{2,}}), tried by Okapi's {@code find} at every offset: inside a word of
 * n letters that is n tries of up to n letters each, the largest share of segmentation time.
 * The form here adds {@code (?<!C)} in front, so a try starts only where a run of C starts.
 *
 * <p>Why the answer cannot change. Each rule is {@code (C+ Y)(?=A)} where Y must consume a
 * character first and that character is never in C, and A starts with whitespace. A match at
 * offset i, with a C character just before i, ends C+ at the end of the run (Y cannot start inside
 * it) and so has a match at i−1 ending at the same place. Okapi takes the leftmost match at or
 * after its search start s, so the leftmost match is never one preceded by a C character, unless
 * it starts exactly at s; and s is 0 or where the rule's previous match ended, which A puts before
 * whitespace, where no match can start. The rules are recognized by their full text only: rules
 * of another SRX file or another Okapi release are left as they are. {@code RuleRewritesTest}
 * compares the boundaries with and without this on the real pages vendored for tests.
 */
final class RuleRewrites {
    private static final String CODES = "(([\\uE101\\uE102\\uE103].)*)";

    /** Original pattern text to the leading class C of its run. */
    private static final Map<String, String> RUNS = Map.of(
            "([\\p{Ll}\\p{Lu}\\p{Lt}\\p{Lo}\\p{Nd}]+\\s*[\\p{Pe}\\p{Pf}\\p{Po}\"'\"'‘’“”]*\\s*[\\.?!]+\\s*"
                    + "[\\p{Pe}\\p{Pf}\\p{Po}\"'\"'‘’“”]*" + CODES + ")(\\s+['\"\\p{Pi}\\(]*\\p{Lu})",
            "[\\p{Ll}\\p{Lu}\\p{Lt}\\p{Lo}\\p{Nd}]",
            "(\\w+[\\p{Pe}\\p{Po}\"]*[:]+[\\p{Pe}\\p{Po}\"]*" + CODES + ")(\\s+\\P{Ll})",
            "\\w",
            "(\\p{Ll}{2,}[.?!][\\p{Pe}\\p{Pf}\"']{0,3}[0-9]{1,2}" + CODES + ")(\\s\\s?\\p{Lu})",
            "\\p{Ll}",
            "(\\p{Ll}{2,}[\\p{Pe}\\p{Pf}\"']{0,3}[.!?][0-9]{1,2}" + CODES + ")(\\s\\s?\\p{Lu})",
            "\\p{Ll}");

    private RuleRewrites() {
    }

    /**
     * Puts the equivalent form of each known rule into {@code segmenter}'s own compiled rules;
     * returns how many it changed (0 when Okapi's fields cannot be read).
     */
    static int apply(ISegmenter segmenter) {
        try {
            Field rulesField = segmenter.getClass().getDeclaredField("rules");
            rulesField.setAccessible(true);
            int changed = 0;
            for (Object rule : (List<?>) rulesField.get(segmenter)) {
                Field p = rule.getClass().getDeclaredField("pattern");
                p.setAccessible(true);
                Pattern pattern = (Pattern) p.get(rule);
                String rewritten = pattern == null ? null : rewrite(pattern.pattern());
                if (rewritten != null) {
                    p.set(rule, Pattern.compile(rewritten, pattern.flags()));
                    changed++;
                }
            }
            return changed;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return 0;
        }
    }

    /** The equivalent form of a known rule's pattern text, or null for any other. */
    static String rewrite(String pattern) {
        String run = RUNS.get(pattern);
        return run == null ? null : "((?<!" + run + ")" + pattern.substring(1);
    }
}
