package dev.docloc.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docloc.DoclocException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TMX export and import of a locale's store and memory (issue 4). */
class TmxExchangeTest {
    static final String LOCALE = TmxPoFixture.LOCALE;

    @TempDir
    Path tmp;
    TmxPoFixture f;
    Path tmx;

    @BeforeEach
    void setUp() {
        f = TmxPoFixture.create(tmp);
        tmx = tmp.resolve("out/pt-BR.tmx");
    }

    @Test
    void theFixtureHasEveryKindOfSegment() {
        Map<String, String> files = f.snapshot();
        String all = String.join("\n", files.values());
        assertThat(all).contains("state=\"translated\"", "state=\"reviewed\"", "state=\"final\"",
                "<mtc:matches", "<ph id=", "<pc id=", "\\&lt;2/&gt;");
        assertThat(files).containsKey(Path.of("pt-BR/memory.tmx").toString());
        StoredSegment draft = f.stored("guides/install.md", "Run ");
        assertThat(draft.hasTarget()).isTrue();
        assertThat(draft.state()).isEqualTo(State.INITIAL);
    }

    @Test
    void exportThenImportIntoAStoreWithoutTargetsRestoresItByteForByte() {
        Map<String, String> before = f.snapshot();
        int targets = f.targets();
        f.localizer.exportTmx(LOCALE, tmx);
        f.wipeTargets();
        assertThat(f.targets()).isZero();
        assertThat(f.snapshot()).isNotEqualTo(before);

        List<String> report = f.localizer.importTmx(LOCALE, tmx, false);

        assertThat(f.snapshot()).containsExactlyEntriesOf(before);
        assertThat(report.get(0)).startsWith("pt-BR: " + targets + " segments filled, 0 unchanged, "
                + "0 memory entries added, 0 skipped because reviewed or final");
    }

    @Test
    void importingTheExportIntoTheSameStoreChangesNothing() {
        Map<String, String> before = f.snapshot();
        f.localizer.exportTmx(LOCALE, tmx);
        List<String> report = f.localizer.importTmx(LOCALE, tmx, false);
        assertThat(f.snapshot()).containsExactlyEntriesOf(before);
        assertThat(report.get(0)).contains(" 0 segments filled, " + f.targets() + " unchanged");
    }

    @Test
    void exportHasStorePropertiesCodesAndTheMemoryInAStableOrder() {
        f.localizer.exportTmx(LOCALE, tmx);
        String text = TmxPoFixture.read(tmx);
        String id = f.segmentId("basics.md", "KVM turns");
        assertThat(text).contains("<prop type=\"x-docloc-page\">basics.md</prop>",
                "<prop type=\"x-docloc-segment\">" + id + "</prop>", "<prop type=\"x-docloc-state\">final</prop>",
                // code types as the page gave them, read back from the translations file
                "<seg><bpt i=\"1\" x=\"1\" type=\"bold\">**</bpt>KVM<ept i=\"1\">**</ept> turns",
                "<ph x=\"1\" type=\"x-code\">`&lt;1>`</ph>",
                "<seg>Each virtual machine runs as a QEMU process.</seg>");
        assertThat(text.indexOf("x-docloc-page\">basics.md")).isLessThan(text.indexOf("x-docloc-page\">guides/"));
        f.localizer.exportTmx(LOCALE, tmp.resolve("again.tmx"));
        assertThat(TmxPoFixture.read(tmp.resolve("again.tmx"))).isEqualTo(text);
    }

    @Test
    void aReviewedTranslationIsKeptWithoutForceAndReplacedWithIt() {
        TmxPoFixture.write(tmx, tmx("<seg>Checking the CPU</seg>", "<seg>Verificação do processador</seg>"));
        String before = TmxPoFixture.read(f.xliff("guides/install.md"));

        List<String> kept = f.localizer.importTmx(LOCALE, tmx, false);
        assertThat(kept.get(0)).contains("0 segments filled", "1 memory entries added",
                "1 skipped because reviewed or final (use --force to overwrite them)");
        assertThat(TmxPoFixture.read(f.xliff("guides/install.md"))).isEqualTo(before);

        List<String> forced = f.localizer.importTmx(LOCALE, tmx, true);
        assertThat(forced.get(0)).contains("1 segments filled", "0 skipped because reviewed");
        StoredSegment s = f.stored("guides/install.md", "Checking the CPU");
        assertThat(dev.docloc.segment.Parts.plainText(s.target())).isEqualTo("Verificação do processador");
        assertThat(s.state()).as("a TMX without x-docloc-state imports as translated").isEqualTo(State.TRANSLATED);
    }

    @Test
    void theSameTextWithoutAStateLeavesAReviewedTranslationAsItIs() {
        TmxPoFixture.write(tmx, tmx("<seg>Checking the CPU</seg>", "<seg>Verificação da CPU</seg>"));
        String before = TmxPoFixture.read(f.xliff("guides/install.md"));
        assertThat(f.localizer.importTmx(LOCALE, tmx, true).get(0)).contains("0 segments filled", "1 unchanged");
        assertThat(TmxPoFixture.read(f.xliff("guides/install.md"))).isEqualTo(before);
    }

