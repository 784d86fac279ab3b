package dev.docloc.check;

import com.ibm.icu.text.Normalizer2;
import dev.docloc.check.TermPattern.Role;
import dev.docloc.glossary.Term;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds glossary forms in the texts of one language in one pass over their words: from each word,
 * the trie is followed word by word while the text agrees with some key, so the cost does not
 * grow with the glossary. Overlapping matches are resolved longest first. In German, the head of
 * a closed compound ("Gastbetriebssysteme" → "Betriebssystem") and the parts of a hyphenated one
 * ("KVM-Hypervisor") also match. Immutable once built, so it is safe to share between threads.
 */
final class TermMatcher {
    /** A closed compound's head matches only after a modifier of at least this many letters. */
    private static final int MIN_MODIFIER = 3;
    /** ...and only when the head has at least this many letters. */
    private static final int MIN_HEAD = 4;
    /** ...and an approved form matches as a compound's first element only with this many letters. */
    private static final int MIN_MODIFIER_TERM = 5;

    private final TermTokenizer tokenizer;
    private final String separator;
    private final TermTrie trie = new TermTrie();
    /** Single-word keys reversed, for compound heads; empty outside German. */
    private final TermTrie heads = new TermTrie();

    /** A possible match; {@code headFrom} is where the match starts in the last word (compound heads). */
    private record Candidate(int start, int end, List<TermPattern> patterns, List<TermToken> words, int headFrom) {
        int length() {
            return end - start;
        }
    }

    TermMatcher(String locale) {
        this.tokenizer = new TermTokenizer(locale);
        this.separator = tokenizer.separator();
    }

    /** Adds a form to look for; call only while building. */
    void add(Term term, Role role, String form) {
        List<TermToken> tokens = tokenizer.tokenize(nfc(form));
        if (tokens.isEmpty()) {
            return;
        }
        TermPattern pattern = new TermPattern(term, role, form, tokens);
        trie.add(pattern.key(separator), pattern);
        if (tokenizer.joinsCompounds() && tokens.size() == 1 && tokens.get(0).exact().length() >= MIN_HEAD) {
            heads.add(new StringBuilder(tokens.get(0).key()).reverse().toString(), pattern);
        }
    }

    static String nfc(String text) {
        return Normalizer2.getNFCInstance().normalize(text);
    }

    TermTokenizer tokenizer() {
        return tokenizer;
    }

    /** The matches in {@code text} (NFC), in text order. */
    List<TermMatch> match(String text) {
        return match(text, tokenizer.tokenize(text));
    }

    /** As {@link #match(String)}, for the words {@link #tokenizer()} gave for {@code text}. */
    List<TermMatch> match(String text, List<TermToken> tokens) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            walk(tokens, i, i, trie.root(), candidates);
            if (tokenizer.joinsCompounds()) {
                compound(tokens.get(i), candidates);
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<TermMatch> matches = resolve(text, candidates, false);
        matches.addAll(resolve(text, candidates, true));
        matches.sort(Comparator.comparingInt(TermMatch::start));
        return matches;
    }

    /** Follows the trie through word {@code j}, by its stem and by its unstemmed form, and on. */
    private void walk(List<TermToken> tokens, int i, int j, TermTrie.Node node, List<Candidate> out) {
        TermToken token = tokens.get(j);
        if (j > i && !token.parts().isEmpty()) {
            // "persistente Domänen-XML": a multi-word form may end in a hyphenated compound's first part
            TermToken first = token.parts().get(0);
            TermTrie.Node end = TermTrie.walk(node, first.key());
            if (end != null && !end.accepts().isEmpty()) {
                out.add(new Candidate(tokens.get(i).start(), first.end(), end.accepts(), tokens.subList(i, j + 1), 0));
            }
        }
        walk(tokens, i, j, TermTrie.walk(node, token.key()), out, token);
        if (token.folded() != null) {
            walk(tokens, i, j, TermTrie.walk(node, token.folded()), out, token);
        }
    }

