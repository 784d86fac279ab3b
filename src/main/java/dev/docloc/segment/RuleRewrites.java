package dev.docloc.segment;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import net.sf.okapi.common.ISegmenter;

/**
 * Gives some of Okapi's default English SRX rules an equivalent form that Java's regex engine
 * runs faster: four rules that start with a run of one class get a linear-time form, and the
 * abbreviation rules a lookahead on their first letters ({@link #firstLetters}).
 *
 * <p>The run rules start with a greedy run of one character class C ({@code [\p{Ll}…]+},
 * {@code \w+}, {@code \p{Ll}{2,}}), tried by Okapi's {@code find} at every offset: inside a word
 * of n letters that is n tries of up to n letters each, the largest share of segmentation time.
 * The form here adds {@code (?<!C)} in front, so a try starts only where a run of C starts.
 *
 * <p>Why the answer cannot change. Each rule is {@code (C+ Y)(?=A)} where Y must consume a
 * character first and that character is never in C, and A starts with whitespace. A match at
 * offset i, with a C character just before i, ends C+ at the end of the run (Y cannot start inside
 * it) and so has a match at i−1 ending at the same place. Okapi takes the leftmost match at or
 * after its search start s, so the leftmost match is never one preceded by a C character, unless
 * it starts exactly at s; and s is 0 or where the rule's previous match ended, which A puts before
 * whitespace, where no match can start. The run rules are recognized by their full text only:
 * rules of another SRX file or another Okapi release are left as they are; the abbreviation rules
 * by their shape. Rules with flags that change what a letter matches are never rewritten.
 * {@code RuleRewritesTest} compares each rewritten rule's matches with the original's.
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
                int unsafe = Pattern.CASE_INSENSITIVE | Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ;
                String rewritten = pattern == null || (pattern.flags() & unsafe) != 0 ? null : rewrite(pattern.pattern());
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
        if (run != null) {
            return "((?<!" + run + ")" + pattern.substring(1);
        }
        String first = firstLetters(pattern);
        return first == null ? null : "((?=[" + first + "])" + pattern.substring(1);
    }

    /**
     * For a rule of the form {@code (\b(alt|alt|…)…}, where each alternative starts with an ASCII
     * letter or a class of ASCII letters that is not optional ({@code Gen}, {@code [Gg]en},
     * {@code [UuSs]\.}), the letters a match can start with; null for any other rule. These are
     * the abbreviation rules: Okapi tries each of their dozens of alternatives at every word
     * start, and a lookahead on the first letters, which only states what every match already
     * satisfies, skips most of those tries without changing any match.
     */
    static String firstLetters(String pattern) {
        String prefix = "(\\b(";
        if (!pattern.startsWith(prefix) || pattern.contains("(?") || pattern.contains("\\Q")
                || pattern.contains("\\c")) {
            return null; // inline flags could make a letter match its other case; \Q and \cX hide syntax
        }
        java.util.SortedSet<Character> letters = new java.util.TreeSet<>();
        int i = prefix.length();
        boolean alternativeStart = true;
        int depth = 0;
        for (; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (alternativeStart) {
                int end = firstElementEnd(pattern, i, letters);
                if (end < 0 || (end < pattern.length() && "?*{".indexOf(pattern.charAt(end)) >= 0)) {
                    return null;
                }
                alternativeStart = false;
                i = end - 1;
            } else if (c == '\\' || c == '[') {
                i = tokenEnd(pattern, i) - 1;
                if (i < 0) {
                    return null;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth-- == 0) {
                    break;
                }
            } else if (c == '|' && depth == 0) {
                alternativeStart = true;
            }
        }
        if (i >= pattern.length() || letters.isEmpty() || !mustStartWithGroup(pattern, i + 1)) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        letters.forEach(out::append);
        return out.toString();
    }

    /**
     * Whether a match must begin with the alternation that closed just before {@code from}: the
     * alternation is not optional, and neither the rest of the first group nor the rest of the
     * pattern offers an alternative at the top level.
     */
    private static boolean mustStartWithGroup(String pattern, int from) {
        if (from < pattern.length() && "?*{".indexOf(pattern.charAt(from)) >= 0) {
            return false;
        }
        int depth = 1; // inside the rule's first group
        for (int i = from; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' || c == '[') {
                i = tokenEnd(pattern, i) - 1;
                if (i < 0) {
                    return false;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth <= 1) {
                return false;
            }
        }
        return true;
    }

    /** Adds the letters of the element at {@code i} (a letter or a class of letters); its end, or -1. */
    private static int firstElementEnd(String pattern, int i, java.util.Set<Character> letters) {
        char c = pattern.charAt(i);
        if (isAsciiLetter(c)) {
            letters.add(c);
            return i + 1;
        }
        if (c != '[') {
            return -1;
        }
        int close = pattern.indexOf(']', i);
        if (close <= i + 1) {
            return -1;
        }
        for (int k = i + 1; k < close; k++) {
            if (!isAsciiLetter(pattern.charAt(k))) {
                return -1;
            }
            letters.add(pattern.charAt(k));
        }
        return close + 1;
    }

    /** The index after the escape or class starting at {@code i} (a backslash or '['), or -1. */
    private static int tokenEnd(String pattern, int i) {
        return pattern.charAt(i) == '\\' ? i + 2 : RegexText.classEnd(pattern, i);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
