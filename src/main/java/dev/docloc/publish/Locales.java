package dev.docloc.publish;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.LocaleDisplayNames.DialectHandling;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What ICU knows about a locale that a page needs: direction, own name, number format, UI words. */
final class Locales {
    private static final Map<String, String> PARTIAL_NOTICES = Map.of(
            "ru", "Эта страница переведена частично: некоторые фрагменты показаны на языке оригинала.",
            "en", "This page is partly translated: some passages are shown in the original language.",
            "pt", "Esta página está parcialmente traduzida: alguns trechos aparecem no idioma original.",
            "es", "Esta página está traducida parcialmente: algunos pasajes se muestran en el idioma original.",
            "fr", "Cette page est partiellement traduite : certains passages sont affichés dans la langue d’origine.",
            "de", "Diese Seite ist teilweise übersetzt: Einige Abschnitte werden in der Originalsprache angezeigt.",
            "ja", "このページは一部のみ翻訳されています。一部の文章は原文のまま表示されます。",
            "ar", "هذه الصفحة مترجمة جزئيًا: تظهر بعض المقاطع باللغة الأصلية.");
    private static final Map<String, String> CONTENTS = Map.of(
            "en", "Contents", "pt", "Conteúdo", "es", "Contenido", "fr", "Sommaire",
            "de", "Inhalt", "ja", "目次", "ar", "المحتويات", "ru", "Содержание");
    private static final Map<String, String> UNTRANSLATED = Map.of(
            "en", "Not translated yet", "pt", "Ainda não traduzido", "es", "Aún sin traducir",
            "fr", "Pas encore traduit", "de", "Noch nicht übersetzt", "ja", "未翻訳", "ar", "لم تُترجم بعد",
            "ru", "Ещё не переведено");
    /** The accessible name of the language switcher. */
    private static final Map<String, String> LANGUAGE = Map.of(
            "en", "Language", "pt", "Idioma", "es", "Idioma", "fr", "Langue", "de", "Sprache", "ja", "言語",
            "ar", "اللغة", "ru", "Язык");
    /** The accessible name of a footnote's link back to a reference, {@code %s} its number ("1", "1-2"). */
    private static final Map<String, String> BACK_TO_REFERENCE = Map.of(
            "en", "Back to reference %s", "pt", "Voltar à referência %s", "es", "Volver a la referencia %s",
            "fr", "Retour à la référence %s", "de", "Zurück zum Verweis %s", "ja", "参照 %s に戻る",
            "ar", "العودة إلى المرجع %s", "ru", "Назад к ссылке %s");

    /** The languages of {@link #ADMONITION_TITLES}' columns, after the type. */
    private static final List<String> TITLE_LANGUAGES = List.of("en", "pt", "es", "fr", "de", "ja", "ar", "ru");
    /**
     * The title of an admonition that has none of its own, by type, as MkDocs shows it ("Note")
     * and in each language of {@link #TITLE_LANGUAGES}.
     */
    private static final Map<String, List<String>> ADMONITION_TITLES = titles("""
            note|Nota|Nota|Remarque|Hinweis|注記|ملاحظة|Примечание
            tip|Dica|Consejo|Astuce|Tipp|ヒント|نصيحة|Совет
            hint|Dica|Sugerencia|Conseil|Tipp|ヒント|تلميح|Подсказка
            info|Informação|Información|Information|Info|情報|معلومات|Информация
            important|Importante|Importante|Important|Wichtig|重要|مهم|Важно
            warning|Aviso|Advertencia|Avertissement|Warnung|警告|تحذير|Предупреждение
            caution|Cuidado|Precaución|Mise en garde|Vorsicht|注意|تنبيه|Осторожно
            attention|Atenção|Atención|Attention|Achtung|注意|انتباه|Внимание
            danger|Perigo|Peligro|Danger|Gefahr|危険|خطر|Опасность
            error|Erro|Error|Erreur|Fehler|エラー|خطأ|Ошибка
            example|Exemplo|Ejemplo|Exemple|Beispiel|例|مثال|Пример
            help|Ajuda|Ayuda|Aide|Hilfe|ヘルプ|مساعدة|Справка
            question|Pergunta|Pregunta|Question|Frage|質問|سؤال|Вопрос
            abstract|Resumo|Resumen|Résumé|Zusammenfassung|概要|ملخص|Краткое содержание
            summary|Resumo|Resumen|Résumé|Zusammenfassung|概要|ملخص|Краткое содержание
            success|Sucesso|Éxito|Succès|Erfolg|成功|نجاح|Успех
            failure|Falha|Fallo|Échec|Fehlschlag|失敗|فشل|Сбой
            bug|Bug|Bug|Bug|Bug|バグ|خلل|Баг
            quote|Citação|Cita|Citation|Zitat|引用|اقتباس|Цитата
            """);