    private void walk(List<TermToken> tokens, int i, int j, TermTrie.Node next, List<Candidate> out, TermToken token) {
        if (next == null) {
            return;
        }
        if (!next.accepts().isEmpty()) {
            out.add(new Candidate(tokens.get(i).start(), token.end(), next.accepts(), tokens.subList(i, j + 1), 0));
        }
        TermTrie.Node gap = j + 1 < tokens.size() && !tokens.get(j + 1).barrier() ? TermTrie.walk(next, separator) : null;
        if (gap != null) {
            walk(tokens, i, j + 1, gap, out);
            if (tokenizer.joinsCompounds()) {
                lastWordHead(tokens, i, j + 1, gap, out);
            }
        }
    }

    /** German "virtuelle KVM-Maschine": a multi-word term whose last word is a compound's head. */
    private void lastWordHead(List<TermToken> tokens, int i, int j, TermTrie.Node node, List<Candidate> out) {
        TermToken word = tokens.get(j);
        String key = word.key();
        for (int from = MIN_MODIFIER; from <= key.length() - MIN_HEAD + 1; from++) {
            TermTrie.Node next = node;
            for (int c = from; c < key.length() && next != null; c++) {
                next = next.step(key.charAt(c));
            }
            if (next != null && !next.accepts().isEmpty()) {
                out.add(new Candidate(tokens.get(i).start(), word.end(), next.accepts(), tokens.subList(i, j + 1), from));
            }
        }
    }

    /** The parts of a hyphenated compound, and the head of a closed one. */
    private void compound(TermToken word, List<Candidate> out) {
        List<TermToken> parts = word.parts();
        for (int a = 0; a < parts.size(); a++) {
            StringBuilder run = new StringBuilder();
            for (int b = a; b < parts.size(); b++) {
                run.append(parts.get(b).exact());
                String key = b == a ? parts.get(a).key() : tokenizer.key(run.toString());
                TermTrie.Node node = TermTrie.walk(trie.root(), key);
                if (node != null && !node.accepts().isEmpty()) {
                    out.add(new Candidate(parts.get(a).start(), parts.get(b).end(), node.accepts(),
                            parts.subList(a, b + 1), 0));
                }
            }
        }
        modifier(word, out);
        parts.forEach(part -> modifier(part, out));
        String key = word.key();
        TermTrie.Node node = heads.root();
        for (int i = key.length() - 1; i >= MIN_MODIFIER && node != null; i--) {
            node = node.step(key.charAt(i));
            if (node != null && !node.accepts().isEmpty() && !word.startsPart(i)) {
                out.add(new Candidate(word.offset(i), word.end(), node.accepts(), List.of(word), i));
            }
        }
    }

    /**
     * An approved translation as the first element of a closed compound ("Netzwerk" in
     * "Netzwerkfunktionen"): only approved forms of at least {@link #MIN_MODIFIER_TERM} letters count, so a
     * translation is not reported missing when German builds it into a compound. Forbidden and
     * source forms never match this way ("Hostname" is not "Host").
     */
    private void modifier(TermToken word, List<Candidate> out) {
        String key = word.folded() != null ? word.folded() : word.key();
        TermTrie.Node node = trie.root();
        for (int i = 0; i < key.length() - MIN_HEAD && node != null; i++) {
            node = node.step(key.charAt(i));
            if (node != null && i + 1 >= MIN_MODIFIER_TERM && !node.accepts().isEmpty()) {
                List<TermPattern> approved = node.accepts().stream()
                        .filter(p -> p.role() == Role.APPROVED && !p.term().doNotTranslate()).toList();
                if (!approved.isEmpty()) {
                    out.add(new Candidate(word.start(), word.offset(i + 1 < key.length() ? i + 1 : i), approved,
                            List.of(word), 0));
                }
            }
        }
    }

