package dev.docloc.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docloc.DoclocException;
import dev.docloc.segment.Parts;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PO export and import of a locale's store, one file per page (issue 4). */
class PoExchangeTest {
    static final String LOCALE = TmxPoFixture.LOCALE;

    @TempDir
    Path tmp;
    TmxPoFixture f;
    Path po;

    @BeforeEach
    void setUp() {
        f = TmxPoFixture.create(tmp);
        po = tmp.resolve("po");
        f.localizer.exportPo(LOCALE, po);
    }

    @Test
    void exportThenImportIntoAStoreWithoutTargetsRestoresItByteForByte() {
        Map<String, String> before = f.snapshot();
        int targets = f.targets();
        f.wipeTargets();
        assertThat(f.targets()).isZero();

        List<String> report = f.localizer.importPo(LOCALE, po, false);

        assertThat(f.snapshot()).containsExactlyEntriesOf(before);
        assertThat(report.get(0)).startsWith("pt-BR: " + targets + " segments filled, ")
                .contains("0 skipped because reviewed or final", "0 entries skipped");
    }

    @Test
    void importingTheExportIntoTheSameStoreChangesNothing() {
        Map<String, String> before = f.snapshot();
        List<String> report = f.localizer.importPo(LOCALE, po, false);
        assertThat(f.snapshot()).containsExactlyEntriesOf(before);
        assertThat(report.get(0)).contains(" 0 segments filled, ", "0 entries skipped");
    }

    @Test
    void exportShowsCodesAsPlaceholdersWithContextReferenceAndState() {
        String basics = TmxPoFixture.read(po.resolve("basics.po"));
        String id = f.segmentId("basics.md", "KVM turns");
        assertThat(basics).contains("\"Language: pt-BR\\n\"", "\"Content-Type: text/plain; charset=UTF-8\\n\"",
                "# Placeholders stand for the Markdown of the source: <1>...</1>")
                .contains("#. paragraph: KVM basics\n#. state: translated (")
                .contains("#: source-docs/basics.md:7\nmsgctxt \"" + id + "\"\n"
                        + "msgid \"<1>KVM</1> turns the Linux kernel into a hypervisor.\"\n"
                        + "msgstr \"O <1>KVM</1> transforma o kernel Linux em um hipervisor.\"\n")
                .contains("#. state: final (")
                .as("an untranslated segment offers its best candidate as a fuzzy msgstr")
                .contains("#, fuzzy\nmsgctxt \"" + f.segmentId("basics.md", "Each virtual machine") + "\"\n"
                        + "msgid \"Each virtual machine runs as a separate QEMU process.\"\n"
                        + "msgstr \"Cada máquina virtual é executada como um processo do QEMU.\"");
        assertThat(TmxPoFixture.read(po.resolve("special.po")))
                .contains("msgid \"Write <1/> as code, and \\\\<1> or \\\\\\\\\\\\<2/> as text, and press <2>Ctrl</2>.\"")
                .contains("msgid \"A second line, soft-wrapped, with \\\"quotes\\\" and a tab\\there.\"")
                .contains("msgid \"<1/> and a line<2/>break.\"");
    }

    @Test
    void aReviewedTranslationIsKeptWithoutForceAndReplacedWithIt() {
        Path file = po.resolve("guides/install.po");
        TmxPoFixture.write(file, TmxPoFixture.read(file).replace("msgstr \"Verificação da CPU\"",
                "msgstr \"Verificação do processador\""));
        String before = TmxPoFixture.read(f.xliff("guides/install.md"));

        assertThat(f.localizer.importPo(LOCALE, po, false).get(0))
                .contains("0 segments filled", "1 skipped because reviewed or final (use --force");
        assertThat(TmxPoFixture.read(f.xliff("guides/install.md"))).isEqualTo(before);

        assertThat(f.localizer.importPo(LOCALE, po, true).get(0)).contains("1 segments filled");
        StoredSegment s = f.stored("guides/install.md", "Checking the CPU");
        assertThat(Parts.plainText(s.target())).isEqualTo("Verificação do processador");
        assertThat(s.state()).as("an edited msgstr is no longer the reviewed one").isEqualTo(State.TRANSLATED);
    }

