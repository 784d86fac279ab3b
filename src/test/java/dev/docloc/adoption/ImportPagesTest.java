package dev.docloc.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docloc.DoclocException;
import dev.docloc.Localizer;
import dev.docloc.Project;
import dev.docloc.report.Progress;
import dev.docloc.segment.Parts;
import dev.docloc.store.State;
import dev.docloc.store.StoredSegment;
import dev.docloc.store.TranslationStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportPagesTest {
    private static final String SOURCE = """
            # Install KVM

            Check the CPU first. Then install `qemu-kvm`.

            A paragraph the translation does not have yet.
            """;
    private static final String TRANSLATION = """
            # Instalar o KVM

            Verifique a CPU primeiro. Depois instale o `qemu-kvm`.
            """;

    @TempDir
    Path tmp;
    Path pages;

    @BeforeEach
    void project() throws IOException {
        Files.createDirectories(tmp.resolve("project/source-docs/guides"));
        Files.writeString(tmp.resolve("project/source-docs/guides/install.md"), SOURCE);
        Files.createDirectories(tmp.resolve("pages/guides"));
        pages = tmp.resolve("pages");
        writeTranslation(TRANSLATION);
    }

    private void writeTranslation(String text) throws IOException {
        Files.writeString(pages.resolve("guides/install.md"), text);
    }

    private List<String> importPages(State state, boolean force) {
        Localizer l = new Localizer(Project.open(tmp.resolve("project")), Progress.create(false));
        return l.importPages("pt-BR", pages, state, force);
    }

    /** Target plain text by source plain text. */
    private Map<String, StoredSegment> stored() {
        TranslationStore store = new TranslationStore(tmp.resolve("project/translations"), "en");
        return store.load("pt-BR", "guides/install", "guides/install.md").segments().values().stream()
                .collect(Collectors.toMap(s -> Parts.plainText(s.source()), s -> s));
    }

    @Test
    void importedTargetsAreTranslatedWithANoteNamingTheFile() {
        importPages(State.TRANSLATED, false);
        StoredSegment s = stored().get("Check the CPU first.");
        assertThat(Parts.plainText(s.target())).isEqualTo("Verifique a CPU primeiro.");
        assertThat(s.state()).isEqualTo(State.TRANSLATED);
        assertThat(s.notes()).contains("imported from guides/install.md");
        assertThat(stored().get("Then install .").target()).as("the target's inline code is the source's")
                .anySatisfy(p -> assertThat(p).isInstanceOf(dev.docloc.segment.Code.class));
        assertThat(stored().get("A paragraph the translation does not have yet.")).satisfiesAnyOf(
                x -> assertThat(x).isNull(), x -> assertThat(x.hasTarget()).isFalse());
    }

    @Test
    void theStateOptionIsApplied() {
        importPages(State.REVIEWED, false);
        assertThat(stored().get("Install KVM").state()).isEqualTo(State.REVIEWED);
    }

    @Test
    void reportHasOneLinePerPageAndAnIndentedLinePerUnalignedUnit() {
        List<String> report = importPages(State.TRANSLATED, false);
        assertThat(report).hasSize(2);
        assertThat(report.get(0)).startsWith("guides/install.md: 2/3 units aligned, 3 segments set")
                .endsWith("unaligned: 1 source, 0 translation units");
        assertThat(report.get(1)).startsWith("  source paragraph ")
                .contains("no counterpart (block added or removed)", "\"A paragraph the translation does not have yet.\"");
    }

    @Test
    void existingTranslationsAreKeptWithoutForceAndReplacedWithIt() throws IOException {
        importPages(State.TRANSLATED, false);
        writeTranslation(TRANSLATION.replace("Verifique a CPU primeiro.", "Confira a CPU antes."));
        List<String> report = importPages(State.TRANSLATED, false);
        assertThat(Parts.plainText(stored().get("Check the CPU first.").target())).isEqualTo("Verifique a CPU primeiro.");
        assertThat(report.get(0)).contains("0 segments set", "3 existing translations kept (use --force to replace them)");
        importPages(State.TRANSLATED, true);
        assertThat(Parts.plainText(stored().get("Check the CPU first.").target())).isEqualTo("Confira a CPU antes.");
    }

    @Test
    void aFromThatIsNotAFolderStopsTheRunNamingIt() {
        Path missing = tmp.resolve("nowhere");
        Path file = tmp.resolve("pages/guides/install.md");
        pages = missing;
        assertThatThrownBy(() -> importPages(State.TRANSLATED, false)).isInstanceOf(DoclocException.class)
                .hasMessageStartingWith(missing + ": no such folder; pass the folder that holds the translated pages");
        pages = file;
        assertThatThrownBy(() -> importPages(State.TRANSLATED, false)).isInstanceOf(DoclocException.class)
                .hasMessageStartingWith(file + ": not a folder");
        assertThat(tmp.resolve("project/translations")).doesNotExist();
    }

    @Test
    void pagesWithoutASourcePageAreReportedAndAnImportOfNoneSaysSo() throws IOException {
        Files.writeString(pages.resolve("extra.md"), "# Extra\n");
        List<String> report = importPages(State.TRANSLATED, false);
        assertThat(report).hasSize(3);
        assertThat(report.get(2)).isEqualTo(pages.resolve("extra.md") + ": no source page extra.md; file skipped");

        Files.delete(pages.resolve("guides/install.md"));
        report = importPages(State.TRANSLATED, false);
        assertThat(report).containsExactly(pages.resolve("extra.md") + ": no source page extra.md; file skipped",
                "pt-BR: no page imported: " + pages + " has none of the 1 source pages (the translation of "
                        + "source-docs/<path>.md is read from " + pages + "/<path>.md)");
    }
}
