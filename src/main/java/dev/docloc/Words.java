package dev.docloc;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/** Word counts with ICU word boundaries (dictionary-based for scripts without spaces). */
public final class Words {
    private Words() {}

    public static int count(String text, String locale) {
        BreakIterator bi = BreakIterator.getWordInstance(ULocale.forLanguageTag(locale));
        bi.setText(text);
        int n = 0;
        for (int end = bi.next(); end != BreakIterator.DONE; end = bi.next()) {
            if (bi.getRuleStatus() != BreakIterator.WORD_NONE) {
                n++;
            }
        }
        return n;
    }
}
