package dev.docloc.check;

import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.apache.lucene.analysis.de.GermanLightStemmer;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.apache.lucene.analysis.es.SpanishLightStemmer;
import org.apache.lucene.analysis.it.ItalianLightStemmer;
import org.apache.lucene.analysis.pt.PortugueseLightStemmer;
import org.apache.lucene.analysis.ru.RussianLightStemmer;

/**
 * Reduces a case-folded word to a stem, so that inflected forms meet: the same function is applied
 * to glossary forms and to text words. Light stemmers only: aggressive ones merge "emulation" with
 * "emulator" and report false findings. The Lucene stemmers keep no state, so one instance serves
 * all threads.
 */
final class TermStemmer {
    private TermStemmer() {
    }

    /** The stemmer for a BCP 47 language, or the identity for languages without one. */
    static UnaryOperator<String> forLanguage(String language) {
        return switch (language) {
            case "en" -> lucene(new EnglishMinimalStemmer()::stem);
            case "pt", "gl" -> lucene(new PortugueseLightStemmer()::stem);
            case "es" -> spanish();
            case "it" -> lucene(new ItalianLightStemmer()::stem);
            case "ru" -> russian();
            case "de" -> german();
            case "fr" -> TermStemmer::frenchPlural;
            case "ar" -> arabic();
            default -> UnaryOperator.identity();
        };
    }

    private interface CharStemmer {
        int stem(char[] word, int length);
    }

    private static UnaryOperator<String> lucene(CharStemmer stemmer) {
        return word -> {
            char[] chars = word.toCharArray();
            return new String(chars, 0, stemmer.stem(chars, chars.length));
        };
    }

    /**
     * German: the light stemmer applied until nothing changes. One pass stems "Gastbetriebssystem"
     * to "gastbetriebssyst" but "Gastbetriebssysteme" to "gastbetriebssystem"; a second pass
     * makes every form of a word meet. The stemmer keeps the genitive "-s" after "r" ("des
     * Hypervisors", "des Servers"), which IT texts use all the time, so it is removed here.
     */
    private static UnaryOperator<String> german() {
        UnaryOperator<String> once = lucene(new GermanLightStemmer()::stem);
        return word -> {
            String stem = once.apply(word);
            for (int i = 0; i < 3 && !stem.equals(word); i++) {
                word = stem;
                stem = once.apply(word);
            }
            return stem.length() >= 6 && stem.endsWith("rs") ? stem.substring(0, stem.length() - 1) : stem;
        };
    }

    /**
     * Arabic: orthographic normalization (hamza forms, teh marbuta, diacritics), then the light
     * stemmer, which removes attached articles and conjunctions ("والآلة") and common suffixes.
     */
    private static UnaryOperator<String> arabic() {
        ArabicNormalizer normalizer = new ArabicNormalizer();
        ArabicStemmer stemmer = new ArabicStemmer();
        return word -> {
            char[] chars = word.toCharArray();
            int length = stemmer.stem(chars, normalizer.normalize(chars, chars.length));
            return new String(chars, 0, length);
        };
    }

    /**
     * Spanish: the light stemmer, then the "-s" of loanword plurals after a consonant ("pools",
     * "hosts", "snapshots"), which the stemmer keeps because Spanish plurals end in vowel + "s".
     */
    private static UnaryOperator<String> spanish() {
        UnaryOperator<String> light = lucene(new SpanishLightStemmer()::stem);
        return word -> {
            String stem = light.apply(word);
            int n = stem.length();
            if (stem.equals(word) && n > 3 && stem.charAt(n - 1) == 's' && "aeiouáéíóús".indexOf(stem.charAt(n - 2)) < 0) {
                return stem.substring(0, n - 1);
            }
            return stem;
        };
    }

    /**
     * Russian: the light stemmer, then a fleeting vowel dropped ("снимок", "снимки": both "снимк").
     */
    private static UnaryOperator<String> russian() {
        UnaryOperator<String> light = lucene(new RussianLightStemmer()::stem);
        return word -> {
            String stem = light.apply(word);
            int n = stem.length();
            if (n > 4 && (stem.endsWith("ок") || stem.endsWith("ек") || stem.endsWith("ёк") || stem.endsWith("ец"))
                    && "аеёиоуыэюя".indexOf(stem.charAt(n - 3)) < 0) {
                return stem.substring(0, n - 2) + stem.charAt(n - 1);
            }
            return stem;
        };
    }

    /**
     * French: plural endings only. Lucene's FrenchLightStemmer stems both "virtualisation" and
     * "virtuelle" to "virtuel", and FrenchMinimalStemmer leaves words under six letters alone
     * ("hôtes"), so neither fits term matching.
     */
    static String frenchPlural(String word) {
        int n = word.length();
        if (n > 3 && (word.endsWith("s") || word.endsWith("x")) && !word.endsWith("ss")) {
            return word.substring(0, n - 1);
        }
        return word;
    }
}
