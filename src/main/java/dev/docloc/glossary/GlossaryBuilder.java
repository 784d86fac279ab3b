package dev.docloc.glossary;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import dev.docloc.DoclocException;
import dev.docloc.report.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the terms of a glossary being read and checks the rules that span fields or terms:
 * locales declared, no duplicate ids or source forms, no form both approved and forbidden.
 * Shared by the YAML and TBX readers, which pass the position of each term.
 */
final class GlossaryBuilder {
    private final Path file;
    private final String sourceLocale;
    private final List<String> targetLocales;
    private final Map<String, Severity> severities;
    private final List<Term> terms = new ArrayList<>();
    private final Map<String, Term> byId = new HashMap<>();
    private final Map<String, List<Term>> byForm = new HashMap<>();

    GlossaryBuilder(Path file, String sourceLocale, List<String> targetLocales, Map<String, Severity> severities) {
        this.file = file;
        this.sourceLocale = sourceLocale;
        this.targetLocales = List.copyOf(targetLocales);
        this.severities = severities;
    }

    /** Checks a locale tag found at line:column; targets must also be declared in targetLocales. */
    static void checkLocale(Path file, String tag, int line, int column) {
        GlossaryLocales.problem(tag).ifPresent(problem -> {
            throw new DoclocException(file, line, column, problem);
        });
    }

    void checkTargetLocale(String tag, int line, int column) {
        checkLocale(file, tag, line, column);
        if (!targetLocales.contains(tag)) {
            throw new DoclocException(file, line, column, "locale '" + tag + "' is not in targetLocales "
                    + targetLocales + ": add it there or fix the tag");
        }
    }

    void add(Term term, int line, int column) {
        Term sameId = byId.putIfAbsent(term.id(), term);
        if (sameId != null) {
            throw new DoclocException(file, line, column, "duplicate term id '" + term.id() + "' (also used by '"
                    + sameId.source() + "'): give one of them another id or merge them");
        }
        List<String> forms = new ArrayList<>(term.sourceVariants());
        forms.add(0, term.source());
        for (String form : forms) {
            List<Term> same = byForm.computeIfAbsent(fold(form), k -> new ArrayList<>());
            for (Term other : same) {
                if (other != term && !distinctByCase(form, term, other)) {
                    throw new DoclocException(file, line, column, "duplicate term '" + form
                            + "' (already defined by '" + other.source() + "'): merge the two entries");
                }
            }
            same.add(term);
        }
        checkForbidden(term, line, column);
        terms.add(term);
    }

    private void checkForbidden(Term term, int line, int column) {
        term.forbidden().forEach((locale, forms) -> {
            for (String form : forms) {
                for (String approved : term.translationsFor(locale)) {
                    if (fold(form).equals(fold(approved))) {
                        throw new DoclocException(file, line, column, "term '" + term.source() + "': '" + form
                                + "' is both approved and forbidden for " + locale + ": remove it from one list");
                    }
                }
            }
        });
    }

    Glossary build() {
        return new Glossary(sourceLocale, targetLocales, terms, severities);
    }

    /** Two case-sensitive terms may differ only in case ("NAT" and "Nat"); other terms may not. */
    private static boolean distinctByCase(String form, Term term, Term other) {
        if (!term.matchesCase() || !other.matchesCase()) {
            return false;
        }
        String nfc = Normalizer2.getNFCInstance().normalize(form.strip());
        return !nfc.equals(other.source()) && !other.sourceVariants().contains(nfc);
    }

    private static String fold(String text) {
        return UCharacter.foldCase(Normalizer2.getNFCInstance().normalize(text.strip()), true);
    }
}