    private Locales() {}

    private static Map<String, List<String>> titles(String table) {
        Map<String, List<String>> titles = new java.util.HashMap<>();
        table.lines().map(line -> line.split("\\|")).forEach(row -> {
            String type = row[0];
            List<String> words = new java.util.ArrayList<>(List.of(row));
            words.set(0, dev.docloc.parse.Admonition.defaultTitle(type));
            titles.put(type, List.copyOf(words));
        });
        return Map.copyOf(titles);
    }

    /**
     * The title of an admonition of {@code type} that has none of its own, in the locale's
     * language: the type with a capital, as MkDocs shows it, for a type or language not known here.
     */
    static String admonitionTitle(String tag, String type) {
        List<String> words = ADMONITION_TITLES.get(type);
        int column = TITLE_LANGUAGES.indexOf(of(tag).getLanguage());
        if (words != null && column >= 0) {
            return words.get(column);
        }
        return dev.docloc.parse.Admonition.defaultTitle(type);
    }

    static ULocale of(String tag) {
        return ULocale.forLanguageTag(tag);
    }

    /** "rtl" for locales whose likely script is written right to left (ar, he, ar-XB), else "ltr". */
    static String dir(String tag) {
        return of(tag).isRightToLeft() ? "rtl" : "ltr";
    }

    /** The locale's name in its own language, first letter upper case: "Português (Brasil)". */
    static String ownName(String tag) {
        // every page's language switcher names every locale: one ICU lookup per locale
        return OWN_NAMES.computeIfAbsent(tag, Locales::lookUpOwnName);
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, String> OWN_NAMES =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static String lookUpOwnName(String tag) {
        ULocale locale = of(tag);
        String name = LocaleDisplayNames.getInstance(locale, DialectHandling.DIALECT_NAMES)
                .localeDisplayName(locale);
        if (name.isEmpty()) {
            return tag;
        }
        int end = name.offsetByCodePoints(0, 1);
        String first = UCharacter.toTitleCase(locale, name.substring(0, end), null);
        return first + name.substring(end);
    }

    /** A 0..1 share as a whole percentage in the locale's number format ("87 %", "٨٧٪"). */
    static String percent(String tag, double share) {
        // an index lists every page: one format per locale, not one per page (formats are not thread-safe)
        NumberFormat format = PERCENT.computeIfAbsent(tag, t -> {
            NumberFormat f = NumberFormat.getPercentInstance(of(t));
            f.setMaximumFractionDigits(0);
            return f;
        });
        synchronized (format) {
            return format.format(Math.floor(share * 100) / 100);
        }
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, NumberFormat> PERCENT =
            new java.util.concurrent.ConcurrentHashMap<>();

    static String partialNotice(String tag, Map<String, String> overrides) {
        return lookup(tag, overrides, PARTIAL_NOTICES);
    }

    static String contents(String tag) {
        return lookup(tag, Map.of(), CONTENTS);
    }

    static String untranslated(String tag) {
        return lookup(tag, Map.of(), UNTRANSLATED);
    }

    static String language(String tag) {
        return lookup(tag, Map.of(), LANGUAGE);
    }

    /** The label of a footnote's back link to its reference number {@code number}. */
    static String backToReference(String tag, String number) {
        return String.format(Locale.ROOT, lookup(tag, Map.of(), BACK_TO_REFERENCE), number);
    }

    /** Exact tag first, then the language alone, then English. */
    private static String lookup(String tag, Map<String, String> overrides, Map<String, String> builtIn) {
        String language = of(tag).getLanguage();
        for (Map<String, String> map : List.of(overrides, builtIn)) {
            String text = map.containsKey(tag) ? map.get(tag) : map.get(language);
            if (text != null) {
                return text;
            }
        }
        return builtIn.get("en");
    }
}
