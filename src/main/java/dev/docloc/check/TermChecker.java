package dev.docloc.check;

import com.ibm.icu.util.ULocale;
import dev.docloc.check.TermPattern.Role;
import dev.docloc.glossary.Glossary;
import dev.docloc.glossary.Term;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks the terminology of translated segments against a {@link Glossary}.
 *
 * <pre><code>
 * TermChecker checker = new TermChecker(Glossary.load(Path.of("glossary.yml")));
 * List&lt;TermFinding&gt; findings = checker.check(
 *         "Start the hypervisor.", "Inicie o hypervisor.", "pt-BR");
 * // term-missing and term-forbidden for 'hypervisor'
 * </code></pre>
 *
 * <p>Texts are segment texts in which every inline code (code span, URL, HTML tag) is replaced by
 * U+FFFC; terms never match inside or across it. Matching is Unicode-normalized (NFC), ignores
 * case unless the term is case-sensitive or do-not-translate, follows word boundaries (with a
 * dictionary for Japanese, Chinese and Thai), and finds inflected forms. Rules:
 * {@code term-missing}, {@code term-forbidden}, {@code term-dnt}, {@code term-case}
 * (see {@link Glossary}).
 *
 * <p>Build one checker per glossary and share it: construction indexes the source forms, and each
 * target locale's forms are indexed when a check first asks for that locale; it is thread-safe. A
 * locale missing from the glossary's {@code targetLocales} has no approved translations, so only
 * do-not-translate terms are checked there.
 */
public final class TermChecker {
    private final Glossary glossary;
    private final TermMatcher sourceMatcher;
    private final Map<String, TermMatcher> targetMatchers = new ConcurrentHashMap<>();
    private final Map<String, String> locales = new ConcurrentHashMap<>();

    public TermChecker(Glossary glossary) {
        this(glossary, false);
    }

    /**
     * A checker that remembers the terms of the last {@value #REMEMBERED} source texts it matched,
     * for callers that ask about the same source once per locale ({@code extract} writes each
     * unit's glossary entries for every locale, {@code check} checks every locale).
     */
    public static TermChecker remembering(Glossary glossary) {
        return new TermChecker(glossary, true);
    }

    private TermChecker(Glossary glossary, boolean remember) {
        this.remember = remember;
        this.glossary = Objects.requireNonNull(glossary, "glossary must not be null");
        this.sourceMatcher = new TermMatcher(glossary.sourceLocale());
        for (Term term : glossary.terms()) {
            sourceMatcher.add(term, Role.SOURCE, term.source());
            term.sourceVariants().forEach(variant -> sourceMatcher.add(term, Role.SOURCE, variant));
        }
        // a locale's matcher (stemmer, forms of every term) is built when a check first asks for
        // it: extract never does, and a check of two locales needs two
    }

    /**
     * The terminology findings of one segment pair, in source order of the terms, forbidden
     * translations last.
     *
     * @param source       the source text, inline codes as U+FFFC
     * @param target       the translation, inline codes as U+FFFC
     * @param targetLocale the BCP 47 tag of the translation's language
     */
    public List<TermFinding> check(String source, String target, String targetLocale) {
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(target, "target must not be null");
        String locale = locale(targetLocale);
        TermMatcher matcher = targetMatcher(locale);
        String text = TermMatcher.nfc(target);
        List<TermToken> words = matcher.tokenizer().tokenize(text);
        TermRules rules = new TermRules(glossary, locale, matcher.match(text, words), text, words);
        List<TermFinding> findings = new ArrayList<>();
        sourceUses(source).forEach((term, uses) -> findings.addAll(rules.check(term, uses)));
        findings.addAll(rules.forbidden());
        return findings;
    }

    /** The glossary terms a source text uses, one hit per term in order of first use. */
    public List<TermHit> find(String source, String targetLocale) {
        Objects.requireNonNull(source, "source must not be null");
        String locale = locale(targetLocale);
        List<TermHit> hits = new ArrayList<>();
        sourceUses(source).forEach((term, uses) -> hits.add(new TermHit(term, uses.get(0).text(), uses.size(),
                term.doNotTranslate() ? List.of(uses.get(0).pattern().form()) : term.translationsFor(locale))));
        return hits;
    }

    /** Source texts recently matched, with their uses; cleared past {@value #REMEMBERED} texts. */
    private static final int REMEMBERED = 20_000;
    private final boolean remember;
    private final Map<String, Map<Term, List<TermMatch>>> remembered = new java.util.concurrent.ConcurrentHashMap<>();

    /** Where each term occurs in the source, in order of first use; wrong-case forms don't count. */
    private Map<Term, List<TermMatch>> sourceUses(String source) {
        if (!remember) {
            return matchSource(source);
        }
        Map<Term, List<TermMatch>> known = remembered.get(source);
        if (known != null) {
            return known;
        }
        if (remembered.size() > REMEMBERED) {
            remembered.clear();
        }
        Map<Term, List<TermMatch>> uses = matchSource(source);
        remembered.put(source, uses);
        return uses;
    }

    private Map<Term, List<TermMatch>> matchSource(String source) {
        Map<Term, List<TermMatch>> uses = new LinkedHashMap<>();
        List<TermMatch> matches = sourceMatcher.match(TermMatcher.nfc(source));
        for (TermMatch match : matches) {
            if (match.caseOk() && !insideName(match, matches)) {
                uses.computeIfAbsent(match.pattern().term(), t -> new ArrayList<>()).add(match);
            }
        }
        uses.replaceAll((term, list) -> List.copyOf(list));
        return java.util.Collections.unmodifiableMap(uses);
    }

    /**
     * "kernel" inside "Kernel-based Virtual Machine": words of a do-not-translate name are part
     * of the name, not uses of other terms.
     */
    private static boolean insideName(TermMatch m, List<TermMatch> all) {
        if (m.pattern().term().doNotTranslate()) {
            return false;
        }
        for (TermMatch n : all) {
            if (n.pattern().term().doNotTranslate() && n.caseOk() && n.start() <= m.start() && m.end() <= n.end()
                    && n.end() - n.start() > m.end() - m.start()) {
                return true;
            }
        }
        return false;
    }

    private TermMatcher targetMatcher(String locale) {
        return targetMatchers.computeIfAbsent(locale, this::buildTargetMatcher);
    }

    private TermMatcher buildTargetMatcher(String locale) {
        TermMatcher matcher = new TermMatcher(locale);
        for (Term term : glossary.terms()) {
            if (term.doNotTranslate()) {
                matcher.add(term, Role.APPROVED, term.source());
                term.sourceVariants().forEach(variant -> matcher.add(term, Role.APPROVED, variant));
            }
            term.translationsFor(locale).forEach(form -> matcher.add(term, Role.APPROVED, form));
            term.forbiddenFor(locale).forEach(form -> matcher.add(term, Role.FORBIDDEN, form));
        }
        return matcher;
    }

    /** The glossary's spelling of {@code tag} ("pt-br" → "pt-BR"), or its canonical BCP 47 form. */
    private String locale(String tag) {
        Objects.requireNonNull(tag, "targetLocale must not be null");
        // asked for every segment: parsing the tag each time was a sixteenth of a check
        return locales.computeIfAbsent(tag, this::spelling);
    }

    private String spelling(String tag) {
        for (String known : glossary.targetLocales()) {
            if (known.equalsIgnoreCase(tag)) {
                return known;
            }
        }
        return ULocale.forLanguageTag(tag.replace('_', '-')).toLanguageTag();
    }
}
