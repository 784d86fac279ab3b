package dev.docloc.check;

import dev.docloc.report.Severity;
import dev.docloc.segment.Parts;
import dev.docloc.segment.UnitKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code qa-untranslated}: the target's text is the source's text although the source has words
 * to translate. Words to translate are those left after this list rule:
 * <ul>
 *   <li>text in codes (inline code, URLs) is not text;</li>
 *   <li>identifiers are not words: ALL-CAPS ({@code KVM}), inner capitals ({@code CamelCase},
 *       {@code libVirt}), digits, {@code - _ . /} inside ({@code virtio-net}, {@code x86_64});</li>
 *   <li>capitalized words after the first are names ({@code Red Hat Enterprise Linux});</li>
 *   <li>a single word is often the same in both languages (de {@code Installation}, fr
 *       {@code Configuration}), so at least {@value #MIN_WORDS} words are needed; headings, table
 *       cells and other labels often are an English term kept on purpose (pt-BR {@code Huge pages}),
 *       so they need {@value #MIN_LABEL_WORDS}.</li>
 * </ul>
 * Locales of the source's language ({@code en-GB} from {@code en}) are not checked, nor
 * pseudo-locales: {@code ar-XB} is the source text between right-to-left overrides.
 */
final class QaUntranslatedRule implements QaRule {
    static final int MIN_WORDS = 2;
    static final int MIN_LABEL_WORDS = 3;
    private static final Pattern TRAILING = Pattern.compile("[.'’-]+$");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}][\\p{L}\\p{M}\\p{N}_./'’-]*");

    @Override
    public String id() {
        return "qa-untranslated";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "The target is not a copy of the source when the source has words to translate.";
    }

    @Override
    public void check(QaInput in, QaReport report) {
        if (QaLocales.language(in.locale()).equals(QaLocales.language(in.sourceLocale()))
                || QaLocales.isPseudo(in.locale())) {
            return;
        }
        String source = QaText.normalizeSpace(Parts.plainText(in.source()));
        String target = QaText.normalizeSpace(QaText.stripBidi(Parts.plainText(in.target())));
        int minWords = in.unitKind() == UnitKind.PARAGRAPH ? MIN_WORDS : MIN_LABEL_WORDS;
        if (source.equals(target) && wordsToTranslate(Parts.textWithCodeMarks(in.source())).size() >= minWords) {
            report.add("The target is the same as the source: translate it. If it must stay as it is, suppress"
                    + " this finding with a reason.", "");
        }
    }

    static List<String> wordsToTranslate(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        boolean first = true;
        while (m.find()) {
            String w = TRAILING.matcher(m.group()).replaceAll("");
            if (!identifier(w) && (first || !Character.isUpperCase(w.codePointAt(0)))) {
                out.add(w);
            }
            first = false;
        }
        return out;
    }

    private static boolean identifier(String w) {
        if (w.codePoints().anyMatch(cp -> Character.isDigit(cp) || "_./-".indexOf(cp) >= 0)) {
            return true;
        }
        long upper = w.codePoints().filter(Character::isUpperCase).count();
        boolean innerUpper = w.codePoints().skip(1).anyMatch(Character::isUpperCase);
        return (upper >= 2 && upper == w.codePoints().filter(Character::isLetter).count()) || innerUpper
                || w.codePoints().noneMatch(Character::isLetter);
    }
}
