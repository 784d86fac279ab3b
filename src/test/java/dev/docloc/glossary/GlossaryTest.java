package dev.docloc.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docloc.DoclocException;
import dev.docloc.report.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryTest {
    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("glossary.yml");
        Files.writeString(file, yaml);
        return file;
    }

    private DoclocException loadError(String yaml) throws IOException {
        Path file = write(yaml);
        try {
            Glossary.load(file);
        } catch (DoclocException e) {
            assertThat(e.file()).isEqualTo(file);
            return e;
        }
        throw new AssertionError("expected an error for:\n" + yaml);
    }

    @Test
    void loadsTheDocumentedExample() throws IOException {
        Glossary g = Glossary.load(write("""
                sourceLocale: en
                targetLocales: [pt-BR, es, de, fr, ru, ja, ar]
                severities:
                  term-missing: error
                terms:
                  - source: hypervisor            # preferred source term (required)
                    id: hypervisor
                    sourceVariants: [VMM]
                    definition: Software that creates and runs virtual machines.
                    caseSensitive: false
                    severity: warning
                    translations:
                      pt-BR: hipervisor
                      de: [Hypervisor]
                      ja: ハイパーバイザー
                    forbidden:
                      pt-BR: [hypervisor]
                  - source: KVM
                    doNotTranslate: true
                  - source: virtual machine
                """));
        assertThat(g.sourceLocale()).isEqualTo("en");
        assertThat(g.targetLocales()).containsExactly("pt-BR", "es", "de", "fr", "ru", "ja", "ar");
        Term hypervisor = g.terms().get(0);
        assertThat(hypervisor.sourceVariants()).containsExactly("VMM");
        assertThat(hypervisor.translations()).containsEntry("pt-BR", List.of("hipervisor"))
                .containsEntry("de", List.of("Hypervisor")).containsEntry("ja", List.of("ハイパーバイザー"));
        assertThat(hypervisor.forbiddenFor("pt-BR")).containsExactly("hypervisor");
        assertThat(g.terms().get(1).doNotTranslate()).isTrue();
        assertThat(g.terms().get(1).matchesCase()).isTrue();
        assertThat(g.terms().get(2).id()).isEqualTo("virtual-machine");
        assertThat(g.terms().get(2).definition()).isEmpty();
    }

    @Test
    void severityComesFromTermThenGlossaryThenDefault() throws IOException {
        Glossary g = Glossary.load(write("""
                sourceLocale: en
                targetLocales: [de]
                severities: {term-missing: error}
                terms:
                  - {source: host, severity: info}
                  - {source: guest}
                """));
        Term host = g.terms().get(0);
        Term guest = g.terms().get(1);
        assertThat(g.severityFor("term-forbidden", host)).isEqualTo(Severity.INFO);
        assertThat(g.severityFor("term-missing", guest)).isEqualTo(Severity.ERROR);
        assertThat(g.severityFor("term-forbidden", guest)).isEqualTo(Severity.ERROR);
        assertThat(g.severityFor("term-case", guest)).isEqualTo(Severity.WARNING);
    }

    @Test
    void badYamlNamesLineAndColumn() throws IOException {
        DoclocException e = loadError("""
                sourceLocale: en
                targetLocales: [de
                terms: []
                """);
        assertThat(e.line()).isGreaterThan(1);
        assertThat(e.column()).isPositive();
        assertThat(e.getMessage()).contains("invalid YAML");
    }

    @Test
    void aYamlSyntaxErrorIsOneLineAtTheProblem() throws IOException {
        DoclocException e = loadError("sourceLocale: en\ntargetLocales: [de]\nterms:\n\t- source: KVM\n");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.getMessage()).doesNotContain("\n").contains("invalid YAML").contains("TAB").doesNotContain("^");
    }

    /** SnakeYAML refuses such a character before it reads a token, so with no mark of its own. */
    @Test
    void aControlCharacterIsReportedWhereItIs() throws IOException {
        DoclocException e = loadError("sourceLocale: en\ntargetLocales: [de]\nterms:\n  - source: K\u0000VM\n");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(14);
        assertThat(e.getMessage()).doesNotContain("\n").contains("invalid YAML: character U+0000 is not allowed");
    }

    @Test
    void secondDocumentIsAnError() throws IOException {
        DoclocException e = loadError("""
                sourceLocale: en
                targetLocales: [de]
                terms: []
                ---
                terms: []
                """);
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.getMessage()).contains("a second YAML document");
    }

    @Test
    void emptyFileIsAnError() throws IOException {
        assertThat(loadError("# nothing yet\n").getMessage()).contains("the glossary is empty");
    }

    @Test
    void unknownKeyPointsAtTheKey() throws IOException {
        DoclocException e = loadError("""
                sourceLocale: en
                targetLocales: [de]
                terms:
                  - source: host
                    sourceVariant: [server]
                """);
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.column()).isEqualTo(5);
        assertThat(e.getMessage()).contains("unknown key 'sourceVariant'", "sourceVariants");
    }

    @Test
    void unknownTopLevelKey() throws IOException {
        DoclocException e = loadError("""
                sourceLocale: en
                targetLanguages: [de]
                terms: []
                """);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(1);
    }

    @Test
    void wrongTypeNamesTheValue() throws IOException {
        DoclocException e = loadError("""
                sourceLocale: en
                targetLocales: [de]
                terms:
                  - source: KVM
                    doNotTranslate: sure
                """);
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.column()).isEqualTo(21);
        assertThat(e.getMessage()).contains("doNotTranslate must be true or false", "'sure'");
    }

    @Test
    void termsMustBeAList() throws IOException {
        DoclocException e = loadError("""
                sourceLocale: en
                targetLocales: [de]
                terms:
                  source: host
                """);
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.getMessage()).contains("terms must be a list, found a mapping");
    }

    @Test
    void duplicateKeyIsAnError() throws IOException {
        DoclocException e = loadError("""
                sourceLocale: en
                targetLocales: [de]
                terms:
                  - source: host
                    source: server
                """);
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.getMessage()).contains("Duplicate field 'source'");
    }

    @Test
    void duplicateTermIgnoresCase() throws IOException {
        DoclocException e = loadError("""
                sourceLocale: en
                targetLocales: [de]
                terms:
                  - source: host
                  - source: guest
                  - source: Host
                    id: host2
                """);
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.column()).isEqualTo(5);
        assertThat(e.getMessage()).contains("duplicate term 'Host'");
    }

    @Test
    void duplicateVariantOfAnotherTerm() throws IOException {
        DoclocException e = loadError("""
                sourceLocale: en
                targetLocales: [de]
                terms:
                  - source: hypervisor
                    sourceVariants: [VMM]
                  - source: vmm
                """);
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.getMessage()).contains("duplicate term 'vmm'");
    }

    @Test
    void duplicateId() throws IOException {
        DoclocException e = loadError("""
                sourceLocale: en
                targetLocales: [de]
                terms:
                  - source: virtual machine
                  - source: virtual-machine image
                    id: virtual-machine
                """);
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.getMessage()).contains("duplicate term id 'virtual-machine'");
    }

    @Test
    void malformedLocale() throws IOException {
        DoclocException e = loadError("""
                sourceLocale: en
                targetLocales: [de, pt_BR]
                terms: []
                """);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(21);
        assertThat(e.getMessage()).contains("'pt_BR' is not a BCP 47 language tag");
    }

    @Test
    void unknownLanguageAndRegion() throws IOException {
        DoclocException language = loadError("sourceLocale: xx\ntargetLocales: [de]\nterms: []\n");
        assertThat(language.getMessage()).contains("unknown language 'xx'");
        assertThat(language.line()).isEqualTo(1);
        assertThat(language.column()).isEqualTo(15);
        DoclocException e = loadError("sourceLocale: en\ntargetLocales: [de, pt-XY]\nterms: []\n");
        assertThat(e.getMessage()).contains("unknown region 'XY'");
        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    void targetLocalesWithExtensionsTheSourceOrTwiceInAnotherCase() throws IOException {
        DoclocException extension = loadError("sourceLocale: en\ntargetLocales: [de, de-DE-u-co-phonebk]\nterms: []\n");
        assertThat(extension.getMessage()).contains("'de-DE-u-co-phonebk' has extension or private-use subtags");
        assertThat(extension.line()).isEqualTo(2);
        assertThat(extension.column()).isEqualTo(21);
        DoclocException source = loadError("sourceLocale: en\ntargetLocales: [de, EN]\nterms: []\n");
        assertThat(source.getMessage()).contains("'EN' is the sourceLocale");
        assertThat(source.column()).isEqualTo(21);
        DoclocException twice = loadError("sourceLocale: en\ntargetLocales: [pt-BR, pt-br]\nterms: []\n");
        assertThat(twice.getMessage()).contains("'pt-br' is listed twice");
        assertThat(twice.column()).isEqualTo(24);
    }

    @Test
    void translationLocaleMustBeATarget() throws IOException {
        DoclocException e = loadError("""
                sourceLocale: en
                targetLocales: [de]
                terms:
                  - source: host
                    translations:
                      fr: hôte
                """);
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.column()).isEqualTo(7);
        assertThat(e.getMessage()).contains("'fr' is not in targetLocales [de]");
    }

    @Test
    void termWithoutSource() throws IOException {
        DoclocException e = loadError("""
                sourceLocale: en
                targetLocales: [de]
                terms:
                  - id: host
                    translations: {de: Host}
                """);
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(5);
        assertThat(e.getMessage()).contains("missing key 'source'");
    }

    @Test
    void forbiddenFormThatIsAlsoApproved() throws IOException {
        DoclocException e = loadError("""
                sourceLocale: en
                targetLocales: [pt-BR]
                terms:
                  - source: hypervisor
                    translations: {pt-BR: [hipervisor, Hypervisor]}
                    forbidden: {pt-BR: hypervisor}
                """);
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.getMessage()).contains("'hypervisor' is both approved and forbidden for pt-BR");
    }

    @Test
    void unknownSeverityAndRule() throws IOException {
        assertThat(loadError("""
                sourceLocale: en
                targetLocales: [de]
                terms:
                  - {source: host, severity: fatal}
                """).getMessage()).contains("unknown severity 'fatal'");
        DoclocException e = loadError("""
                sourceLocale: en
                targetLocales: [de]
                severities:
                  term-typo: error
                terms: []
                """);
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.getMessage()).contains("unknown key 'term-typo'");
    }
}
