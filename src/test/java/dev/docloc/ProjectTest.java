package dev.docloc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The target locales of a project: from the command line, the glossary or translations/. */
class ProjectTest {
    @TempDir
    Path root;

    @BeforeEach
    void sourceDocs() throws IOException {
        Files.createDirectories(root.resolve("source-docs"));
    }

    private Project project() {
        return Project.open(root);
    }

    @Test
    void aLocaleGivenTwiceIsListedOnceInTheOrderFirstGiven() {
        assertThat(project().locales(List.of("fr", "de", "fr", "de"))).containsExactly("fr", "de");
    }

    @Test
    void commandLineTagsTakeTheCaseOfBcp47() {
        assertThat(project().locales(List.of("PT-br", "FR", "zh-hant-tw", "pt-BR")))
                .containsExactly("pt-BR", "fr", "zh-Hant-TW");
        assertThat(project().locale("EN-xa")).isEqualTo("en-XA");
    }

    /** An older translations/pt-br/ keeps its translations: --locale pt-BR is that folder, not a new one. */
    @Test
    void anExistingTranslationsFolderKeepsItsSpelling() throws IOException {
        Files.createDirectories(root.resolve("translations/pt-br"));
        assertThat(project().locales(List.of("pt-BR", "PT-BR"))).containsExactly("pt-br");
        assertThat(project().locale("FR")).isEqualTo("fr");
    }

    @Test
    void theGlossarysSpellingComesAfterTheFolders() throws IOException {
        Files.writeString(root.resolve("glossary.yml"), "sourceLocale: en\ntargetLocales: [pt-br, de]\nterms: []\n");
        assertThat(project().locale("pt-BR")).isEqualTo("pt-br");
        Files.createDirectories(root.resolve("translations/DE"));
        assertThat(project().locale("de")).isEqualTo("DE");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"de-DE-u-co-phonebk, de-DE", "ja-JP-u-ca-japanese, ja-JP", "en-a-bbb-x-a-ccc, en",
            "fr-x-private, fr"})
    void extensionsAndPrivateUseAreRefused(String tag, String plain) {
        assertThatThrownBy(() -> project().locales(List.of("de", tag))).isInstanceOf(DoclocException.class)
                .hasMessageContaining("'" + tag + "' has extension or private-use subtags")
                .hasMessageEndingWith("such as " + plain);
        assertThatThrownBy(() -> Project.validateLocale(tag)).isInstanceOf(DoclocException.class);
    }

    @Test
    void variantsAndScriptsAreAccepted() {
        assertThat(project().locales(List.of("de-CH-1901", "sr-Latn-RS"))).containsExactly("de-CH-1901", "sr-Latn-RS");
    }

    @Test
    void theSourceLocaleIsNotATarget() {
        for (String tag : List.of("en", "EN")) {
            assertThatThrownBy(() -> project().locales(List.of("fr", tag))).isInstanceOf(DoclocException.class)
                    .hasMessageContaining("'en' is the source locale of the project");
        }
        assertThat(project().locales(List.of("en-GB"))).containsExactly("en-GB");
    }

    @Test
    void aTranslationsFolderOfTheSourceLocaleIsNamed() throws IOException {
        Files.createDirectories(root.resolve("translations/en"));
        Files.createDirectories(root.resolve("translations/fr"));
        assertThatThrownBy(() -> project().locales(List.of())).isInstanceOf(DoclocException.class)
                .hasMessageContaining(root.resolve("translations/en") + ": 'en' is the source locale")
                .hasMessageContaining("remove or rename this folder");
    }

    @Test
    void aTranslationsFolderThatIsNotALocaleIsNamed() throws IOException {
        Files.createDirectories(root.resolve("translations/fr"));
        Files.createDirectories(root.resolve("translations/pt_BR"));
        assertThatThrownBy(() -> project().locales(List.of())).isInstanceOf(DoclocException.class)
                .hasMessageStartingWith(root.resolve("translations/pt_BR") + ": ")
                .hasMessageContaining("'pt_BR'").hasMessageEndingWith("remove or rename this folder");
    }

    /** As README says: the folders under translations/ are the locales only of a project without a glossary. */
    @Test
    void withoutAGlossaryTheTranslationsFoldersAreTheLocales() throws IOException {
        Files.createDirectories(root.resolve("translations/fr"));
        Files.createDirectories(root.resolve("translations/de"));
        assertThat(project().locales(List.of())).containsExactly("de", "fr");
        Files.writeString(root.resolve("glossary.yml"), "sourceLocale: en\ntargetLocales: [ja]\nterms: []\n");
        assertThat(project().locales(List.of())).containsExactly("ja");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "sourceLocale: en|terms: []|                   ; 1:1: missing key 'targetLocales'",
        "sourceLocale: en|targetLocales: []|terms: []| ; 2:16: targetLocales is empty",
    })
    void aGlossaryWithoutTargetLocalesIsAnErrorNotAFallbackToTheFolders(String yaml, String message)
            throws IOException {
        Files.createDirectories(root.resolve("translations/fr"));
        Files.writeString(root.resolve("glossary.yml"), yaml.replace('|', '\n'));
        assertThatThrownBy(this::project).isInstanceOf(DoclocException.class)
                .hasMessageContaining(root.resolve("glossary.yml") + ":" + message);
    }
}