    @Test
    void aPairFromAnotherToolFillsAnUntranslatedSegmentWithTheSameSourceAndCodes() {
        String source = "<seg>Each virtual machine runs as a separate QEMU process.</seg>";
        TmxPoFixture.write(tmx, tmx(source, "<seg>Cada máquina virtual roda como um processo QEMU separado.</seg>"));
        assertThat(f.localizer.importTmx(LOCALE, tmx, false).get(0)).contains("1 segments filled");
        StoredSegment s = f.stored("basics.md", "Each virtual machine");
        assertThat(s.state()).isEqualTo(State.TRANSLATED);
        assertThat(s.candidates()).as("the candidates stay for the reviewer").isNotEmpty();
        assertThat(Memory.read(f.project.resolve("translations/pt-BR/memory.tmx"), "en", "pt-BR")
                .exact(s.source()).target()).isEqualTo(s.target());
    }

    @Test
    void aTranslationWhoseCodesDoNotMatchItsSourceIsReportedAndNotFilled() {
        TmxPoFixture.write(tmx, tmx("<seg><bpt i=\"1\">**</bpt>KVM<ept i=\"1\">**</ept> turns the Linux kernel into a "
                + "hypervisor.</seg>", "<seg><ph x=\"7\">x</ph> O KVM</seg>"));
        f.wipeTargets();
        List<String> report = f.localizer.importTmx(LOCALE, tmx, false);
        assertThat(report.get(0)).contains("0 segments filled", "1 entries skipped");
        assertThat(report.get(1)).contains("pt-BR.tmx:5: the codes of the translation do not match");
        assertThat(f.stored("basics.md", "KVM turns").hasTarget()).isFalse();
    }

    /** An empty {@code <seg>}, or a {@code <tuv>} without one, is no translation: even with force it replaces none. */
    @Test
    void anEmptyOrMissingTargetNeverReplacesATranslation() {
        Map<String, String> before = f.snapshot();
        for (String target : List.of("<seg></seg>", "<seg> </seg>", "")) {
            TmxPoFixture.write(tmx, tmx("<seg>Checking the CPU</seg>", target));
            List<String> report = f.localizer.importTmx(LOCALE, tmx, true);
            assertThat(report.get(0)).as(target).contains("0 segments filled", "0 memory entries added");
            assertThat(f.snapshot()).as(target).containsExactlyEntriesOf(before);
        }
        assertThat(f.stored("guides/install.md", "Checking the CPU").state()).isEqualTo(State.REVIEWED);
    }

    @Test
    void aFileForOtherLanguagesIsRefusedNamingThem() {
        Map<String, String> before = f.snapshot();
        TmxPoFixture.write(tmx, tmx("<seg>Checking the CPU</seg>", "<seg>Verificação do processador</seg>")
                .replace("en-US", "de"));
        assertThatThrownBy(() -> f.localizer.importTmx(LOCALE, tmx, true)).isInstanceOf(DoclocException.class)
                .hasMessage(tmx + ":3: the source language of the file (srclang) is de, the project's is en; "
                        + "import a memory translated from en");
        TmxPoFixture.write(tmx, tmx("<seg>Checking the CPU</seg>", "<seg>Vérification du processeur</seg>")
                .replace("pt_BR", "fr"));
        assertThatThrownBy(() -> f.localizer.importTmx(LOCALE, tmx, true)).isInstanceOf(DoclocException.class)
                .hasMessage(tmx + ": no <tuv> is in pt-BR (the file has en-US, fr); pass the --locale of its translations");
        TmxPoFixture.write(tmx, tmx("<seg>Checking the CPU</seg>", "<seg>Verificação do processador</seg>")
                .replace(" srclang=\"en-US\"", "").replace("\"en-US\"", "\"de\""));
        assertThatThrownBy(() -> f.localizer.importTmx(LOCALE, tmx, true)).isInstanceOf(DoclocException.class)
                .hasMessageContaining("no <tuv> is in the project's source language en (the file has de, pt_BR)");
        assertThat(f.snapshot()).containsExactlyEntriesOf(before);
    }

    @Test
    void aFileWithoutUnitsImportsNothingWithoutComplaint() {
        TmxPoFixture.write(tmx, "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"en\"/><body/></tmx>\n");
        assertThat(f.localizer.importTmx(LOCALE, tmx, false).get(0)).startsWith("pt-BR: 0 segments filled, 0 unchanged");
    }

    @Test
    void aDoctypeIsRefusedWithFileAndLineAndNothingIsWritten() {
        Map<String, String> before = f.snapshot();
        TmxPoFixture.write(tmx, "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!ENTITY x \"boom\">]>\n"
                + tmx("<seg>Checking the CPU</seg>", "<seg>&x;</seg>").substring(22));
        assertThatThrownBy(() -> f.localizer.importTmx(LOCALE, tmx, true))
                .isInstanceOf(DoclocException.class)
                .hasMessageContaining("pt-BR.tmx:2:").hasMessageContaining("DOCTYPE is not allowed");
        assertThat(f.snapshot()).containsExactlyEntriesOf(before);
    }

    /** A TMX file with one unit, as another tool writes it. */
    static String tmx(String source, String target) {
        return """
                <?xml version="1.0"?>
                <tmx version="1.4">
                <header srclang="en-US" creationtool="other" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext"/>
                <body>
                <tu>
                <tuv xml:lang="en-US">%s</tuv>
                <tuv xml:lang="pt_BR">%s</tuv>
                </tu>
                </body>
                </tmx>
                """.formatted(source, target);
    }
}
