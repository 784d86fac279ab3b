package dev.docloc.corpus;

import dev.docloc.merge.MergeResult;
import dev.docloc.testutil.Html;
import dev.docloc.testutil.Pipeline;
import java.util.ArrayList;
import java.util.List;

/**
 * The round-trip checks on one page: identity (no translations, same bytes), structure (every
 * segment pseudo-translated in each pseudo-locale, same HTML element tree, nothing rejected) and
 * shape (re-extracting the pseudo page gives the same units, segment counts and codes).
 * Each check returns {@code null} when it passes, else a one-line description of the first
 * difference.
 */
final class Fidelity {
    static final List<String> LOCALES = List.of("en-XA", "ar-XB");

    private Fidelity() {}

    /** {@code null}, or where the untranslated page first differs from its source. */
    static String identity(String text) {
        return firstDifference("identity", text, Pipeline.identity(text));
    }

    /** {@code null}, or the first locale whose pseudo page differs in structure or rejects codes. */
    static String structure(String text) {
        String expected = Html.structure(text);
        for (String locale : LOCALES) {
            MergeResult r = Pipeline.pseudo(text, locale);
            if (!r.rejected().isEmpty()) {
                return locale + " rejected " + r.rejected().size() + ": " + r.rejected().get(0);
            }
            String diff = firstDifference(locale + " structure", expected, Html.structure(r.text()));
            if (diff != null) {
                return diff;
            }
        }
        return null;
    }

    /** {@code null}, or where the units of the en-XA page first differ from the source's. */
    static String shape(String text) {
        String pseudo = Pipeline.pseudo(text, "en-XA").text();
        return firstDifference("shape", Pipeline.shape(Pipeline.units(text)), Pipeline.shape(Pipeline.units(pseudo)));
    }

    /** {@code null} if equal, else "what: line N: expected «…» but was «…»" with tabs and CRs shown. */
    static String firstDifference(String what, String expected, String actual) {
        if (expected.equals(actual)) {
            return null;
        }
        List<String> e = lines(expected);
        List<String> a = lines(actual);
        int i = 0;
        while (i < e.size() && i < a.size() && e.get(i).equals(a.get(i))) {
            i++;
        }
        return String.format("%s: line %d: expected «%s» but was «%s»", what, i + 1,
                i < e.size() ? visible(e.get(i)) : "<end>", i < a.size() ? visible(a.get(i)) : "<end>");
    }

    /** Lines with their terminators, so that a changed line ending counts as a difference. */
    private static List<String> lines(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                out.add(s.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < s.length()) {
            out.add(s.substring(start));
        }
        return out;
    }

    static String visible(String line) {
        String v = line.replace("\t", "→").replace("\r", "␍").replace("\n", "⏎");
        return v.length() > 160 ? v.substring(0, 160) + "…" : v;
    }
}
