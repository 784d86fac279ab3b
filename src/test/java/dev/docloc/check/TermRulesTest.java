package dev.docloc.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.glossary.Glossary;
import dev.docloc.glossary.Term;
import dev.docloc.report.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Rules and matching with small glossaries built in code. */
class TermRulesTest {

    private static Term term(String source, boolean caseSensitive, Severity severity, String locale, String... forms) {
        return new Term(null, source, List.of(), "", caseSensitive, false, severity,
                Map.of(locale, List.of(forms)), Map.of());
    }

    private static List<String> rules(TermChecker checker, String source, String target, String locale) {
        return checker.check(source, target, locale).stream().map(f -> f.rule() + ":" + f.term()).toList();
    }

    @Test
    void caseSensitiveTermNeedsItsCaseInSourceAndTarget() {
        TermChecker checker = new TermChecker(new Glossary("en", List.of("de"),
                List.of(term("Secure Boot", true, null, "de", "Secure Boot")), Map.of()));
        assertThat(rules(checker, "Enable Secure Boot.", "Aktivieren Sie Secure Boot.", "de")).isEmpty();
        assertThat(rules(checker, "Enable Secure Boot.", "Aktivieren Sie secure boot.", "de"))
                .containsExactly("term-case:Secure Boot");
        assertThat(checker.find("A secure boot chain.", "de")).as("lower case is not the term").isEmpty();
    }

    @Test
    void severityComesFromTermThenGlossaryThenDefault() {
        Term quiet = term("snapshot", false, Severity.INFO, "de", "Snapshot");
        Term plain = term("host", false, null, "de", "Host");
        TermChecker checker = new TermChecker(new Glossary("en", List.of("de"), List.of(quiet, plain),
                Map.of("term-missing", Severity.ERROR)));
        Map<String, Severity> bySource = checker.check("The snapshot of the host.", "Das Abbild des Servers.", "de")
                .stream().collect(Collectors.toMap(TermFinding::term, TermFinding::severity));
        assertThat(bySource).containsEntry("snapshot", Severity.INFO).containsEntry("host", Severity.ERROR);
        TermChecker defaults = new TermChecker(new Glossary("en", List.of("de"), List.of(plain), Map.of()));
        assertThat(defaults.check("The host.", "Der Server.", "de")).singleElement()
                .extracting(TermFinding::severity).isEqualTo(Severity.WARNING);
    }

    @Test
    void italianElisionAndPlurals() {
        TermChecker checker = new TermChecker(new Glossary("en", List.of("it"), List.of(
                term("hypervisor", false, null, "it", "hypervisor"),
                term("virtual machine", false, null, "it", "macchina virtuale"),
                term("host", false, null, "it", "host")), Map.of()));
        assertThat(rules(checker, "Start the hypervisor of the host on the virtual machines.",
                "Avvia l'hypervisor dell'host sulle macchine virtuali.", "it")).isEmpty();
        assertThat(rules(checker, "Start the virtual machines.", "Avvia le macchine.", "it"))
                .containsExactly("term-missing:virtual machine");
    }

    @Test
    void closedCompoundHeadNeedsAModifierAndALongHead() {
        TermChecker checker = new TermChecker(new Glossary("en", List.of("de"), List.of(
                term("host", false, null, "de", "Host"),
                term("name", false, null, "de", "Name")), Map.of()));
        assertThat(rules(checker, "The name.", "Der Hostname.", "de")).isEmpty();
        assertThat(rules(checker, "The host.", "Der Hostname.", "de")).as("a modifier is not the head")
                .containsExactly("term-missing:host");
    }

    @Test
    void chineseAndThaiUseDictionaryWordBoundaries() {
        Term vm = new Term(null, "virtual machine", List.of(), "", false, false, null,
                Map.of("zh", List.of("虚拟机"), "th", List.of("เครื่องเสมือน")), Map.of());
        Term host = new Term(null, "host", List.of(), "", false, false, null,
                Map.of("zh", List.of("主机"), "th", List.of("โฮสต์")), Map.of());
        TermChecker checker = new TermChecker(new Glossary("en", List.of("zh", "th"), List.of(vm, host), Map.of()));
        assertThat(rules(checker, "Run the virtual machine on the host.", "在主机上运行虚拟机。", "zh")).isEmpty();
        assertThat(rules(checker, "Run the virtual machine on the host.", "在服务器上运行虚拟机。", "zh"))
                .containsExactly("term-missing:host");
        assertThat(rules(checker, "Run the virtual machine on the host.", "เรียกใช้เครื่องเสมือนบนโฮสต์", "th")).isEmpty();
        assertThat(rules(checker, "Run the virtual machine on the host.", "เรียกใช้เครื่องบนโฮสต์", "th"))
                .containsExactly("term-missing:virtual machine");
    }

    @Test
    void arabicAttachedArticlesAndPlurals() {
        Term vm = new Term(null, "virtual machine", List.of(), "", false, false, null,
                Map.of("ar", List.of("آلة افتراضية")), Map.of());
        Term host = new Term(null, "host", List.of(), "", false, false, null, Map.of("ar", List.of("مضيف")), Map.of());
        TermChecker checker = new TermChecker(new Glossary("en", List.of("ar"), List.of(vm, host), Map.of()));
        assertThat(rules(checker, "Run the virtual machines on the host.", "شغّل الآلات الافتراضية على المضيف.", "ar"))
                .isEmpty();
        assertThat(rules(checker, "Run the virtual machines on the host.", "شغّل الآلات الافتراضية على الخادم.", "ar"))
                .containsExactly("term-missing:host");
    }

    @Test
    void resultsDoNotDependOnThreads() {
        TermChecker checker = new TermChecker(Glossary.load(Path.of("src/test/resources/terms/eval-glossary.yml")));
        List<TermEval.Sample> samples = TermEval.samples();
        List<List<TermFinding>> sequential = samples.stream()
                .map(s -> checker.check(s.source(), s.target(), s.locale())).toList();
        for (int round = 0; round < 5; round++) {
            List<List<TermFinding>> parallel = samples.parallelStream()
                    .map(s -> checker.check(s.source(), s.target(), s.locale())).toList();
            assertThat(parallel).isEqualTo(sequential);
        }
    }
}