    /**
     * A forbidden form that stems like an approved form of the same term ("consola" and "console")
     * counts only when the text has exactly that form; otherwise the approved form does.
     */
    private static boolean shadowed(TermPattern p, List<TermPattern> all, String surface) {
        Role other = p.role() == Role.FORBIDDEN ? Role.APPROVED : p.role() == Role.APPROVED ? Role.FORBIDDEN : null;
        if (other == null) {
            return false;
        }
        boolean clash = all.stream().anyMatch(q -> q.role() == other && q.term().equals(p.term()));
        if (!clash) {
            return false;
        }
        TermPattern forbidden = p.role() == Role.FORBIDDEN ? p
                : all.stream().filter(q -> q.role() == Role.FORBIDDEN && q.term().equals(p.term())).findFirst().get();
        boolean exactlyForbidden = fold(surface).equals(fold(forbidden.form()));
        return p.role() == Role.FORBIDDEN ? !exactlyForbidden : exactlyForbidden;
    }

    /** "/dev/kvm": a word inside a path or file name is not the name written in prose. */
    private static boolean inPath(String text, int start, int end) {
        return start > 0 && "/._".indexOf(text.charAt(start - 1)) >= 0
                || end < text.length() && "/_".indexOf(text.charAt(end)) >= 0;
    }

    private static String fold(String s) {
        return com.ibm.icu.lang.UCharacter.foldCase(nfc(s), true);
    }

    /**
     * Longest first, then leftmost; a match may not overlap a longer one. Do-not-translate terms are
     * resolved on their own, so a name inside a longer term ("virtuelle KVM-Maschine") still counts.
     */
    private static List<TermMatch> resolve(String text, List<Candidate> candidates, boolean doNotTranslate) {
        candidates.sort(Comparator.comparingInt(Candidate::length).reversed().thenComparingInt(Candidate::start));
        boolean[] taken = new boolean[text.length()];
        List<TermMatch> matches = new ArrayList<>();
        for (Candidate c : candidates) {
            String surface = text.substring(c.start(), c.end());
            List<TermPattern> patterns = c.patterns().stream()
                    .filter(p -> p.term().doNotTranslate() == doNotTranslate)
                    .filter(p -> !shadowed(p, c.patterns(), surface)).toList();
            if (!patterns.isEmpty() && isFree(taken, c)) {
                java.util.Arrays.fill(taken, c.start(), c.end(), true);
                for (TermPattern p : patterns) {
                    boolean caseOk = !p.term().matchesCase() || sameCase(c, p) || inPath(text, c.start(), c.end());
                    matches.add(new TermMatch(p, c.start(), c.end(), text.substring(c.start(), c.end()), caseOk));
                }
            }
        }
        return matches;
    }

    private static boolean isFree(boolean[] taken, Candidate c) {
        for (int i = c.start(); i < c.end(); i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameCase(Candidate c, TermPattern p) {
        if (c.words().size() != p.tokens().size()) {
            return true;
        }
        int last = p.tokens().size() - 1;
        for (int i = 0; i <= last; i++) {
            if (!sameCase(c.words().get(i), i == last ? c.headFrom() : 0, p.tokens().get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Compares upper and lower case letter by letter over the common length, so inflection
     * suffixes ("KVMs") pass and "Kvm" does not. The first letter of a compound head and the
     * first letter of each hyphenated part are not compared: German writes them either way.
     */
    static boolean sameCase(TermToken word, int from, TermToken pattern) {
        String a = word.exact();
        String b = pattern.exact();
        int n = Math.min(a.length() - from, b.length());
        for (int i = 0; i < n; i++) {
            if ((i == 0 && from > 0) || word.startsPart(from + i) || pattern.startsPart(i)) {
                continue;
            }
            char x = a.charAt(from + i);
            char y = b.charAt(i);
            if (Character.isUpperCase(x) != Character.isUpperCase(y) || Character.isLowerCase(x) != Character.isLowerCase(y)) {
                return false;
            }
        }
        return true;
    }
}
