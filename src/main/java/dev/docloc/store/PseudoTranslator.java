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
            bracket(out, letters);
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

    /**
     * Brackets the segment and pads it by about 30%. The padding and the closing bracket come
     * after the final punctuation, with no space before them, so the sentence boundary rules see
     * "…end.··]" as they see "…end." and re-segment the page the same way.
     */
    private static void bracket(List<Part> out, int letters) {
        out.add(0, new Text("["));
        String pad = "·".repeat(Math.max(1, (int) Math.ceil(letters * 0.3))) + "]";
        Part lastPart = out.get(out.size() - 1);
        if (lastPart instanceof Text last) {
            String t = last.text();
            String body = t.stripTrailing();
            // after a bare URL, the autolink extension would take the padding as part of the URL
            boolean afterUrl = out.size() > 1 && isBareUrl(out.get(out.size() - 2))
                    && body.chars().noneMatch(Character::isWhitespace);
            out.set(out.size() - 1, new Text(body + (afterUrl ? " " : "") + pad + t.substring(body.length())));
        } else {
            out.add(new Text((isBareUrl(lastPart) ? " " : "") + pad));
        }
    }

    private static boolean isBareUrl(Part p) {
        return p instanceof dev.docloc.segment.Code c && c.type() == dev.docloc.segment.Code.Type.AUTOLINK;
    }

    /**
     * Abbreviations stay as they are ("J.", "e.g.", "No."), so that the sentence rules, which know
     * them, do not see a sentence end there.
     */
    private static final java.util.regex.Pattern ABBREVIATION = java.util.regex.Pattern.compile(
            "(?<![\\p{L}])(?:\\p{L}\\.(?:\\p{L}\\.)*|(?i:no|ex|ed|etc|vs|cf|al|approx|fig|vol|dr|mr|mrs|ms|st|jr|sr|inc|ltd|co|e\\.g|i\\.e)\\.)");

    private static String accent(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        java.util.regex.Matcher m = ABBREVIATION.matcher(s);
        int keepFrom = -1;
        int keepTo = -1;
        for (int k = 0; k < s.length(); k++) {
            if (k >= keepTo && m.find(k)) {
                keepFrom = m.start();
                keepTo = m.end();
            } else if (k >= keepTo) {
                keepFrom = s.length();
                keepTo = s.length();
            }
            char c = s.charAt(k);
            int i = PLAIN.indexOf(c);
            sb.append(i >= 0 && !(k >= keepFrom && k < keepTo) ? ACCENTED.charAt(i) : c);
        }
        return sb.toString();
    }
}
