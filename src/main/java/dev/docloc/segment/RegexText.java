package dev.docloc.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reading the text of a Java regular expression, for the SRX rule filters, tests, cores and rewrites. */
final class RegexText {
    private RegexText() {
    }

    /** Inline flags ({@code (?i)}, {@code (?-u:...)}): they change what the rest of the text means. */
    static final Pattern INLINE_FLAGS = Pattern.compile("\\(\\?[a-zA-Z-]");
    private static final int UNREADABLE_FLAGS = Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ;

    /** A rule's expressions as Okapi compiles a rule: {@code (before)(after)}. */
    record OkapiRule(String before, String after) {
    }

    /**
     * The before and after expressions of a compiled SRX rule, or null when its text cannot be
     * read so: flags that change how the text reads, inline flags, quoting ({@code \Q...\E},
     * which these readers do not know), or not Okapi's form.
     */
    static OkapiRule okapiRule(Pattern rule) {
        String p = rule.pattern();
        if ((rule.flags() & UNREADABLE_FLAGS) != 0 || INLINE_FLAGS.matcher(p).find() || p.contains("\\Q")
                || !p.startsWith("(")) {
            return null;
        }
        int end = groupEnd(p, 0);
        if (end < 0 || end >= p.length() || p.charAt(end) != '(' || groupEnd(p, end) != p.length()) {
            return null;
        }
        return new OkapiRule(p.substring(1, end - 1), p.substring(end + 1, p.length() - 1));
    }

