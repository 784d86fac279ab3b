package dev.docloc.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A cheap necessary condition of an SRX rule: a part of its expression that every match of the
 * rule contains, and that starts with an element no letter, digit or space can start. Okapi
 * compiles a rule as {@code (before)(after)}; every match of a sequence contains a match of each
 * of its tails, so every match of the rule contains a match of {@code tail(after)}, where the
 * tail of {@code before} starts at its first such element ({@code [.?!]} in
 * {@code \p{Ll}{2,}[.?!][0-9]}), and with alternatives in {@code before}, one tail each. Java's
 * regex engine tries a rule at every offset of a text; the core is rejected at almost every
 * offset by one character test, so a text in which the core is not found is one where the rule
 * cannot match, for a fraction of the cost. Most texts are one sentence, and finding that out
 * (no break rule matches) was most of the time of sentence splitting.
 *
 * <p>Rules this reader cannot read have no core and always run: inline flags, flags that change
 * how the text reads, quoting, possessive quantifiers and atomic groups (whose matches may
 * depend on what follows them), back references, or syntax {@link RegexText} does not know.
 */
final class RuleCore {
    // possessive quantifiers (a++, a*+, a?+, a{1,2}+; not \p{L}+), atomic groups, back references
    private static final Pattern UNREADABLE = Pattern.compile("[*+?]\\+|\\{\\d+(,\\d*)?}\\+|\\(\\?>|\\\\[1-9]|\\\\k<");
    private static final List<String> COMMON = List.of("a", "z", "A", "Z", "0", "9", " ", "\t", "é", "Ж", "ß");

    private RuleCore() {
    }

    /** The core of a compiled rule, or null when it has none (one rule the reader trips on included). */
    static Pattern of(Pattern rule) {
        try {
            return read(rule);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Pattern read(Pattern rule) {
        RegexText.OkapiRule parts = RegexText.okapiRule(rule);
        if (parts == null || UNREADABLE.matcher(rule.pattern()).find()) {
            return null;
        }
        List<String> alternatives = RegexText.alternatives(parts.before());
        if (alternatives == null) {
            return null;
        }
        List<String> tails = new ArrayList<>();
        for (String alternative : alternatives) {
            String tail = selectiveTail(alternative, rule.flags());
            if (tail == null) {
                return null;
            }
            tails.add("(?:" + tail + ")");
        }
        try {
            return Pattern.compile("(?:" + String.join("|", tails) + ")(" + parts.after() + ")", rule.flags());
        } catch (PatternSyntaxException e) {
            return null;
        }
    }

    /** The tail of the sequence {@code s} from its first selective element, or null when it has none. */
    private static String selectiveTail(String s, int flags) {
        List<String> atoms = RegexText.atoms(s);
        if (atoms == null) {
            return null;
        }
        for (int k = 0; k < atoms.size(); k++) {
            if (selective(atoms.get(k), flags)) {
                return String.join("", atoms.subList(k, atoms.size()));
            }
        }
        return null;
    }

    /**
     * Whether an element must match at least once and no common letter, digit or space can start
     * a match of it (a zero-width assertion never counts).
     */
    static boolean selective(String atom, int flags) {
        if (RegexText.minimum(atom) < 1) {
            return false;
        }
        String body = atom.substring(0, RegexText.bodyEnd(atom, 0));
        if (body.startsWith("(?=") || body.startsWith("(?!") || body.startsWith("(?<") || body.equals("^")
                || body.equals("$") || body.equals("\\b") || body.equals("\\B")) {
            return false;
        }
        Pattern element;
        try {
            element = Pattern.compile(body, flags);
        } catch (PatternSyntaxException e) {
            return false;
        }
        for (String c : COMMON) {
            var m = element.matcher(c);
            if (m.lookingAt() || m.hitEnd()) {
                return false;
            }
        }
        return true;
    }
}
