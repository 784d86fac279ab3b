package dev.docloc.check;

import java.util.Locale;

/** Locale helpers shared by the rules. */
final class QaLocales {
    private QaLocales() {}

    /** The language subtag of a BCP 47 tag, lower case: {@code pt} for {@code pt-BR}. */
    static String language(String tag) {
        int dash = tag.indexOf('-');
        String lang = dash < 0 ? tag : tag.substring(0, dash);
        int underscore = lang.indexOf('_');
        return (underscore < 0 ? lang : lang.substring(0, underscore)).toLowerCase(Locale.ROOT);
    }

    /** True for the pseudo-locales that {@code pseudo} writes ({@code en-XA}, {@code ar-XB}). */
    static boolean isPseudo(String tag) {
        String t = tag.toLowerCase(Locale.ROOT);
        return t.endsWith("-xa") || t.endsWith("-xb") || t.endsWith("-xc");
    }
}