    /** The index after the {@code ]} that closes the class opening at {@code from}, or -1. */
    static int classEnd(String pattern, int from) {
        int i = from + 1;
        if (i < pattern.length() && pattern.charAt(i) == '^') {
            i++;
        }
        if (i < pattern.length() && pattern.charAt(i) == ']') {
            i++; // a ']' first in a class is a literal
        }
        for (; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(pattern, i) - 1;
                if (i < 0) {
                    return -1;
                }
            } else if (c == ']') {
                return i + 1;
            }
        }
        return -1;
    }

    /** The index after the {@code )} closing the group that opens at {@code from}, or -1. */
    static int groupEnd(String s, int from) {
        for (int i = from + 1; i >= 0 && i < s.length(); i = skip(s, i)) {
            if (s.charAt(i) == ')') {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * The index after the escape, class or group at {@code i}, or after the one char there; -1
     * for a class or group that does not close. What {@link #groupEnd} and {@link #alternatives}
     * step over to find the {@code )} or the {@code |} of their own level.
     */
    private static int skip(String s, int i) {
        return switch (s.charAt(i)) {
            case '\\' -> i + 2;
            case '[' -> classEnd(s, i);
            case '(' -> groupEnd(s, i);
            default -> i + 1;
        };
    }

    /**
     * The end of the longest tail of the top-level sequence {@code s} whose every match has a
     * bounded length and no anchor: the index where that tail starts ({@code s.length()} when
     * none), or -1 when {@code s} cannot be read so (alternatives at the top level, a quoted
     * section, a back reference or an escape this reader does not know). Every match of
     * {@code s} ends with a match of {@code s.substring(result)}.
     */
    static int boundedTail(String s) {
        int cut = 0;
        int i = 0;
        while (i < s.length()) {
            int end = atomEnd(s, i);
            if (end < 0) {
                return -1;
            }
            String atom = s.substring(i, end);
            if (!bounded(atom)) {
                cut = end;
            }
            i = end;
        }
        return cut;
    }

    /**
     * The atoms of the top-level sequence {@code s}, each with its quantifier, or null when
     * {@code s} has alternatives at the top level or syntax this reader does not know.
     */
    static List<String> atoms(String s) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.length(); ) {
            int end = atomEnd(s, i);
            if (end < 0) {
                return null;
            }
            out.add(s.substring(i, end));
            i = end;
        }
        return out;
    }

    /** The top-level alternatives of {@code s} (one when it has none), or null when it cannot be read. */
    static List<String> alternatives(String s) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < s.length(); ) {
            if (s.charAt(i) == '|') {
                out.add(s.substring(from, i));
                from = ++i;
            } else if ((i = skip(s, i)) < 0) {
                return null;
            }
        }
        out.add(s.substring(from));
        return out;
    }

    /** The end of the atom at {@code i} with its quantifier, or -1 (top-level '|', or syntax not read here). */
    private static int atomEnd(String s, int i) {
        int end = bodyEnd(s, i);
        if (end <= 0 || end > s.length()) {
            return -1;
        }
        if (end < s.length() && "?*+".indexOf(s.charAt(end)) >= 0) {
            end++;
        } else if (end < s.length() && s.charAt(end) == '{') {
            int close = s.indexOf('}', end);
            if (close < 0) {
                return -1;
            }
            end = close + 1;
        } else {
            return end;
        }
        if (end < s.length() && (s.charAt(end) == '?' || s.charAt(end) == '+')) {
            end++; // a lazy or possessive quantifier
        }
        return end;
    }

    /** The end of the atom at {@code i} without its quantifier, or -1. */
    static int bodyEnd(String s, int i) {
        char c = s.charAt(i);
        if (c == '|' || c == ')' || c == ']') {
            return -1;
        } else if (c == '\\') {
            if (i + 1 >= s.length()) {
                return -1;
            }
            char e = s.charAt(i + 1);
            if (e == 'p' || e == 'P' || e == 'b') {
                // \p{..}, \P{..}, \pL; \b{g} (a grapheme boundary) is one element too
                if (i + 2 < s.length() && s.charAt(i + 2) == '{') {
                    int close = s.indexOf('}', i);
                    return close < 0 ? -1 : close + 1;
                }
                return e == 'b' ? i + 2 : i + 3;
            } else if (e == 'u' && i + 6 <= s.length() && s.substring(i + 2, i + 6).matches("[0-9a-fA-F]{4}")) {
                return i + 6;
            } else if (unread(e)) {
                return -1;
            }
            return i + 2;
        } else if (c == '[') {
            return classEnd(s, i);
        } else if (c == '(') {
            return groupEnd(s, i);
        }
        return i + 1;
    }

    /**
     * Whether the escape of {@code e} is one these readers do not read: quoting, hex, octal and
     * control escapes, back references, G, A, z... (any letter or digit but the usual classes
     * d, s, w, b, h, v and their capitals, and t, n, r, f, e); p, b with braces and u are read by
     * the callers first.
     */
    private static boolean unread(char e) {
        return Character.isLetterOrDigit(e) && "dDsSwWbBhHvVtnrfe".indexOf(e) < 0;
    }

    /**
     * The least number of times an atom (as {@link #atoms} gives it) matches: 0 for {@code ?},
     * {@code *}, {@code {0,n}}, and for a count this reader cannot read (so it errs towards 0).
     */
    static int minimum(String atom) {
        int end = bodyEnd(atom, 0);
        if (end >= atom.length() || atom.charAt(end) == '+') {
            return 1;
        } else if (atom.charAt(end) == '{') {
            String n = atom.substring(end + 1, atom.indexOf('}', end)).split(",", -1)[0].strip();
            return n.matches("[0-9]{1,9}") ? Integer.parseInt(n) : 0;
        }
        return 0;
    }

    /**
     * Whether every match of {@code regex} has a length below a bound and it has no anchor: no
     * {@code *}, {@code +} or {@code {n,}} outside a class, no {@code ^} or {@code $}. Escapes
     * other than the usual classes make it unbounded. {@link VetoFilter} relies on this answer:
     * Java does not refuse every unbounded look-behind, some just never match. The text must not
     * use {@code \Q...\E} quoting, which this reader (like {@link #classEnd}) does not know.
     */
    static boolean bounded(String regex) {
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (i + 1 >= regex.length()) {
                    return false;
                }
                char e = regex.charAt(i + 1);
                if (e == 'p' || e == 'P') {
                    int close = i + 2 < regex.length() && regex.charAt(i + 2) == '{' ? regex.indexOf('}', i) : i + 2;
                    if (close < 0) {
                        return false;
                    }
                    i = close;
                } else if (unread(e)) {
                    return false;
                } else {
                    i++;
                }
            } else if (c == '[') {
                int end = classEnd(regex, i);
                if (end < 0) {
                    return false;
                }
                i = end - 1;
            } else if (c == '*' || c == '+' || c == '^' || c == '$') {
                return false;
            } else if (c == '{') {
                int close = regex.indexOf('}', i);
                if (close < 0 || regex.charAt(close - 1) == ',') {
                    return false;
                }
                i = close;
            }
        }
        return true;
    }
}
