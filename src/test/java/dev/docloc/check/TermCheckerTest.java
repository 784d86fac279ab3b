package dev.docloc.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.glossary.Glossary;
import dev.docloc.report.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermCheckerTest {
    static final TermChecker CHECKER = new TermChecker(Glossary.load(Path.of("src/test/resources/terms/eval-glossary.yml")));

    private static List<String> findings(String source, String target, String locale) {
        return CHECKER.check(source, target, locale).stream().map(f -> f.rule() + ":" + f.term()).toList();
    }

    @ParameterizedTest(name = "{2}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The hypervisors run virtual machines.           | Os hipervisores executam máquinas virtuais.          | pt-BR
            Connect to the virtual machine.                 | Conecte-se às máquinas virtuais.                     | pt-BR
            Start the virtual machines.                     | Inicie las máquinas virtuales.                       | es
            The hypervisor starts the virtual machine.      | Гипервизор запускает виртуальную машину.             | ru
            Connect to the virtual machine.                 | Подключитесь к виртуальной машине.                   | ru
            The snapshots of the host.                      | Снимки хоста.                                        | ru
            The KVM hypervisor.                             | Der KVM-Hypervisor.                                  | de
            Hypervisors isolate guests.                     | Hypervisoren isolieren Gäste.                        | de
            The guest operating systems.                    | Die Gastbetriebssysteme.                             | de
            Enable hardware virtualization.                 | Aktivieren Sie die Hardware-Virtualisierung.         | de
            Enable hardware virtualization.                 | Aktivieren Sie die Hardwarevirtualisierung.          | de
            KVM's hypervisor.                               | L'hyperviseur de KVM.                                | fr
            Start the hypervisors on the host.              | Démarrez les hyperviseurs sur l’hôte.                | fr
            The hypervisor runs virtual machines with KVM.  | ハイパーバイザーはKVMで仮想マシンを実行します。       | ja
            Live migration of the guest OS.                 | ゲストOSのライブマイグレーション。                    | ja
            The KVMs of the cluster.                        | Die KVMs des Clusters.                               | de
            QEMU and KVM.                                   | QEMU и KVM.                                          | ru
            """)
    void inflectedCompoundAndElidedFormsAreNotFlagged(String source, String target, String locale) {
        assertThat(findings(source, target, locale)).as(target).isEmpty();
    }

    @Test
    void missingCountsEveryUse() {
        List<TermFinding> found = CHECKER.check("A virtual machine and another virtual machine.",
                "Uma máquina virtual e outra.", "pt-BR");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("term-missing");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).isEqualTo("source uses 'virtual machine' 2 times, target has an approved "
                    + "translation 1 time: use 'máquina virtual'");
            assertThat(f.highlight()).isEqualTo("máquina virtual");
        });
        assertThat(findings("A virtual machine and another virtual machine.", "Uma máquina virtual e outra VM.", "pt-BR"))
                .isEmpty();
    }

    @Test
    void longestMatchWins() {
        assertThat(findings("Enable hardware virtualization.", "Ative a virtualização.", "pt-BR"))
                .containsExactly("term-missing:hardware virtualization");
        assertThat(findings("Hardware virtualization and virtualization.",
                "La virtualización de hardware y la virtualización.", "es")).isEmpty();
        assertThat(CHECKER.find("Enable hardware virtualization.", "pt-BR"))
                .extracting(h -> h.term().source()).containsExactly("hardware virtualization");
    }

    @Test
    void hostingAndHostnameAreNotHost() {
        assertThat(CHECKER.find("Hosting providers check the hostname.", "de")).isEmpty();
        assertThat(CHECKER.find("The hosts.", "de")).extracting(h -> h.term().source()).containsExactly("host");
    }

    @Test
    void noMatchInsideOrAcrossInlineCode() {
        assertThat(CHECKER.find("Run \uFFFC on the virtual\uFFFCmachine.", "pt-BR")).isEmpty();
        assertThat(findings("Run \uFFFC on the host.", "Execute \uFFFC no host.", "pt-BR")).isEmpty();
        assertThat(findings("Start the virtual machine.", "Inicie a máquina\uFFFCvirtual.", "pt-BR"))
                .containsExactly("term-missing:virtual machine");
    }

    @Test
    void forbiddenIncludesInflectedFormsAndReplacesMissing() {
        List<TermFinding> found = CHECKER.check("The hypervisors.", "Os hypervisors.", "pt-BR");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("term-forbidden");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.highlight()).isEqualTo("hypervisors");
            assertThat(f.message()).contains("use 'hipervisor'");
        });
        assertThat(findings("The hypervisor.", "O hipervisor.", "pt-BR")).isEmpty();
        assertThat(findings("Start the guests.", "Inicie os hóspedes.", "pt-BR")).containsExactly("term-forbidden:guest");
    }

    @Test
    void doNotTranslateCatchesTranslationAndTransliteration() {
        List<TermFinding> found = CHECKER.check("KVM runs on the host.", "КВМ работает на хосте.", "ru");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("term-dnt");
            assertThat(f.highlight()).isEqualTo("КВМ");
            assertThat(f.message()).contains("transliteration");
        });
        assertThat(findings("KVM is part of Linux.", "A máquina virtual baseada em kernel faz parte do Linux.", "pt-BR"))
                .containsExactly("term-dnt:KVM");
        assertThat(findings("QEMU starts, and QEMU stops.", "O QEMU inicia e o emulador para.", "pt-BR"))
                .containsExactly("term-dnt:QEMU");
        assertThat(findings("KVM's modules.", "Os módulos do KVM.", "pt-BR")).isEmpty();
    }

    @Test
    void wrongCaseOfDoNotTranslateTerms() {
        List<TermFinding> found = CHECKER.check("Restart libvirt.", "Reinicie o LibVirt.", "pt-BR");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("term-case");
            assertThat(f.highlight()).isEqualTo("LibVirt");
            assertThat(f.message()).isEqualTo("'LibVirt' must be written 'libvirt'");
        });
        assertThat(findings("The QEMU process.", "Der Qemu-Prozess.", "de")).containsExactly("term-case:QEMU");
        assertThat(findings("KVM needs it.", "Kvmにはそれが必要です。", "ja")).containsExactly("term-case:KVM");
        assertThat(findings("The QEMU process.", "Der QEMU-Prozess.", "de")).isEmpty();
    }

    @Test
    void caseInsensitiveTermsIgnoreCase() {
        assertThat(findings("HYPERVISOR settings.", "Configurações do Hipervisor.", "pt-BR")).isEmpty();
    }

    @Test
    void findListsTermsWithApprovedTranslations() {
        List<TermHit> hits = CHECKER.find("KVM runs virtual machines and more virtual machines.", "pt-BR");
        assertThat(hits).extracting(h -> h.term().source()).containsExactly("KVM", "virtual machine");
        assertThat(hits.get(0).translations()).containsExactly("KVM");
        assertThat(hits.get(1).translations()).containsExactly("máquina virtual", "VM");
        assertThat(hits.get(1).count()).isEqualTo(2);
        assertThat(hits.get(1).text()).isEqualTo("virtual machines");
    }

    @Test
    void unknownLocaleStillChecksDoNotTranslateTerms() {
        assertThat(findings("KVM and the hypervisor.", "KVM i hipernadzorca.", "pl")).isEmpty();
        assertThat(findings("KVM and the hypervisor.", "Kvm i hipernadzorca.", "pl")).containsExactly("term-case:KVM");
    }

    @Test
    void canonicalEquivalentFormsMatch() {
        String decomposed = "Inicie a ma\u0301quina virtual.";
        assertThat(findings("Start the virtual machine.", decomposed, "pt-BR")).isEmpty();
    }
}
