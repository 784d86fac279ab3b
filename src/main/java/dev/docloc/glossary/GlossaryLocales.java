package dev.docloc.glossary;

import com.ibm.icu.util.ULocale;
import java.util.Optional;

/**
 * Validation of BCP 47 locale tags: well-formed, without extensions, and with a language (and
 * region) ICU knows.
 */
final class GlossaryLocales {
    private GlossaryLocales() {
    }

    /** Why {@code tag} is not a usable locale, or empty when it is fine. */
    static Optional<String> problem(String tag) {
        ULocale locale = ULocale.forLanguageTag(tag);
        if (tag.contains("_") || !locale.toLanguageTag().equalsIgnoreCase(tag) || locale.getLanguage().isEmpty()) {
            return Optional.of("'" + tag + "' is not a BCP 47 language tag: write it like 'pt-BR', 'de' or 'zh-Hans'");
        }
        if (!locale.getExtensionKeys().isEmpty()) {
            return Optional.of("'" + tag + "' has extension or private-use subtags (-u-, -t-, -x- ...), which "
                    + "translations files cannot name: use language, script, region and variant only");
        }
        String language = locale.getLanguage();
        if (language.equals("und") || language.equals(locale.getDisplayLanguage(ULocale.ENGLISH))) {
            return Optional.of("unknown language '" + language + "' in '" + tag + "': use an ISO 639 code such as 'pt', 'de' or 'ja'");
        }
        String region = locale.getCountry();
        if (!region.isEmpty() && !region.matches("\\d{3}") && region.equals(locale.getDisplayCountry(ULocale.ENGLISH))) {
            return Optional.of("unknown region '" + region + "' in '" + tag + "': use an ISO 3166 code such as 'BR' or 'PT'");
        }
        return Optional.empty();
    }
}
