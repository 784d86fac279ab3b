package dev.docloc.check;

import dev.docloc.glossary.Term;
import java.util.List;

/**
 * One glossary form to look for in one language.
 *
 * @param term   the glossary entry
 * @param role   what finding it means
 * @param form   the form as the glossary writes it
 * @param tokens the form's words, analysed like text
 */
record TermPattern(Term term, Role role, String form, List<TermToken> tokens) {

    enum Role {
        /** A source form of the term (source locale). */
        SOURCE,
        /** An approved translation, or the unchanged form of a do-not-translate term (target locale). */
        APPROVED,
        /** A forbidden translation (target locale). */
        FORBIDDEN
    }

    /** The trie key: the words' keys joined by {@code separator}. */
    String key(String separator) {
        StringBuilder key = new StringBuilder();
        for (TermToken token : tokens) {
            if (key.length() > 0) {
                key.append(separator);
            }
            key.append(token.key());
        }
        return key.toString();
    }
}
