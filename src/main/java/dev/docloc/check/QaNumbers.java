package dev.docloc.check;

import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds numbers in text and reads them with a locale's separators, as ICU's {@code NumberFormat}
 * for that locale writes them: {@code 1,024.5} in {@code en}, {@code 1.024,5} in {@code pt-BR} and
 * {@code de}, {@code 1 024,5} with a (narrow) no-break space in {@code fr} and {@code ru}. Grouping
 * must be in threes; a number whose separators do not fit the locale has no value and is compared
 * as written. No-break and thin spaces group digits in any locale (SI style), a plain space only
 * where the locale groups with a space. Digits of any script count ({@code ٢٠٤٨}, {@code ２０４８}).
 *
 * <p>Digits that are part of an identifier are skipped: after a letter or {@code _}
 * ({@code x86_64}, {@code IPv4}, {@code vda1}), after {@code - . /} that follows a letter
 * ({@code virtio-9p}), or followed by letters that are not a unit ({@code 2nd}, {@code 4x}); Chinese,
 * Japanese and Korean characters next to digits do not make an identifier ({@code 30秒}).
 */
final class QaNumbers {
    /** Units written after a number, with or without a space. */
    static final Set<String> UNITS = Set.of("B", "kB", "KB", "MB", "GB", "TB", "PB", "KiB", "MiB", "GiB", "TiB",
            "PiB", "K", "M", "G", "T", "k", "bit", "bits", "Kbit", "Mbit", "Gbit", "kbps", "Kbps", "Mbps", "Gbps",
            "ms", "s", "us", "µs", "ns", "min", "h", "Hz", "kHz", "MHz", "GHz", "px", "vCPU", "vCPUs", "AM", "PM",
            "am", "pm");
    private static final String SPACES = "\u00A0\u202F\u2009";
    private static final Map<String, QaNumbers> BY_LOCALE = new ConcurrentHashMap<>();

    /** A number found in text. */
    record Num(String text, BigDecimal value, boolean version, String unit) {
        /**
         * The whole numbers that make up a token without a value ({@code 15.01.2024} gives 15, 1
         * and 2024), so that a date written the locale's way still holds the source's numbers.
         */
        List<BigDecimal> components() {
            if (value != null) {
                return List.of();
            }
            List<BigDecimal> out = new ArrayList<>();
            for (String part : text.split("[^0-9]+")) {
                if (!part.isEmpty()) {
                    out.add(new BigDecimal(part));
                }
            }
            return out;
        }

        /** True when this whole number is one of {@code other}'s {@link #components()}. */
        boolean componentOf(Num other) {
            return value != null && value.stripTrailingZeros().scale() <= 0 && unit.isEmpty()
                    && other.components().stream().anyMatch(c -> c.compareTo(value) == 0);
        }

        /** True when {@code other} is the same number: same value, or same text when either has no value. */
        boolean sameAs(Num other) {
            if (version || other.version) {
                return text.equals(other.text);
            }
            if (value != null && other.value != null) {
                return value.compareTo(other.value) == 0;
            }
            return text.equals(other.text);
        }
    }

    private final String grouping;
    private final String decimal;

    private QaNumbers(String grouping, String decimal) {
        this.grouping = grouping;
        this.decimal = decimal;
    }

    /** A reader with the separators of {@code locale}; readers are immutable and cached. */
    static QaNumbers forLocale(String locale) {
        return BY_LOCALE.computeIfAbsent(locale, tag -> {
            DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(ULocale.forLanguageTag(tag));
            return new QaNumbers(s.getGroupingSeparatorString(), s.getDecimalSeparatorString());
        });
    }

