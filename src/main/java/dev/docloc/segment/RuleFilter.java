package dev.docloc.segment;

import com.ibm.icu.text.BreakIterator;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import net.sf.okapi.common.ISegmenter;

/**
 * Leaves out, for one text, the SRX rules that cannot match it. Okapi tries each of its rules
 * (201 for English) over the whole text; most are abbreviations ({@code \b[Aa][Bb][Ss]\.}) and
 * every match of such a rule contains a fixed string ("abs."). A rule whose fixed string is not in
 * the text (compared without case, so the test is only ever too generous) has no match there, and
 * Okapi's answer without it is the same. The fixed string is read from the rule's regular
 * expression conservatively: only a run of plain ASCII characters (or one-letter case pairs such
 * as {@code [Aa]}) at the top level of a group that is not optional counts; anything else ends a
 * run, and a rule with alternatives at that level has none. A rule with the same expression as
 * an earlier one never runs: it claims exactly the offsets the earlier one already claimed. The
 * exception rules that cannot veto any break in the text are left out too ({@link VetoFilter}).
 * Rules are swapped in and out of the segmenter's own list (one segmenter per thread); when
 * Okapi's fields cannot be read, every rule runs.
 */
final class RuleFilter {
    private final Field rulesField;
    // the segmenter's own list, put back after each text (Okapi copies it before use)
    private final ArrayList<Object> rules;
    private final String[] required;
    private final boolean[] duplicate;
    // null when the rules cannot be read for it
    private final VetoFilter vetoes;
    // Okapi's constructor of a break rule from the offsets it claims (as Okapi adds ICU's), or null
    private final Constructor<?> claimed;

    private RuleFilter(Field rulesField, ArrayList<Object> rules, String[] required, boolean[] duplicate,
                       VetoFilter vetoes, Constructor<?> claimed) {
        this.rulesField = rulesField;
        this.rules = rules;
        this.required = required;
        this.duplicate = duplicate;
        this.vetoes = vetoes;
        this.claimed = claimed;
    }

