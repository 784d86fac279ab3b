package dev.docloc.check;

import dev.docloc.glossary.Term;
import java.util.List;

/**
 * A glossary term used in a source text, for the translator: {@link TermChecker#find} returns one
 * per term, in order of first use.
 *
 * @param term         the glossary entry
 * @param text         the first matching text in the source, as written ("hypervisors")
 * @param count        how many times the source uses the term
 * @param translations the approved translations for the target locale, preferred first; for a
 *                     do-not-translate term, the source form itself; empty when the glossary has none
 */
public record TermHit(Term term, String text, int count, List<String> translations) {
    public TermHit {
        translations = List.copyOf(translations);
    }
}
