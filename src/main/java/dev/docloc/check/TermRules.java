package dev.docloc.check;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Transliterator;
import dev.docloc.check.TermPattern.Role;
import dev.docloc.glossary.Glossary;
import dev.docloc.glossary.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The four terminology rules, applied to one target text whose matches are known. */
final class TermRules {
    // an ICU transliterator is not thread-safe; one per thread instead of one lock for all
    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}\\p{N}]");
    // the Latin letters of words already transliterated: the same words come back in every segment,
    // and ICU's transliterator was a tenth of a check of pseudo-translations; cleared when full
    private static final int LATIN_CACHE_SIZE = 50_000;
    private static final java.util.Map<String, String> LATIN = new java.util.concurrent.ConcurrentHashMap<>();

    private final Glossary glossary;
    private final String locale;
    private final List<TermMatch> targetMatches;
    private final String target;
    // the target's words, as its matches were found from them
    private final List<TermToken> words;
    // the target's words in another script and their letters in Latin, for every do-not-translate
    // term of the text: built on first use
    private List<String[]> foreignWords;

    TermRules(Glossary glossary, String locale, List<TermMatch> targetMatches, String target, List<TermToken> words) {
        this.glossary = glossary;
        this.locale = locale;
        this.targetMatches = targetMatches;
        this.target = target;
        this.words = words;
    }

    /** term-case, then term-dnt or term-missing, for a term the source uses {@code uses.size()} times. */
    List<TermFinding> check(Term term, List<TermMatch> uses) {
        List<TermFinding> findings = new ArrayList<>();
        int ok = 0;
        for (TermMatch m : matches(term, Role.APPROVED)) {
            if (m.caseOk()) {
                ok++;
            } else {
                findings.add(finding(Glossary.TERM_CASE, term, "'" + m.text() + "' must be written '"
                        + m.pattern().form() + "'", m.text()));
            }
        }
        int deficit = uses.size() - ok - findings.size();
        if (deficit > 0 && term.doNotTranslate()) {
            findings.add(doNotTranslate(term, uses, ok + findings.size()));
        } else if (deficit > 0 && !term.translationsFor(locale).isEmpty() && forbiddenCount(term) < deficit) {
            String preferred = term.translationsFor(locale).get(0);
            findings.add(finding(Glossary.TERM_MISSING, term, "source uses '" + term.source() + "' " + times(uses.size())
                    + ", target has an approved translation " + times(ok + findings.size()) + ": use '"
                    + preferred + "'", preferred));
        }
        return findings;
    }

    /** term-forbidden for every forbidden translation in the target. */
    List<TermFinding> forbidden() {
        List<TermFinding> findings = new ArrayList<>();
        for (TermMatch m : targetMatches) {
            Term term = m.pattern().term();
            if (m.pattern().role() == Role.FORBIDDEN && m.caseOk()) {
                List<String> approved = term.translationsFor(locale);
                String advice = approved.isEmpty() ? "rephrase" : "use '" + approved.get(0) + "'";
                findings.add(finding(Glossary.TERM_FORBIDDEN, term, "'" + m.text() + "' is a forbidden translation of '"
                        + term.source() + "' in " + locale + ": " + advice, m.text()));
            }
        }
        return findings;
    }

    private TermFinding doNotTranslate(Term term, List<TermMatch> uses, int found) {
        String expected = uses.get(0).pattern().form();
        String message = "'" + expected + "' must not be translated: source uses it " + times(uses.size())
                + ", target has it " + times(found);
        Optional<String> transliterated = transliteration(expected);
        if (transliterated.isPresent()) {
            return finding(Glossary.TERM_DNT, term, message + "; '" + transliterated.get()
                    + "' is a transliteration: write '" + expected + "'", transliterated.get());
        }
        return finding(Glossary.TERM_DNT, term, message + ": keep '" + expected + "' as it is", expected);
    }

    /** A word of the target in another script that reads as {@code form} in Latin ("КВМ" for "KVM"). */
    private Optional<String> transliteration(String form) {
        String wanted = letters(form);
        for (String[] word : foreignWords()) {
            if (word[1].equals(wanted)) {
                return Optional.of(word[0]);
            }
        }
        return Optional.empty();
    }

    private List<String[]> foreignWords() {
        if (foreignWords == null) {
            foreignWords = new ArrayList<>();
            for (TermToken token : words) {
                String word = target.substring(token.start(), token.end());
                if (!word.chars().allMatch(c -> c < 128)) {
                    foreignWords.add(new String[] {word, latinLetters(word)});
                }
            }
        }
        return foreignWords;
    }

    /** The letters of {@code word} written in ASCII Latin ("kvm" for "КВМ"). */
    static String latinLetters(String word) {
        String known = LATIN.get(word);
        if (known == null) {
            known = letters(TO_LATIN.get().transliterate(word));
            if (LATIN.size() >= LATIN_CACHE_SIZE) {
                LATIN.clear();
            }
            LATIN.put(word, known);
        }
        return known;
    }

    private static String letters(String text) {
        return NOT_LETTER.matcher(UCharacter.foldCase(text, true)).replaceAll("");
    }

    private int forbiddenCount(Term term) {
        return (int) matches(term, Role.FORBIDDEN).stream().filter(TermMatch::caseOk).count();
    }

    private List<TermMatch> matches(Term term, Role role) {
        List<TermMatch> found = new ArrayList<>();
        for (TermMatch m : targetMatches) {
            if (m.pattern().term() == term && m.pattern().role() == role) {
                found.add(m);
            }
        }
        return found;
    }

    private TermFinding finding(String rule, Term term, String message, String highlight) {
        return new TermFinding(rule, glossary.severityFor(rule, term), term.source(), message, highlight);
    }

    private static String times(int n) {
        return n == 1 ? "1 time" : n + " times";
    }
}
