package dev.docloc.check;

import dev.docloc.report.Severity;
import dev.docloc.segment.Code;
import dev.docloc.segment.Part;
import dev.docloc.segment.Parts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Markdown-aware QA rules over one translated segment: codes, links, anchors, numbers,
 * untranslated or empty targets, whitespace, final punctuation, length and block structure.
 *
 * <pre><code>
 * QaChecker checker = new QaChecker(QaConfig.defaults());
 * List&lt;QaFinding&gt; findings = checker.check(
 *         new QaInput("pt-BR", "en", UnitKind.PARAGRAPH, segment.source(), target, localizedAnchors, sourceAnchors));
 * </code></pre>
 *
 * <p>A checker is configured once and is safe to share between threads. An empty target yields
 * only {@code qa-empty}: the other rules would only repeat that the translation is missing.
 * Findings come in rule order, then in the order of the content. Target codes are matched to the
 * source's by id and kind; a target code of type {@code OTHER} takes the type of its source code, so
 * that targets read back from XLIFF, which keeps no Markdown types, are checked like fresh ones.
 */
public final class QaChecker {
    /** The rule of an empty target; checked first, and alone when it fires. */
    private static final QaRule EMPTY = new QaEmptyRule();

    private final QaConfig config;
    private final List<QaRule> rules;

    /**
     * A checker with {@code config}.
     *
     * @throws IllegalArgumentException when {@code config} sets the severity of an unknown rule
     */
    public QaChecker(QaConfig config) {
        this.config = Objects.requireNonNull(config, "config must not be null");
        this.rules = rules(config);
        for (String rule : config.severities().keySet()) {
            if (!rule.equals(EMPTY.id()) && rules.stream().noneMatch(r -> r.id().equals(rule))) {
                throw new IllegalArgumentException("unknown QA rule '" + rule + "' in severities; the rules are "
                        + String.join(", ", ruleDescriptions().keySet()));
            }
        }
    }

    /** The rules after {@code qa-empty}, in the order they run. */
    private static List<QaRule> rules(QaConfig config) {
        return List.of(new QaCodesRule(), new QaLinkRule(), new QaAnchorRule(), new QaNumberRule(),
                new QaUntranslatedRule(), new QaWhitespaceRule(), new QaPunctuationRule(),
                new QaLengthRule(config), new QaStructureRule());
    }

    /** The findings of every rule on {@code input}, empty when the translation looks fine. */
    public List<QaFinding> check(QaInput input) {
        Objects.requireNonNull(input, "input must not be null");
        return checkTyped(withSourceTypes(input));
    }

    private List<QaFinding> checkTyped(QaInput input) {
        List<QaFinding> out = new ArrayList<>();
        run(EMPTY, input, out);
        if (out.isEmpty()) {
            for (QaRule rule : rules) {
                run(rule, input, out);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The input with each target code given the type of the source code with its id and kind. A
     * code's type follows from its markup, which the source defines; the type a translations file
     * records may be missing ({@code OTHER}) or changed by another tool (a custom subType dropped),
     * and says nothing about what is published. Changed markup shows in the code's data.
     */
    static QaInput withSourceTypes(QaInput in) {
        Map<String, Code> source = new HashMap<>();
        Parts.codes(in.source()).forEach(c -> source.putIfAbsent(c.id() + "/" + c.kind(), c));
        List<Part> target = new ArrayList<>();
        for (Part p : in.target()) {
            Code original = p instanceof Code c ? source.get(c.id() + "/" + c.kind()) : null;
            target.add(original == null || original.type() == ((Code) p).type() ? p : retyped((Code) p, original.type()));
        }
        return new QaInput(in.locale(), in.sourceLocale(), in.unitKind(), in.source(), target,
                in.anchorsOfLocalizedPage(), in.anchorsOfSourcePage());
    }

    private static Code retyped(Code c, Code.Type type) {
        return new Code(c.id(), c.kind(), type, c.data(), c.start(), c.subflows());
    }

    /**
     * A {@code qa-structure} finding, at its default severity, when a table row of the localized
     * page has a different number of columns than in the source; empty otherwise.
     */
    public static List<QaFinding> checkTableColumns(int sourceCols, int targetCols) {
        return QaStructureRule.checkTableColumns(sourceCols, targetCols);
    }

    /** Every rule id with a one-sentence description, in the order the rules run. */
    public static Map<String, String> ruleDescriptions() {
        Map<String, String> out = new LinkedHashMap<>();
        for (QaRule r : allRules()) {
            out.put(r.id(), r.description());
        }
        return Collections.unmodifiableMap(out);
    }

    /** Every rule id with its default severity. */
    static Map<String, Severity> defaultSeverities() {
        Map<String, Severity> out = new LinkedHashMap<>();
        for (QaRule r : allRules()) {
            out.put(r.id(), r.defaultSeverity());
        }
        return out;
    }

    private static List<QaRule> allRules() {
        List<QaRule> all = new ArrayList<>();
        all.add(EMPTY);
        all.addAll(rules(new QaConfig(Map.of(), Map.of())));
        return all;
    }

    private void run(QaRule rule, QaInput input, List<QaFinding> out) {
        rule.check(input, new QaReport(rule.id(), config.severity(rule.id(), rule.defaultSeverity()), out));
    }
}
