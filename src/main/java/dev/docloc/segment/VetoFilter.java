package dev.docloc.segment;

import com.ibm.icu.text.BreakIterator;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Leaves out, for one text, the SRX exception rules that cannot veto any break there. In Okapi's
 * algorithm the first rule to claim an offset decides it; an exception rule only ever stops a
 * break, so it matters only at an offset that some break rule (or ICU, whose boundaries Okapi adds
 * as break rules) claims. Exception rules are most of a rule set (188 of 201 for English) and
 * each one scans the whole text; the break rules are few. So the break rules are run first, as
 * Okapi runs them, to find the offsets where a break can happen, and an exception rule is kept
 * only when it can match with its break point at one of them.
 *
 * <p>Okapi compiles a rule as {@code (before)(after)} and breaks where {@code before} ends. A
 * match with its break at offset p needs {@code after} to match at p and {@code before}, so also
 * every tail of it, to end at p. The test of a rule is {@code (?<=tail)(?=after)} tried at each
 * candidate offset, where tail is the longest tail of {@code before} that has a bounded length
 * and no anchor ({@link RegexText#boundedTail}; Java's look-behind is only exact for those); a
 * rule whose text cannot be read so is always kept. The test only ever asks for less than a
 * match, so a rule it leaves out has no match there and Okapi's answer is the same without it.
 *
 * <p>Texts the filter cannot judge run every rule: with Okapi's code markers (U+E101-U+E103,
 * which Okapi takes out of the text before its rules run), and with characters outside the BMP
 * (a look-behind measures its bounded tail in chars, so {@code (?<=\p{L}\.)} would miss a
 * letter written as two). Rules written with {@code \Q...\E} have no test: the reader of their
 * text does not know quoting, and a tail it misread as bounded would not be refused by Java,
 * whose look-behind then silently finds nothing. One filter per segmenter, so per thread, like
 * the segmenter itself.
 */
final class VetoFilter {
    private static final String CODES = "(([\\uE101\\uE102\\uE103].)*)";
    // a back reference (to a group of before) or \G (where the last match ended) in after
    private static final Pattern BACK_REFERENCE = Pattern.compile("\\\\([1-9]|k<|G)");

    private final Pattern[] patterns;
    // per break rule, its core (RuleCore), or null
    private final Pattern[] cores;
    private final boolean[] isBreak;
    // per exception rule, its test; null: always kept
    private final Matcher[] tests;
    private final BreakIterator icu;

    private VetoFilter(Pattern[] patterns, boolean[] isBreak, Matcher[] tests, BreakIterator icu) {
        this.patterns = patterns;
        this.cores = new Pattern[patterns.length];
        for (int i = 0; i < patterns.length; i++) {
            cores[i] = isBreak[i] ? RuleCore.of(patterns[i]) : null;
        }
        this.isBreak = isBreak;
        this.tests = tests;
        this.icu = icu;
    }

    /**
     * The filter of a segmenter's compiled rules (their patterns and kinds, in order) and of the
     * ICU iterator whose boundaries it adds, or null when it adds none.
     */
    static VetoFilter of(List<Pattern> patterns, boolean[] isBreak, BreakIterator icu) {
        Pattern[] p = patterns.toArray(new Pattern[0]);
        Matcher[] tests = new Matcher[p.length];
        for (int i = 0; i < p.length; i++) {
            Pattern test = isBreak[i] ? null : test(p[i]);
            tests[i] = test == null ? null : test.matcher("").useTransparentBounds(true).useAnchoringBounds(false);
        }
        return new VetoFilter(p, isBreak.clone(), tests, icu);
    }

    /** How many exception rules have a test (the others always run). */
    int tested() {
        return (int) Arrays.stream(tests).filter(t -> t != null).count();
    }

    /**
     * Clears {@code run[i]} for each rule that cannot change Okapi's answer for {@code text}: an
     * exception rule that cannot veto a break, a break rule that claims no offset. {@code run}
     * says which rules would run (the rules it leaves out are not run to find the candidate
     * offsets either: they cannot match). Returns the offsets each break rule that still runs
     * claims, in the order Okapi finds them (null for the other rules), so that Okapi need not
     * run those rules again. Leaves {@code run} as it is, and returns null, for a text the filter
     * cannot judge.
     */
    int[][] narrow(String text, boolean[] run) {
        if (!readable(text)) {
            return null;
        }
        int[][] claims = new int[run.length][];
        int[] candidates = runBreakRules(text, run, claims);
        for (int i = 0; i < run.length; i++) {
            if (run[i] && !isBreak[i] && (candidates.length == 0 || tests[i] != null && !vetoes(tests[i], text, candidates))) {
                run[i] = false;
            }
        }
        return claims;
    }

    /**
     * Runs the break rules of {@code run} over {@code text} as Okapi does and returns the offsets
     * they and ICU claim; puts each rule's offsets in {@code claims} and clears from {@code run}
     * each break rule that claims none (Okapi would find nothing with it either).
     */
    private int[] runBreakRules(String text, boolean[] run, int[][] claims) {
        int[] out = new int[8];
        int n = 0;
        for (int i = 0; i < patterns.length; i++) {
            if (!run[i] || !isBreak[i]) {
                continue;
            }
            if (cores[i] != null && !cores[i].matcher(text).find()) {
                run[i] = false;
                continue;
            }
            // Okapi's loop: each search starts where the last match broke
            Matcher m = patterns[i].matcher(text).useTransparentBounds(true);
            int start = 0;
            int previous = -1;
            int first = n;
            while (start != previous && m.find(start)) {
                int at = m.start() + m.group(1).length();
                previous = start;
                start = at;
                out = add(out, n++, at);
            }
            run[i] = n > first;
            claims[i] = run[i] ? Arrays.copyOfRange(out, first, n) : null;
        }
        if (icu != null) {
            icu.setText(text);
            for (int b = icu.next(); b != BreakIterator.DONE; b = icu.next()) {
                if (b == text.length()) {
                    continue;
                }
                // Okapi moves an ICU boundary back over the whitespace before it, not to 0
                while (b > 1 && Character.isWhitespace(text.charAt(b - 1))) {
                    b--;
                }
                out = add(out, n++, b);
            }
        }
        return Arrays.stream(out, 0, n).sorted().distinct().toArray();
    }

    private static int[] add(int[] a, int n, int value) {
        int[] out = n < a.length ? a : Arrays.copyOf(a, a.length * 2);
        out[n] = value;
        return out;
    }

    private static boolean vetoes(Matcher test, String text, int[] candidates) {
        test.reset(text);
        for (int p : candidates) {
            test.region(p, text.length());
            if (test.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the filter can judge {@code text}: no Okapi code marker, no character outside the BMP. */
    static boolean readable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\uE101' && c <= '\uE103') || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The test of an exception rule, {@code (?<=tail of before)(?=after)}, or null when the
     * rule's text cannot be read so: not Okapi's {@code (before codes)(after)}, inline flags or
     * flags that change how the text reads, quoting, or a look-behind Java refuses.
     */
    static Pattern test(Pattern rule) {
        try {
            return read(rule);
        } catch (RuntimeException e) {
            return null; // a rule the reader trips on is always kept
        }
    }

    private static Pattern read(Pattern rule) {
        RegexText.OkapiRule parts = RegexText.okapiRule(rule);
        if (parts == null) {
            return null;
        }
        String before = parts.before();
        String after = parts.after();
        if (!before.endsWith(CODES) || BACK_REFERENCE.matcher(after).find()) {
            return null;
        }
        // the codes group matches only the empty string in a readable text
        before = before.substring(0, before.length() - CODES.length());
        int tail = RegexText.boundedTail(before);
        if (tail < 0) {
            return null;
        }
        String behind = before.substring(tail);
        try {
            return Pattern.compile((behind.isEmpty() ? "" : "(?<=" + behind + ")") + "(?=" + after + ")", rule.flags());
        } catch (PatternSyntaxException e) {
            return null;
        }
    }
}
