package dev.docloc.segment;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import com.ibm.icu.text.BreakIterator;
import net.sf.okapi.common.ISegmenter;

/**
 * Tells, before Okapi runs its hundreds of SRX rules over a text, that no break rule matches it,
 * so the text is one sentence. Okapi records a boundary only where a break rule matches (the
 * exception rules only veto boundaries), and it tries every rule from offset 0 with
 * {@code find}; trying the break rules alone gives the same answer for a fraction of the cost
 * (English: 13 break rules of 201). Okapi then adds ICU's sentence boundaries that no rule has
 * claimed, except at the end of the text; a text where ICU finds none and no break rule matches
 * has no boundary. Most paragraphs, headings and cells of documentation are one sentence, and SRX
 * was most of the time of extraction. A break rule whose core ({@link RuleCore}) is not in the text
 * is not tried at all. When Okapi's compiled rules cannot be read (a mask rule, or
 * a later Okapi), every text goes to Okapi.
 */
final class BreakPrefilter {
    private final List<Pattern> breakRules;
    // each break rule's core (RuleCore), or null
    private final List<Pattern> cores;
    private final ThreadLocal<BreakIterator> sentences;

    private BreakPrefilter(List<Pattern> breakRules, BreakIterator icu) {
        this.breakRules = breakRules;
        this.cores = new ArrayList<>();
        if (breakRules != null) {
            breakRules.forEach(p -> cores.add(RuleCore.of(p)));
        }
        // a copy of its own: the segmenter the iterator belongs to goes on using it on its thread,
        // and a clone taken while that thread sets a text on it could be taken half-way
        BreakIterator pristine = icu == null ? null : (BreakIterator) icu.clone();
        this.sentences = pristine == null ? null : ThreadLocal.withInitial(() -> {
            synchronized (pristine) {
                return (BreakIterator) pristine.clone();
            }
        });
    }

    /** A prefilter that sends every text to Okapi. */
    static BreakPrefilter none() {
        return new BreakPrefilter(null, null);
    }

    /** The prefilter of a compiled segmenter; it never skips a text when the rules are unknown. */
    static BreakPrefilter of(ISegmenter segmenter) {
        try {
            Class<?> type = segmenter.getClass();
            if (field(type, "maskRule").get(segmenter) != null) {
                return new BreakPrefilter(null, null);
            }
            BreakIterator icu = null;
            if ((boolean) field(type, "useIcu4JBreakRules").get(segmenter)) {
                icu = (BreakIterator) field(type, "icu4jBreakIterator").get(segmenter);
                if (icu == null) {
                    return new BreakPrefilter(null, null);
                }
            }
            List<Pattern> breaks = new ArrayList<>();
            for (Object rule : (List<?>) field(type, "rules").get(segmenter)) {
                Pattern p = (Pattern) field(rule.getClass(), "pattern").get(rule);
                if (p == null) {
                    return new BreakPrefilter(null, null);
                }
                if ((boolean) field(rule.getClass(), "isBreak").get(rule)) {
                    breaks.add(p);
                }
            }
            return new BreakPrefilter(List.copyOf(breaks), icu);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return new BreakPrefilter(null, null);
        }
    }

    /** True when the text surely has no sentence boundary; false when Okapi must decide. */
    boolean oneSentence(String plain) {
        if (breakRules == null) {
            return false;
        }
        for (int i = 0; i < breakRules.size(); i++) {
            Pattern core = cores.get(i);
            if ((core == null || core.matcher(plain).find()) && breakRules.get(i).matcher(plain).useTransparentBounds(true).find(0)) {
                return false;
            }
        }
        return sentences == null || !icuBoundaryBeforeEnd(plain);
    }

    /** Whether ICU finds a sentence boundary anywhere but at the end, where Okapi ignores it. */
    private boolean icuBoundaryBeforeEnd(String plain) {
        BreakIterator it = sentences.get();
        it.setText(plain);
        for (int b = it.next(); b != BreakIterator.DONE; b = it.next()) {
            if (b != plain.length()) {
                return true;
            }
        }
        return false;
    }

    /** A field of one of Okapi's classes, made accessible (the filters read the compiled rules). */
    static Field field(Class<?> type, String name) throws NoSuchFieldException {
        Field f = type.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }
}