    /** The filter for a compiled segmenter, or null when its rules cannot be read. */
    static RuleFilter of(ISegmenter segmenter) {
        try {
            Field f = segmenter.getClass().getDeclaredField("rules");
            f.setAccessible(true);
            ArrayList<Object> rules = new ArrayList<>((List<?>) f.get(segmenter));
            String[] required = new String[rules.size()];
            boolean[] duplicate = new boolean[rules.size()];
            boolean[] isBreak = new boolean[rules.size()];
            List<Pattern> patterns = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < rules.size(); i++) {
                Class<?> ruleClass = rules.get(i).getClass();
                Pattern pattern = (Pattern) BreakPrefilter.field(ruleClass, "pattern").get(rules.get(i));
                isBreak[i] = (boolean) BreakPrefilter.field(ruleClass, "isBreak").get(rules.get(i));
                patterns.add(pattern);
                duplicate[i] = pattern != null && !seen.add(pattern.flags() + " " + pattern.pattern());
                // without case-insensitive matching a literal 'k' matches only 'k' (with it, also
                // the Kelvin sign, which lower-casing the text would not turn into 'k')
                int unsafe = Pattern.COMMENTS | Pattern.LITERAL | Pattern.CASE_INSENSITIVE;
                required[i] = pattern == null || (pattern.flags() & unsafe) != 0 ? "" : required(pattern.pattern());
            }
            return new RuleFilter(f, rules, required, duplicate, vetoFilter(segmenter, patterns, isBreak),
                    rules.isEmpty() ? null : claimedRule(rules.get(0).getClass()));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Okapi's constructor of a compiled rule from a list of offsets: a break rule that claims
     * exactly those offsets (Okapi makes ICU's boundaries into one). The veto filter has already
     * run each break rule as Okapi would, so Okapi is given the offsets instead of running the
     * rule's expression again. Null when this Okapi has no such constructor or the rule it makes
     * is not a break rule with those offsets.
     */
    private static Constructor<?> claimedRule(Class<?> ruleClass) {
        try {
            Constructor<?> c = ruleClass.getDeclaredConstructor(List.class);
            c.setAccessible(true);
            Object probe = c.newInstance(List.of(1));
            boolean isBreak = (boolean) BreakPrefilter.field(ruleClass, "isBreak").get(probe);
            Object offsets = BreakPrefilter.field(ruleClass, "breakPositions").get(probe);
            return isBreak && List.of(1).equals(offsets) ? c : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /**
     * A break rule that claims {@code offsets} (see {@link #claimedRule}); never empty: Okapi
     * runs the expression of a rule whose list is empty, and this one has none.
     */
    private Object claimed(int[] offsets) {
        if (offsets.length == 0) {
            throw new IllegalArgumentException("a break rule made of offsets needs at least one");
        }
        List<Integer> list = new ArrayList<>(offsets.length);
        for (int o : offsets) {
            list.add(o);
        }
        try {
            return claimed.newInstance(list);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The veto filter of a segmenter's rules, or null when it has a mask rule or its fields cannot be read. */
    private static VetoFilter vetoFilter(ISegmenter segmenter, List<Pattern> patterns, boolean[] isBreak) {
        try {
            Class<?> type = segmenter.getClass();
            if (patterns.contains(null) || BreakPrefilter.field(type, "maskRule").get(segmenter) != null) {
                return null;
            }
            BreakIterator icu = null;
            if ((boolean) BreakPrefilter.field(type, "useIcu4JBreakRules").get(segmenter)) {
                icu = (BreakIterator) BreakPrefilter.field(type, "icu4jBreakIterator").get(segmenter);
                if (icu == null) {
                    return null;
                }
            }
            return VetoFilter.of(patterns, isBreak, icu);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** Runs {@code work} (Okapi on {@code text}) with only the rules that can match {@code text}. */
    <T> T with(ISegmenter segmenter, String text, Supplier<T> work) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean[] run = new boolean[rules.size()];
        for (int i = 0; i < run.length; i++) {
            run[i] = !duplicate[i] && (required[i].isEmpty() || lower.contains(required[i]));
        }
        int[][] claims = vetoes == null ? null : vetoes.narrow(text, run);
        ArrayList<Object> kept = new ArrayList<>(rules.size());
        for (int i = 0; i < run.length; i++) {
            if (run[i]) {
                kept.add(claims != null && claims[i] != null && claimed != null ? claimed(claims[i]) : rules.get(i));
            }
        }
        try {
            rulesField.set(segmenter, kept);
            try {
                return work.get();
            } finally {
                rulesField.set(segmenter, rules);
            }
        } catch (IllegalAccessException e) {
            return work.get();
        }
    }

    /** Rules the filter can leave out of some texts, out of all. */
    int filterable() {
        int n = 0;
        for (String r : required) {
            n += r.isEmpty() ? 0 : 1;
        }
        return n;
    }

    /**
     * The longest lower-case string that every match of {@code regex} contains, or "" when none
     * can be read from it. Top-level groups of the pattern that are not quantified are read as
     * sequences too (Okapi compiles a rule as {@code (before…)(after)}).
     */
    static String required(String regex) {
        if (RegexText.INLINE_FLAGS.matcher(regex).find() || regex.contains("\\Q")) {
            return "";
        }
        List<String> runs = new ArrayList<>();
        if (!sequence(regex, runs)) {
            return "";
        }
        String best = "";
        for (String r : runs) {
            if (r.length() > best.length()) {
                best = r;
            }
        }
        return best.length() >= 2 ? best : "";
    }

    /** Adds the runs of a top-level sequence to {@code runs}; false when the sequence has alternatives. */
    private static boolean sequence(String s, List<String> runs) {
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int next;
            char literal = 0;
            if (c == '|') {
                return false;
            } else if (c == '\\') {
                if (i + 1 >= s.length()) {
                    return false;
                }
                char e = s.charAt(i + 1);
                if (e == 'Q' || e == 'E' || e == 'x' || e == 'u' || e == 'c' || e == '0' || e == 'N') {
                    return false;
                } else if (e == 'p' || e == 'P') {
                    next = s.indexOf('}', i);
                    if (next < 0) {
                        return false;
                    }
                    next++;
                } else {
                    next = i + 2;
                    if (!Character.isLetterOrDigit(e) && e < 128) {
                        literal = e;
                    }
                }
            } else if (c == '[') {
                next = RegexText.classEnd(s, i);
                if (next < 0) {
                    return false;
                }
                literal = casePair(s.substring(i + 1, next - 1));
            } else if (c == '(') {
                next = RegexText.groupEnd(s, i);
                if (next < 0) {
                    return false;
                }
                boolean quantified = next < s.length() && "*+?{".indexOf(s.charAt(next)) >= 0;
                String inner = s.substring(i + 1, next - 1);
                if (!quantified && !inner.startsWith("?")) {
                    List<String> innerRuns = new ArrayList<>();
                    if (sequence(inner, innerRuns)) {
                        runs.addAll(innerRuns);
                    }
                }
            } else if (c == ')' || c == ']') {
                return false;
            } else if (c == '{') {
                next = s.indexOf('}', i);
                if (next < 0) {
                    return false;
                }
                next++;
            } else if (".^$*+?}".indexOf(c) >= 0) {
                next = i + 1;
            } else {
                next = i + 1;
                literal = c < 128 ? c : 0;
            }
            boolean quantified = next < s.length() && "*+?{".indexOf(s.charAt(next)) >= 0;
            if (literal != 0 && !quantified) {
                run.append(Character.toLowerCase(literal));
            } else {
                runs.add(run.toString());
                run.setLength(0);
            }
            i = next;
        }
        runs.add(run.toString());
        return true;
    }

    /** The one lower-case letter a class such as {@code Aa}, {@code aA} or {@code a} stands for, else 0. */
    private static char casePair(String body) {
        if (body.length() == 1 && body.charAt(0) < 128 && Character.isLetterOrDigit(body.charAt(0))) {
            return Character.toLowerCase(body.charAt(0));
        }
        if (body.length() == 2 && body.charAt(0) < 128 && body.charAt(1) < 128
                && Character.isLetter(body.charAt(0))
                && Character.toLowerCase(body.charAt(0)) == Character.toLowerCase(body.charAt(1))) {
            return Character.toLowerCase(body.charAt(0));
        }
        return 0;
    }
}
