package dev.docloc.check;

import dev.docloc.report.Severity;
import dev.docloc.segment.Parts;
import dev.docloc.segment.UnitKind;
import java.util.Set;

/**
 * {@code qa-punctuation}: the target ends with the locale's form of the source's final
 * punctuation. The mark is read after closing brackets and quotes, trailing codes and bidi controls.
 *
 * <p>Conventions:
 * <ul>
 *   <li>Japanese and Chinese end sentences with {@code 。} (a full stop is flagged), may use
 *       full-width {@code ？！：；}, and may end with {@code 。} where English introduces something
 *       with {@code :} ("Run the following command:");</li>
 *   <li>Arabic, Persian and Urdu ask with {@code ؟} and may end with {@code ۔};</li>
 *   <li>Spanish questions and exclamations also open with {@code ¿ ¡};</li>
 *   <li>French puts a (no-break) space before {@code : ; ? !}: accepted, since only the mark is compared;</li>
 *   <li>Thai and Lao need no full stop; {@code …} equals {@code ...}.</li>
 * </ul>
 * A mark added or left out is flagged in paragraphs (and HTML text), not in headings, table cells
 * and the other labels (alt text, link titles, front matter, admonition titles), which may go
 * without one either way. Pseudo-locales ({@code en-XA}, {@code ar-XB}) wrap and pad the text mechanically and
 * are not checked.
 */
final class QaPunctuationRule implements QaRule {
    /** Closing brackets and quotes, including German “ and ‘, which close „ and ‚. */
    private static final String CLOSERS = ")]}\"'”’“‘»›«」』）】〉》";
    private static final Set<String> CJK = Set.of("ja", "zh");
    private static final Set<String> ARABIC_SCRIPT = Set.of("ar", "fa", "ur");
    /** Languages whose sentences end without a full stop. */
    private static final Set<String> NO_FULL_STOP = Set.of("th", "lo");

    /** A kind of final mark, whatever its script. */
    enum Mark {
        NONE(""), PERIOD("."), QUESTION("?"), EXCLAMATION("!"), COLON(":"), SEMICOLON(";"), ELLIPSIS("…");

        final String ascii;

        Mark(String ascii) {
            this.ascii = ascii;
        }

        static Mark of(String text) {
            if (text.endsWith("...") || text.endsWith("…") || text.endsWith("⋯")) {
                return ELLIPSIS;
            }
            if (text.isEmpty()) {
                return NONE;
            }
            return switch (text.charAt(text.length() - 1)) {
                case '.', '。', '．', '۔', '।', '။' -> PERIOD;
                case '?', '？', '؟' -> QUESTION;
                case '!', '！' -> EXCLAMATION;
                case ':', '：' -> COLON;
                case ';', '；', '؛' -> SEMICOLON;
                default -> NONE;
            };
        }
    }

    @Override
    public String id() {
        return "qa-punctuation";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "The target ends with the same final punctuation as the source, in the locale's form"
                + " (。 in Japanese and Chinese, ؟ in Arabic, ¿…? in Spanish).";
    }

    @Override
    public void check(QaInput in, QaReport report) {
        if (QaLocales.isPseudo(in.locale())) {
            return;
        }
        String target = ending(Parts.textWithCodeMarks(in.target()));
        Mark s = Mark.of(ending(Parts.textWithCodeMarks(in.source())));
        Mark t = Mark.of(target);
        String lang = QaLocales.language(in.locale());
        String last = target.isEmpty() ? "" : target.substring(target.length() - 1);
        if (s == t) {
            checkForm(s, lang, last, Parts.plainText(in.target()), report);
        } else if (s == Mark.NONE || t == Mark.NONE) {
            checkAddedOrMissing(in.unitKind(), lang, s, last, report);
        } else if (!(s == Mark.COLON && t == Mark.PERIOD && CJK.contains(lang))) {
            // the exception: "Run the following command:" is commonly "次のコマンドを実行します。"
            report.add("The source ends with " + QaText.quote(s.ascii) + " but the target with "
                    + QaText.quote(last) + ": use " + QaText.quote(expected(s, lang)) + ".", last);
        }
    }

    /** One side has a final mark and the other has none: {@code source} is NONE when one was added. */
    private static void checkAddedOrMissing(UnitKind kind, String lang, Mark source, String last, QaReport report) {
        boolean label = kind != UnitKind.PARAGRAPH && kind != UnitKind.HTML_TEXT;
        boolean optional = label || (source == Mark.PERIOD && NO_FULL_STOP.contains(lang));
        if (optional) {
            return;
        }
        if (source == Mark.NONE) {
            report.add("The target ends with " + QaText.quote(last) + " but the source has no final punctuation:"
                    + " remove it.", last);
        } else {
            report.add("The source ends with " + QaText.quote(source.ascii) + " but the target does not: end it"
                    + " with " + QaText.quote(expected(source, lang)) + ".", source.ascii);
        }
    }

    private static void checkForm(Mark mark, String lang, String last, String target, QaReport report) {
        if (mark == Mark.PERIOD && CJK.contains(lang) && last.equals(".")) {
            report.add("End the sentence with \"。\", not \".\".", last);
        } else if (mark == Mark.QUESTION && ARABIC_SCRIPT.contains(lang) && !last.equals("؟")) {
            report.add("Use the Arabic question mark \"؟\" instead of " + QaText.quote(last) + ".", last);
        } else if (lang.equals("es") && mark == Mark.QUESTION && target.indexOf('¿') < 0) {
            report.add("A Spanish question also opens with \"¿\": add it where the question starts.", last);
        } else if (lang.equals("es") && mark == Mark.EXCLAMATION && target.indexOf('¡') < 0) {
            report.add("A Spanish exclamation also opens with \"¡\": add it where the exclamation starts.", last);
        }
    }

    /** The locale's form of a mark. */
    private static String expected(Mark mark, String lang) {
        if (CJK.contains(lang)) {
            return switch (mark) {
                case PERIOD -> "。";
                case QUESTION -> "？";
                case EXCLAMATION -> "！";
                case COLON -> "：";
                default -> mark.ascii;
            };
        }
        if (ARABIC_SCRIPT.contains(lang)) {
            return switch (mark) {
                case QUESTION -> "؟";
                case SEMICOLON -> "؛";
                default -> mark.ascii;
            };
        }
        return lang.equals("es") && mark == Mark.QUESTION ? "¿…?" : mark.ascii;
    }

    /** The text without what may follow the final mark: spaces, codes, closers, bidi controls. */
    private static String ending(String text) {
        String s = QaText.stripBidi(text);
        int end = s.length();
        while (end > 0) {
            char c = s.charAt(end - 1);
            if (!QaText.isSpace(c) && c != QaText.CODE_MARK && CLOSERS.indexOf(c) < 0) {
                break;
            }
            end--;
        }
        return s.substring(0, end);
    }
}