    @Test
    void aBrokenPlaceholderAndAChangedSourceAreReportedWithFileAndLineAndSkipped() {
        Path file = po.resolve("basics.po");
        String text = TmxPoFixture.read(file)
                .replace("msgstr \"O <1>KVM</1> transforma", "msgstr \"O <1>KVM transforma")
                .replace("msgstr \"Consulte <1>Instalação do KVM</1>", "msgstr \"Consulte </1>Instalação do KVM<1>")
                .replace("msgid \"What KVM is and where to start.\"", "msgid \"What KVM was.\"");
        TmxPoFixture.write(file, text);
        f.wipeTargets();

        List<String> report = f.localizer.importPo(LOCALE, po, false);

        assertThat(report.get(0)).contains("3 entries skipped");
        assertThat(report).anySatisfy(l -> assertThat(l).contains("basics.po:" + lineOf(text, "msgstr \"O <1>KVM")
                + ": placeholder </1> of the source is missing; entry skipped"));
        assertThat(report).anySatisfy(l -> assertThat(l).contains("basics.po:" + lineOf(text, "msgstr \"Consulte")
                + ": placeholders are unbalanced"));
        assertThat(report).anySatisfy(l -> assertThat(l).contains("basics.po:" + lineOf(text, "msgid \"What KVM was")
                + ": source changed since export (segment " + f.segmentId("basics.md", "What KVM") + ")"));
        assertThat(f.stored("basics.md", "KVM turns").hasTarget()).isFalse();
        assertThat(f.stored("basics.md", "See ").hasTarget()).isFalse();
        assertThat(f.stored("basics.md", "What KVM").hasTarget()).isFalse();
        assertThat(f.stored("basics.md", "Each virtual").hasTarget()).as("a fuzzy candidate stays a candidate").isFalse();
        assertThat(f.stored("basics.md", "KVM basics").hasTarget()).as("the other entries are imported").isTrue();
    }

    @Test
    void aFuzzyEntryIsADraftThatIsNeverPublished() {
        Path file = po.resolve("basics.po");
        TmxPoFixture.write(file, TmxPoFixture.read(file).replace(
                "msgstr \"Cada máquina virtual é executada como um processo do QEMU.\"",
                "msgstr \"\"\n\"Cada máquina virtual roda como um\\n\"\n\"processo QEMU separado.\""));
        assertThat(f.localizer.importPo(LOCALE, po, false).get(0)).contains("1 segments filled");
        StoredSegment s = f.stored("basics.md", "Each virtual machine");
        assertThat(Parts.plainText(s.target())).isEqualTo("Cada máquina virtual roda como um\nprocesso QEMU separado.");
        assertThat(s.state()).isEqualTo(State.INITIAL);
        assertThat(s.state().published()).isFalse();
    }

    @Test
    void removingTheFuzzyFlagPublishesTheEntryAsTranslated() {
        Path file = po.resolve("basics.po");
        String id = f.segmentId("basics.md", "Each virtual machine");
        TmxPoFixture.write(file, TmxPoFixture.read(file).replace("#, fuzzy\nmsgctxt \"" + id, "msgctxt \"" + id));
        assertThat(f.localizer.importPo(LOCALE, po, false).get(0)).contains("1 segments filled");
        assertThat(f.stored("basics.md", "Each virtual machine").state()).isEqualTo(State.TRANSLATED);
    }

    @Test
    void aFileForAnotherLanguageIsRefused() {
        Path file = po.resolve("basics.po");
        TmxPoFixture.write(file, TmxPoFixture.read(file).replace("Language: pt-BR", "Language: de"));
        assertThatThrownBy(() -> f.localizer.importPo(LOCALE, po, false)).isInstanceOf(DoclocException.class)
                .hasMessageContaining("basics.po:").hasMessageContaining("the file is for de, not pt-BR");
    }

    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        assertThat(at).as(needle).isNotNegative();
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
