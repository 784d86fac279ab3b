package dev.docloc.glossary;

import dev.docloc.report.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One glossary entry: a source term, its approved and forbidden translations per locale and how
 * it is matched. Immutable; the lists and maps are unmodifiable copies, in glossary order.
 *
 * @param id              a stable identifier, derived from {@code source} when the glossary gives none
 * @param source          the preferred source term
 * @param sourceVariants  other source forms (abbreviations, spellings); inflections need not be listed
 * @param definition      what the term means, or "" when the glossary gives none
 * @param caseSensitive   whether case matters when matching (names and acronyms)
 * @param doNotTranslate  whether the term must appear unchanged, with the same case, in every translation
 * @param severity        the severity of this term's findings, or {@code null} for the rule's default
 * @param translations    approved translations by target locale (BCP 47); the first one is preferred
 * @param forbidden       translations that must not be used, by target locale
 */
public record Term(String id, String source, List<String> sourceVariants, String definition,
                   boolean caseSensitive, boolean doNotTranslate, Severity severity,
                   Map<String, List<String>> translations, Map<String, List<String>> forbidden) {

    public Term {
        Objects.requireNonNull(source, "source must not be null");
        if (source.isBlank()) {
            throw new IllegalArgumentException("source must not be blank");
        }
        id = id == null || id.isBlank() ? idOf(source) : id;
        sourceVariants = List.copyOf(sourceVariants == null ? List.of() : sourceVariants);
        definition = definition == null ? "" : definition;
        translations = copy(translations);
        forbidden = copy(forbidden);
    }

    /** A term with only a source form: case-insensitive, translatable, no translations yet. */
    public static Term of(String source) {
        return new Term(null, source, List.of(), "", false, false, null, Map.of(), Map.of());
    }

    /** Whether matching must respect case: for case-sensitive and do-not-translate terms. */
    public boolean matchesCase() {
        return caseSensitive || doNotTranslate;
    }

    /** The approved translations for {@code locale}, or an empty list. */
    public List<String> translationsFor(String locale) {
        return translations.getOrDefault(locale, List.of());
    }

    /** The forbidden translations for {@code locale}, or an empty list. */
    public List<String> forbiddenFor(String locale) {
        return forbidden.getOrDefault(locale, List.of());
    }

    /** The default id of a source term: lower case, runs of other characters than letters and digits as "-". */
    public static String idOf(String source) {
        String id = source.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
        return id.replaceAll("^-+|-+$", "");
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> map) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (map != null) {
            map.forEach((locale, forms) -> copy.put(locale, List.copyOf(forms)));
        }
        return java.util.Collections.unmodifiableMap(copy);
    }
}
