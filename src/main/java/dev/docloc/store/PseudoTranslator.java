package dev.docloc.store;

import dev.docloc.segment.Part;
import dev.docloc.segment.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Pseudo-translations that show layout and encoding problems before real translations exist:
 * {@code en-XA} accents every letter, brackets the text and makes it about 30% longer;
 * {@code ar-XB} writes the text right-to-left. Codes are kept in place.
 */
public final class PseudoTranslator {
    /** The pseudo-locales. */
    public static final List<String> LOCALES = List.of("en-XA", "ar-XB");

    private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String ACCENTED = "åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";

    private PseudoTranslator() {}

    public static boolean isPseudo(String locale) {
        return LOCALES.contains(locale);
    }

    /** The pseudo-translation of {@code source} for {@code locale}. */
    public static List<Part> translate(List<Part> source, String locale) {
        boolean rtl = locale.equals("ar-XB");
        List<Part> out = new ArrayList<>();
        int letters = 0;
        for (Part p : source) {
            if (p instanceof Text t) {
                letters += t.text().length();
                out.add(new Text(rtl ? rightToLeft(t.text()) : accent(t.text())));
            } else {
                out.add(p);
            }
        }
        if (!rtl) {
            out.add(0, new Text("["));
            String pad = " " + "·".repeat(Math.max(1, (int) Math.ceil(letters * 0.3))) + "]";
            if (out.get(out.size() - 1) instanceof Text last && last.text().matches("(?s).*[.!?:]")) {
                String t = last.text();
                out.set(out.size() - 1, new Text(t.substring(0, t.length() - 1) + pad + t.charAt(t.length() - 1)));
            } else {
                out.add(new Text(pad));
            }
        }
        return dev.docloc.segment.Parts.normalize(out);
    }

    /**
     * Wraps the text from its first to its last letter in RIGHT-TO-LEFT OVERRIDE ... POP
     * DIRECTIONAL FORMATTING; punctuation and spaces at the edges stay outside, so Markdown
     * delimiters next to the text keep their meaning.
     */
    private static String rightToLeft(String s) {
        int a = 0;
        while (a < s.length() && !Character.isLetterOrDigit(s.charAt(a))) {
            a++;
        }
        int b = s.length();
        while (b > a && !Character.isLetterOrDigit(s.charAt(b - 1))) {
            b--;
        }
        return a >= b ? s : s.substring(0, a) + "\u202E" + s.substring(a, b) + "\u202C" + s.substring(b);
    }

    private static String accent(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            int i = PLAIN.indexOf(c);
            sb.append(i >= 0 ? ACCENTED.charAt(i) : c);
        }
        return sb.toString();
    }
}
