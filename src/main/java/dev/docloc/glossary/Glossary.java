package dev.docloc.glossary;

import dev.docloc.report.Severity;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A terminology glossary: the source locale, the target locales, the terms and per-rule severities.
 * Immutable and safe to share between threads.
 *
 * <p>The file format, {@code glossary.yml} (full description in {@code glossary-format.md} next to
 * this class):
 * <pre><code>
 * sourceLocale: en
 * targetLocales: [pt-BR, es, de, fr, ru, ja, ar]
 * severities:                     # optional: rule id → error | warning | info
 *   term-missing: error
 * terms:
 *   - source: hypervisor            # preferred source term (required)
 *     id: hypervisor                # optional; default derived from source
 *     sourceVariants: [VMM]         # optional other source forms; inflections are found without listing them
 *     definition: Software that creates and runs virtual machines.
 *     caseSensitive: false          # default false; true for names and acronyms
 *     severity: warning             # optional default for this term's findings
 *     translations:                 # approved translations; a string or a list (first = preferred)
 *       pt-BR: hipervisor
 *       de: [Hypervisor]
 *       ja: ハイパーバイザー
 *     forbidden:                    # must not appear in the translation
 *       pt-BR: [hypervisor]
 *   - source: KVM
 *     doNotTranslate: true          # must appear unchanged, with this exact case, in every translation
 * </code></pre>
 *
 * <p>{@link #load(Path)} is strict: bad YAML, unknown keys, wrong types, duplicate keys or terms,
 * malformed or unknown locales, a term without {@code source} and a forbidden form that is also
 * approved stop with a {@link dev.docloc.DoclocException} naming the file, line and column.
 *
 * @param sourceLocale  the BCP 47 tag of the source language
 * @param targetLocales the BCP 47 tags of the target languages, in glossary order
 * @param terms         the terms, in glossary order
 * @param severities    per-rule severities that replace the built-in defaults
 */
public record Glossary(String sourceLocale, List<String> targetLocales, List<Term> terms,
                       Map<String, Severity> severities) {

    /** Rule: the source uses a term and the target lacks its approved translation. */
    public static final String TERM_MISSING = "term-missing";
    /** Rule: the target uses a forbidden translation. */
    public static final String TERM_FORBIDDEN = "term-forbidden";
    /** Rule: a do-not-translate term of the source is missing from the target. */
    public static final String TERM_DNT = "term-dnt";
    /** Rule: a case-sensitive or do-not-translate term has the wrong case in the target. */
    public static final String TERM_CASE = "term-case";

    /** The built-in severity of each terminology rule. */
    public static final Map<String, Severity> DEFAULT_SEVERITIES = Map.of(
            TERM_MISSING, Severity.WARNING, TERM_FORBIDDEN, Severity.ERROR,
            TERM_DNT, Severity.ERROR, TERM_CASE, Severity.WARNING);

    public Glossary {
        Objects.requireNonNull(sourceLocale, "sourceLocale must not be null");
        targetLocales = List.copyOf(targetLocales);
        terms = List.copyOf(terms);
        severities = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(severities));
    }

    /**
     * Reads and validates a {@code glossary.yml} file.
     *
     * @throws dev.docloc.DoclocException when the file cannot be read or is not a valid glossary
     */
    public static Glossary load(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        return GlossaryReader.read(file);
    }

    /**
     * As {@link #load(Path)}, keeping the glossary read in {@code cacheFile} (JSON, with the content
     * hash of {@code file}) so that a later run whose {@code file} has the same bytes does not
     * parse and validate the YAML again. A cache that cannot be read or written only costs time.
     */
    public static Glossary load(Path file, Path cacheFile) {
        Objects.requireNonNull(file, "file must not be null");
        return GlossaryCache.load(file, cacheFile);
    }

    /**
     * The severity of a finding of {@code rule} about {@code term}: the term's own severity if it has
     * one, else the glossary's {@code severities} entry for the rule, else the built-in default
     * ({@link Severity#WARNING} for unknown rules).
     */
    public Severity severityFor(String rule, Term term) {
        if (term != null && term.severity() != null) {
            return term.severity();
        }
        Severity configured = severities.get(rule);
        return configured != null ? configured : DEFAULT_SEVERITIES.getOrDefault(rule, Severity.WARNING);
    }
}