    /** The numbers of {@code text}, in order. */
    List<Num> scan(String text) {
        String t = asciiDigits(text);
        List<Num> out = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            if (!isDigit(t, i)) {
                i++;
                continue;
            }
            int end = tokenEnd(t, i);
            Num n = identifierAt(t, i, end) ? null : toNum(t, i, end);
            if (n != null) {
                out.add(n);
            }
            i = end;
        }
        return out;
    }

    private int tokenEnd(String t, int start) {
        int j = digitsEnd(t, start);
        while (j + 1 < t.length() && isSeparator(t.charAt(j)) && isDigit(t, j + 1)) {
            char sep = t.charAt(j);
            boolean spacey = sep == ' ' || SPACES.indexOf(sep) >= 0;
            if (spacey && (!groupsWithSpace(sep) || digitsEnd(t, j + 1) - (j + 1) != 3)) {
                break;
            }
            j = digitsEnd(t, j + 1);
        }
        return j;
    }

    private boolean isSeparator(char c) {
        return c == '.' || c == ',' || c == ' ' || c == '\'' || c == '’' || c == '٫' || c == '٬'
                || SPACES.indexOf(c) >= 0 || grouping.indexOf(c) >= 0 || decimal.indexOf(c) >= 0;
    }

    private boolean groupsWithSpace(char sep) {
        boolean localeSpace = grouping.codePoints().allMatch(QaText::isSpace);
        return sep == ' ' ? localeSpace : true;
    }

    /** Null when the token is not a number of its own (part of an identifier). */
    private Num toNum(String t, int start, int end) {
        String token = t.substring(start, end);
        String unit = unitAfter(t, end);
        if (unit == null) {
            return null;
        }
        boolean version = token.chars().filter(c -> c == '.').count() >= 2 && value(token) == null;
        return new Num(token, version ? null : value(token), version, unit);
    }

    /** The unit after the number, "" when there is none, null when letters glued to it make an identifier. */
    private static String unitAfter(String t, int end) {
        int k = end;
        boolean spaced = k < t.length() && (t.charAt(k) == ' ' || SPACES.indexOf(t.charAt(k)) >= 0);
        if (spaced) {
            k++;
        }
        if (k < t.length() && t.charAt(k) == '%') {
            return "%";
        }
        int letters = k;
        while (letters < t.length() && isWordLetter(t.charAt(letters))) {
            letters++;
        }
        String word = t.substring(k, letters);
        if (UNITS.contains(word)) {
            return word;
        }
        return !spaced && !word.isEmpty() ? null : "";
    }

    private static boolean identifierAt(String t, int start, int end) {
        if (start == 0) {
            return false;
        }
        char prev = t.charAt(start - 1);
        if (isWordLetter(prev) || prev == '_') {
            return !(prev == 'v' || prev == 'V') || t.substring(start, end).indexOf('.') < 0;
        }
        return "-./".indexOf(prev) >= 0 && start >= 2 && isWordLetter(t.charAt(start - 2));
    }

    /** The value of a token with this locale's separators, or null when they do not fit. */
    BigDecimal value(String token) {
        String s = token.replace('٫', decimal.charAt(0)).replace('٬', grouping.charAt(0));
        int dec = s.indexOf(decimal);
        if (dec >= 0 && s.indexOf(decimal, dec + 1) >= 0) {
            return null;
        }
        String whole = dec < 0 ? s : s.substring(0, dec);
        String fraction = dec < 0 ? "" : s.substring(dec + decimal.length());
        String digits = groupedDigits(whole);
        if (digits == null || !fraction.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return new BigDecimal(fraction.isEmpty() ? digits : digits + "." + fraction);
    }

    /** The digits of the whole part, or null unless it is grouped in threes with this locale's separator. */
    private String groupedDigits(String whole) {
        StringBuilder digits = new StringBuilder();
        List<Integer> groups = new ArrayList<>();
        int run = 0;
        for (char c : whole.toCharArray()) {
            if (Character.isDigit(c)) {
                digits.append(c);
                run++;
            } else if (grouping.indexOf(c) >= 0 || SPACES.indexOf(c) >= 0 || (c == ' ' && groupsWithSpace(c))) {
                groups.add(run);
                run = 0;
            } else {
                return null;
            }
        }
        groups.add(run);
        boolean ok = !groups.isEmpty() && groups.get(0) >= 1 && (groups.size() == 1 || groups.get(0) <= 3)
                && groups.stream().skip(1).allMatch(g -> g == 3);
        return ok ? digits.toString() : null;
    }

    /**
     * A letter of a script that separates words with spaces. Chinese, Japanese and Korean write
     * numbers against their words ({@code 30秒}, {@code 2024年}, {@code 4개}), which makes no identifier.
     */
    private static boolean isWordLetter(char c) {
        if (!Character.isLetter(c)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script != Character.UnicodeScript.HAN && script != Character.UnicodeScript.HIRAGANA
                && script != Character.UnicodeScript.KATAKANA && script != Character.UnicodeScript.HANGUL
                && script != Character.UnicodeScript.BOPOMOFO;
    }

    private static int digitsEnd(String t, int i) {
        int j = i;
        while (j < t.length() && isDigit(t, j)) {
            j++;
        }
        return j;
    }

    private static boolean isDigit(String t, int i) {
        char c = t.charAt(i);
        return c >= '0' && c <= '9';
    }

    /** Decimal digits of any script as ASCII digits; every other character unchanged. */
    static String asciiDigits(String s) {
        boolean other = false;
        for (int i = 0; i < s.length() && !other; i++) {
            char c = s.charAt(i);
            other = c >= '\u0660' && Character.isDigit(c); // no decimal digit between '9' and U+0660
        }
        if (!other) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c);
        }
        return sb.toString();
    }
}
