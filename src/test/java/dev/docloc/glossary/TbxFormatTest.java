package dev.docloc.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docloc.DoclocException;
import dev.docloc.report.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TbxFormatTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static String tbx(Glossary glossary) {
        StringWriter out = new StringWriter();
        TbxFormat.write(glossary, out);
        return out.toString();
    }

    @Test
    void roundTripKeepsTheWholeGlossary() throws IOException {
        Glossary original = Glossary.load(Path.of("src/test/resources/terms/eval-glossary.yml"));
        Glossary back = TbxFormat.read(write("g.tbx", tbx(original)));
        assertThat(back).isEqualTo(original);
    }

    @Test
    void roundTripKeepsFlagsSeveritiesAndEmptyLocales() throws IOException {
        Glossary original = Glossary.load(write("g.yml", """
                sourceLocale: en
                targetLocales: [pt-BR, ar, ja]
                severities: {term-missing: error, term-case: info}
                terms:
                  - source: hypervisor
                    id: hv
                    sourceVariants: [VMM]
                    definition: Software that runs <virtual> machines & more.
                    severity: info
                    translations: {pt-BR: [hipervisor, VMM]}
                    forbidden: {pt-BR: hypervisor}
                  - source: NAT
                    caseSensitive: true
                  - source: KVM
                    doNotTranslate: true
                """));
        Glossary back = TbxFormat.read(write("g.tbx", tbx(original)));
        assertThat(back).isEqualTo(original);
        assertThat(back.targetLocales()).containsExactly("pt-BR", "ar", "ja");
        assertThat(back.severities()).containsEntry("term-case", Severity.INFO);
    }

    @Test
    void writesTbxBasicStatuses() {
        Term term = new Term(null, "hypervisor", List.of(), "", false, false, null,
                Map.of("de", List.of("Hypervisor", "VMM")), Map.of("de", List.of("Hypervisorin")));
        String xml = tbx(new Glossary("en", List.of("de"), List.of(term), Map.of()));
        assertThat(xml).contains("<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\" type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\">",
                "<conceptEntry id=\"hypervisor\">", "<langSec xml:lang=\"de\">",
                "<termSec><term>Hypervisor</term><termNote type=\"administrativeStatus\">preferredTerm-admn-sts</termNote></termSec>",
                "<term>VMM</term><termNote type=\"administrativeStatus\">admittedTerm-admn-sts</termNote>",
                "<term>Hypervisorin</term><termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote>");
    }

    @Test
    void readsTbxVersion2FromCatTools() throws IOException {
        Glossary g = TbxFormat.read(write("v2.tbx", """
                <?xml version="1.0" encoding="UTF-8"?>
                <martif type="TBX-Basic" xml:lang="en-US">
                  <martifHeader><fileDesc><sourceDesc><p>exported</p></sourceDesc></fileDesc></martifHeader>
                  <text><body>
                    <termEntry id="c1">
                      <descrip type="definition">A computer that runs virtual machines.</descrip>
                      <langSet xml:lang="en-US"><tig><term>host</term></tig></langSet>
                      <langSet xml:lang="fr-FR">
                        <tig><term>serveur <hi>hôte</hi></term>
                          <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig>
                        <tig><term>hôte</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
                        <ntig><termGrp><term>host</term></termGrp>
                          <termNote type="normativeAuthorization">deprecatedTerm</termNote></ntig>
                      </langSet>
                    </termEntry>
                  </body></text>
                </martif>
                """));
        assertThat(g.sourceLocale()).isEqualTo("en-US");
        assertThat(g.targetLocales()).containsExactly("fr-FR");
        Term host = g.terms().get(0);
        assertThat(host.id()).isEqualTo("c1");
        assertThat(host.definition()).isEqualTo("A computer that runs virtual machines.");
        assertThat(host.translationsFor("fr-FR")).containsExactly("hôte", "serveur hôte");
        assertThat(host.forbiddenFor("fr-FR")).containsExactly("host");
    }

    @Test
    void refusesDoctypeAndExternalEntities() throws IOException {
        Path secret = write("secret.txt", "top secret");
        Path file = write("xxe.tbx", """
                <?xml version="1.0"?>
                <!DOCTYPE tbx [<!ENTITY xxe SYSTEM "%s">]>
                <tbx xml:lang="en"><text><body><conceptEntry id="a">
                  <langSec xml:lang="en"><termSec><term>&xxe;</term></termSec></langSec>
                </conceptEntry></body></text></tbx>
                """.formatted(secret.toUri()));
        assertThatThrownBy(() -> TbxFormat.read(file)).isInstanceOf(DoclocException.class)
                .hasMessageContaining("DOCTYPE").hasMessageNotContaining("top secret")
                .satisfies(e -> assertThat(((DoclocException) e).line()).isEqualTo(2));
    }

    @Test
    void malformedXmlNamesLineAndColumn() throws IOException {
        Path file = write("bad.tbx", "<tbx xml:lang=\"en\">\n  <text><body>\n  </text>\n</tbx>\n");
        assertThatThrownBy(() -> TbxFormat.read(file)).isInstanceOf(DoclocException.class)
                .hasMessageContaining("invalid TBX")
                .satisfies(e -> {
                    assertThat(((DoclocException) e).line()).isEqualTo(3);
                    assertThat(((DoclocException) e).column()).isPositive();
                });
    }

    @Test
    void aTruncatedFileIsOneLineAtTheEnd() throws IOException {
        Path file = write("cut.tbx", "<tbx xml:lang=\"en\">\n  <text><body>\n  </bo");
        assertThatThrownBy(() -> TbxFormat.read(file)).isInstanceOf(DoclocException.class)
                .hasMessageStartingWith(file + ":3:").hasMessageContaining("invalid TBX")
                .hasMessageNotContaining("\n").hasMessageNotContaining("row,col");
    }

    @Test
    void aFolderIsNotReadAsXml() throws IOException {
        Path folder = java.nio.file.Files.createDirectories(dir.resolve("terms.tbx"));
        assertThatThrownBy(() -> TbxFormat.read(folder)).isInstanceOf(DoclocException.class)
                .hasMessageStartingWith(folder + ": cannot read the TBX file").hasMessageNotContaining("invalid TBX");
    }

    @Test
    void entryWithoutSourceTermIsAnError() throws IOException {
        Path file = write("nosource.tbx", """
                <tbx xml:lang="en"><text><body>
                  <conceptEntry id="x">
                    <langSec xml:lang="de"><termSec><term>Gast</term></termSec></langSec>
                  </conceptEntry>
                </body></text></tbx>
                """);
        assertThatThrownBy(() -> TbxFormat.read(file)).isInstanceOf(DoclocException.class)
                .hasMessageContaining("concept entry 'x' has no term in the source language en")
                .satisfies(e -> assertThat(((DoclocException) e).line()).isEqualTo(2));
    }

    /** glossary.yml requires targetLocales; import-tbx wrote one without and then refused it. */
    @Test
    void aTbxFileWithoutTargetLanguagesIsAnErrorUnlessItNamesThem() throws IOException {
        String entries = """
                <text><body>
                  <conceptEntry id="kvm">
                    <langSec xml:lang="en"><termSec><term>KVM</term></termSec></langSec>
                  </conceptEntry>
                </body></text></tbx>
                """;
        Path file = write("source-only.tbx", "<tbx xml:lang=\"en\">" + entries);
        assertThatThrownBy(() -> TbxFormat.read(file)).isInstanceOf(DoclocException.class)
                .hasMessageContaining("names no target language").hasMessageContaining("docloc:targetLocales=");
        Path named = write("named.tbx", "<tbx xml:lang=\"en\"><tbxHeader><fileDesc><sourceDesc>"
                + "<p>docloc:targetLocales=pt-BR de</p></sourceDesc></fileDesc></tbxHeader>" + entries);
        assertThat(TbxFormat.read(named).targetLocales()).containsExactly("pt-BR", "de");
    }

    @Test
    void invalidLocaleInTbxIsAnError() throws IOException {
        Path file = write("locale.tbx", """
                <tbx xml:lang="en"><text><body>
                  <conceptEntry id="x">
                    <langSec xml:lang="en"><termSec><term>guest</term></termSec></langSec>
                    <langSec xml:lang="xx"><termSec><term>Gast</term></termSec></langSec>
                  </conceptEntry>
                </body></text></tbx>
                """);
        assertThatThrownBy(() -> TbxFormat.read(file)).isInstanceOf(DoclocException.class)
                .hasMessageContaining("unknown language 'xx'")
                .satisfies(e -> assertThat(((DoclocException) e).line()).isEqualTo(4));
    }
}
