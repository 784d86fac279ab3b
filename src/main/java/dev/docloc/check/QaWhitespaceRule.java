package dev.docloc.check;

import dev.docloc.report.Severity;
import dev.docloc.segment.Parts;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code qa-whitespace}: the target starts and ends with whitespace exactly when the source does
 * (segments are joined by the spaces between them, so extra or missing ones show in the page), and
 * has no doubled spaces that the source does not have. A no-break space before French {@code :}
 * is one space, not two. Japanese, Chinese, Thai, Lao and Burmese put no space between sentences,
 * so their targets may drop the source's leading or trailing space.
 */
final class QaWhitespaceRule implements QaRule {
    /**
     * Two or more spaces (not line breaks) between two non-space characters, with the words
     * around them; a code counts as a non-space character but is left out of the words.
     */
    /** Languages that write sentences without spaces between them. */
    private static final Set<String> NO_SPACES = Set.of("ja", "zh", "th", "lo", "my");
    private static final Pattern DOUBLED = Pattern.compile(
            "([^\\s\\uFFFC]*)(?<=\\S)([ \\t\\u00A0\\u2009\\u202F]{2,})(?=\\S)(?=([^\\s\\uFFFC]*))");

    @Override
    public String id() {
        return "qa-whitespace";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "Leading and trailing whitespace matches the source, and the target has no doubled spaces.";
    }

    @Override
    public void check(QaInput in, QaReport report) {
        String source = Parts.textWithCodeMarks(in.source());
        String target = Parts.textWithCodeMarks(in.target());
        boolean spaceless = NO_SPACES.contains(QaLocales.language(in.locale()));
        checkEdge("starts", leading(source), leading(target), spaceless, report);
        checkEdge("ends", trailing(source), trailing(target), spaceless, report);
        Matcher m = DOUBLED.matcher(target);
        if (!doubled(source) && mayHaveDoubled(target) && m.find()) {
            String doubled = m.group(1) + m.group(2) + m.group(3);
            report.add("The target has doubled spaces in " + QaText.quote(visible(doubled))
                    + ": use a single space.", doubled);
        }
    }

    private static boolean doubled(String s) {
        return mayHaveDoubled(s) && DOUBLED.matcher(s).find();
    }

    /**
     * Whether two of DOUBLED's spaces follow each other, which it needs to match: a linear scan
     * that spares most texts the pattern, whose leading word group retries at every character of
     * long words and URLs (it was 13% of {@code check}).
     */
    private static boolean mayHaveDoubled(String s) {
        for (int i = 0; i + 1 < s.length(); i++) {
            if (isSpace(s.charAt(i)) && isSpace(s.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u2009' || c == '\u202F';
    }

    private static void checkEdge(String where, String source, String target, boolean spaceless, QaReport report) {
        if (source.isEmpty() && !target.isEmpty()) {
            report.add("The target " + where + " with whitespace that the source does not have: remove it.", target);
        } else if (!source.isEmpty() && target.isEmpty() && !spaceless) {
            report.add("The source " + where + " with whitespace and the target does not: add a space so that"
                    + " the text does not run into its neighbour.", "");
        }
    }

    private static String leading(String s) {
        int i = 0;
        while (i < s.length() && QaText.isSpace(s.charAt(i))) {
            i++;
        }
        return s.substring(0, i);
    }

    private static String trailing(String s) {
        int i = s.length();
        while (i > 0 && QaText.isSpace(s.charAt(i - 1))) {
            i--;
        }
        return s.substring(i);
    }

    private static String visible(String s) {
        return s.replace('\u00A0', '·').replace('\u202F', '·').replace('\t', '→');
    }
}
