package dev.docloc.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of every rule {@code check} can report: one place for ids, default severities
 * and the texts shown in SARIF {@code tool.driver.rules} and in the HTML report.
 *
 * <pre><code>
 * Severity s = Rules.get(Rules.QA_CODES).severity();
 * </code></pre>
 */
public final class Rules {
    public static final String TERM_MISSING = "term-missing";
    public static final String TERM_FORBIDDEN = "term-forbidden";
    public static final String TERM_DNT = "term-dnt";
    public static final String TERM_CASE = "term-case";
    public static final String QA_CODES = "qa-codes";
    public static final String QA_LINK = "qa-link";
    public static final String QA_ANCHOR = "qa-anchor";
    public static final String QA_NUMBER = "qa-number";
    public static final String QA_UNTRANSLATED = "qa-untranslated";
    public static final String QA_EMPTY = "qa-empty";
    public static final String QA_WHITESPACE = "qa-whitespace";
    public static final String QA_PUNCTUATION = "qa-punctuation";
    public static final String QA_LENGTH = "qa-length";
    public static final String QA_STRUCTURE = "qa-structure";

    /** Where SARIF viewers send a reader who wants to know more about docloc. */
    public static final String INFORMATION_URI = "https://docloc.dev/";

    private static final Map<String, Rule> RULES = catalogue();

    private Rules() {
    }

    /** All rules, terminology first, in a stable order. */
    public static List<Rule> all() {
        return List.copyOf(RULES.values());
    }

    /** The rule with this id, if docloc defines it. */
    public static Optional<Rule> find(String id) {
        return Optional.ofNullable(RULES.get(id));
    }

    /**
     * The rule with this id; for an id docloc does not define (a rule added by another stage), a
     * generic warning rule named after the id, so reports can still describe it.
     */
    public static Rule get(String id) {
        return find(id).orElseGet(() -> new Rule(id, Severity.WARNING, id, "Finding reported by rule " + id + ".",
                "Read the message of the finding and fix the translation."));
    }

    private static Map<String, Rule> catalogue() {
        Map<String, Rule> m = new LinkedHashMap<>();
        for (Rule r : List.of(terminology(), qa(), formRules()).stream().flatMap(List::stream).toList()) {
            m.put(r.id(), r);
        }
        return m;
    }

    private static List<Rule> terminology() {
        return List.of(
                rule(TERM_MISSING, Severity.WARNING, "Approved term translation missing",
                        "The source uses a glossary term but the target contains none of its approved translations.",
                        "Use the approved translation from glossary.yml, or suppress the finding with a reason "
                                + "when the sentence is rephrased on purpose."),
                rule(TERM_FORBIDDEN, Severity.ERROR, "Forbidden term translation used",
                        "The target uses a translation the glossary marks as forbidden for this term.",
                        "Replace the forbidden word with the approved translation from glossary.yml."),
                rule(TERM_DNT, Severity.ERROR, "Do-not-translate term changed",
                        "A term the glossary marks as do-not-translate (a product or command name) is missing "
                                + "from the target or was translated.",
                        "Copy the term exactly as it appears in the source."),
                rule(TERM_CASE, Severity.WARNING, "Term with wrong letter case",
                        "A case-sensitive glossary term appears in the target with different capitalisation.",
                        "Write the term with the capitalisation given in glossary.yml."));
    }

    private static List<Rule> qa() {
        return List.of(
                rule(QA_CODES, Severity.ERROR, "Inline codes do not match",
                        "A code of the source (link, emphasis, inline code, HTML) is missing from the target, an "
                                + "extra code was added, or paired codes are unbalanced or crossed; or the target "
                                + "has a control character (XLIFF <cp>) that HTML cannot hold.",
                        "Keep every code of the source exactly once and keep opening and closing codes nested "
                                + "as in the source; remove control characters the source does not have."),
                rule(QA_LINK, Severity.ERROR, "Link URL changed or dropped",
                        "A link's URL in the target differs from the source, or the link was dropped.",
                        "Keep link URLs as in the source; only the link text is translated."),
                rule(QA_ANCHOR, Severity.WARNING, "Link fragment does not resolve",
                        "A #fragment of a link does not match any heading anchor of the localized page.",
                        "Point the fragment at the anchor of the translated heading, or keep an explicit anchor."),
                rule(QA_NUMBER, Severity.WARNING, "Number, version or size differs",
                        "A number, version, size or unit of the source is missing from the target, compared by "
                                + "value with the number format of the target locale.",
                        "Copy the number with the target locale's separators (1,024 in en is 1.024 in pt-BR)."),
                rule(QA_UNTRANSLATED, Severity.WARNING, "Target identical to source",
                        "The target is the same as the source although the source has words to translate.",
                        "Translate the segment, or suppress the finding with a reason when it must stay as is."),
                rule(QA_EMPTY, Severity.WARNING, "Empty target",
                        "The segment has a target entry but it is empty.",
                        "Translate the segment or remove the empty target so the source is used."),
                rule(QA_STRUCTURE, Severity.ERROR, "Markdown structure changed",
                        "A table row has a different number of columns than in the source, or a heading is no "
                                + "longer a heading.",
                        "Keep table cells and heading markers as in the source."));
    }

    /** Rules on the form of the target: whitespace, punctuation and length. */
    private static List<Rule> formRules() {
        return List.of(
                rule(QA_WHITESPACE, Severity.INFO, "Whitespace differs",
                        "Leading or trailing whitespace differs from the source, or the target has doubled spaces.",
                        "Match the source's leading and trailing whitespace and use single spaces."),
                rule(QA_PUNCTUATION, Severity.INFO, "Final punctuation differs",
                        "The final punctuation of the target does not correspond to the source under the target "
                                + "locale's conventions (Japanese \u3002, Spanish \u00bf\u2026?).",
                        "End the target with the punctuation that corresponds to the source."),
                rule(QA_LENGTH, Severity.INFO, "Target length out of range",
                        "The ratio of target to source length is outside the band expected for the locale.",
                        "Check that nothing is missing or added; suppress with a reason when the length is right."));
    }

    private static Rule rule(String id, Severity severity, String title, String description, String help) {
        return new Rule(id, severity, title, description, help);
    }
}
