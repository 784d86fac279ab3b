package dev.docloc.check;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a text into {@link TermToken}s for one language: ICU word boundaries (dictionary-based
 * for Japanese, Chinese and Thai), elided articles removed (French, Italian), English possessives
 * removed, acronym plurals ("VMs") reduced, German hyphenated compounds joined, then each word
 * case-folded and stemmed. Thread-safe: each call works on its own clone of the break iterator.
 */
final class TermTokenizer {
    private static final Set<String> NO_SPACES = Set.of("ja", "zh", "th", "lo", "km", "my");
    private static final Pattern FRENCH_ELISION = Pattern.compile(
            "^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu|quelqu)['’]", Pattern.CASE_INSENSITIVE);
    private static final Pattern ITALIAN_ELISION = Pattern.compile(
            "^(?:[ldcmstv]|un|dell|all|dall|nell|sull|coll|pell|quell|quest|bell|sant|tutt)['’]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ENGLISH_POSSESSIVE = Pattern.compile("['’]s?$");
    private static final Pattern ACRONYM_PLURAL = Pattern.compile("\\p{Lu}[\\p{Lu}\\d]+s");

    private final BreakIterator words;
    private final String language;
    private final UnaryOperator<String> stemmer;
    private final Pattern elision;

    TermTokenizer(String locale) {
        ULocale uLocale = ULocale.forLanguageTag(locale);
        this.words = BreakIterator.getWordInstance(uLocale);
        this.language = uLocale.getLanguage();
        this.stemmer = TermStemmer.forLanguage(language);
        this.elision = switch (language) {
            case "fr" -> FRENCH_ELISION;
            case "it" -> ITALIAN_ELISION;
            default -> null;
        };
    }

    /** The character that joins the words of a multi-word key: none in languages without spaces. */
    String separator() {
        return NO_SPACES.contains(language) ? "" : " ";
    }

    boolean joinsCompounds() {
        return language.equals("de");
    }

    /** The words of {@code text}, which must be NFC. */
    List<TermToken> tokenize(String text) {
        List<TermToken> tokens = new ArrayList<>();
        BreakIterator it = (BreakIterator) words.clone();
        it.setText(text);
        int previousEnd = -1;
        List<TermToken> compound = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            if (it.getRuleStatus() < BreakIterator.WORD_NUMBER) {
                continue;
            }
            boolean barrier = previousEnd >= 0 && isBarrier(text, previousEnd, start);
            TermToken token = word(text, start, end, barrier);
            if (joinsCompounds() && previousEnd >= 0 && isHyphen(text, previousEnd, start)) {
                compound.add(token);
            } else {
                flush(text, compound, tokens);
                compound.add(token);
            }
            previousEnd = end;
        }
        flush(text, compound, tokens);
        return tokens;
    }

    private void flush(String text, List<TermToken> compound, List<TermToken> tokens) {
        if (compound.size() == 1) {
            tokens.add(compound.get(0));
        } else if (compound.size() > 1) {
            tokens.add(join(text, compound));
        }
        compound.clear();
    }

    /** "Hardware-Virtualisierung" as one word "hardwarevirtualisierung", keeping its parts. */
    private TermToken join(String text, List<TermToken> parts) {
        StringBuilder exact = new StringBuilder();
        List<Integer> offsets = new ArrayList<>();
        for (TermToken part : parts) {
            String raw = text.substring(part.start(), part.end());
            exact.append(raw);
            for (int i = 0; i < raw.length(); i++) {
                offsets.add(part.start() + i);
            }
        }
        TermToken first = parts.get(0);
        int end = parts.get(parts.size() - 1).end();
        return new TermToken(first.start(), end, exact.toString(), key(exact.toString()), null, first.barrier(),
                List.copyOf(parts), offsets.stream().mapToInt(Integer::intValue).toArray());
    }

    private TermToken word(String text, int start, int end, boolean barrier) {
        if (elision != null) {
            Matcher m = elision.matcher(text).region(start, end);
            if (m.lookingAt() && m.end() < end) {
                start = m.end();
            }
        }
        start = afterArabicProclitic(text, start, end);
        String exact = text.substring(start, end);
        String forKey = exact;
        // the patterns only run on words that can match them: an apostrophe, a final s
        if (language.equals("en") && (forKey.indexOf('\'') >= 0 || forKey.indexOf('’') >= 0)) {
            forKey = ENGLISH_POSSESSIVE.matcher(forKey).replaceFirst("");
        }
        if (forKey.length() > 2 && forKey.charAt(forKey.length() - 1) == 's' && ACRONYM_PLURAL.matcher(forKey).matches()) {
            forKey = forKey.substring(0, forKey.length() - 1);
        }
        String folded = fold(forKey);
        String key = stemmer.apply(folded);
        return new TermToken(start, end, exact, key, key.equals(folded) ? null : folded, barrier, List.of(), null);
    }

    /**
     * Arabic writes "and", "with", "for" (و، ب، ل) joined to the next word, Latin names included:
     * in "وQEMU" the word is "QEMU".
     */
    private static int afterArabicProclitic(String text, int start, int end) {
        if (start >= end || text.charAt(start) < '\u0600') {
            return start; // below the Arabic block: no proclitic (the common case, no script lookup)
        }
        int i = start;
        while (i < end && Character.UnicodeScript.of(text.codePointAt(i)) == Character.UnicodeScript.ARABIC) {
            i += Character.charCount(text.codePointAt(i));
        }
        boolean latinFollows = i > start && i < end && i - start <= 3
                && Character.UnicodeScript.of(text.codePointAt(i)) == Character.UnicodeScript.LATIN;
        return latinFollows ? i : start;
    }

    /** Case-folded and stemmed. */
    String key(String word) {
        return stemmer.apply(fold(word));
    }

    /** Simple case folding, which keeps the length, so key offsets are text offsets. */
    private static String fold(String word) {
        if (isAsciiLowerCase(word)) {
            return word;
        }
        StringBuilder folded = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            // case folding of ASCII is its lower case; ICU's table for the rest
            folded.appendCodePoint(cp < 128 ? Character.toLowerCase(cp) : UCharacter.foldCase(cp, true));
            i += Character.charCount(cp);
        }
        return folded.toString();
    }

    /** True when case folding leaves {@code word} as it is because it has only ASCII without capitals. */
    private static boolean isAsciiLowerCase(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 128 || (c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    /** Anything but spaces or one hyphen between two words stops a multi-word match. */
    private static boolean isBarrier(String text, int from, int to) {
        if (isHyphen(text, from, to)) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!(c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\u3000')) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHyphen(String text, int from, int to) {
        return to == from + 1 && "-\u2010\u2011".indexOf(text.charAt(from)) >= 0;
    }
}
