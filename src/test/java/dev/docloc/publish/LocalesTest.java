package dev.docloc.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalesTest {
    @Test
    void directionComesFromTheLikelyScript() {
        assertThat(Locales.dir("ar")).isEqualTo("rtl");
        assertThat(Locales.dir("he")).isEqualTo("rtl");
        assertThat(Locales.dir("ar-XB")).isEqualTo("rtl");
        assertThat(Locales.dir("en-XA")).isEqualTo("ltr");
        assertThat(Locales.dir("pt-BR")).isEqualTo("ltr");
        assertThat(Locales.dir("ja")).isEqualTo("ltr");
    }

    @Test
    void languagesAreNamedInThemselvesWithACapital() {
        assertThat(Locales.ownName("pt-BR")).isEqualTo("Português (Brasil)");
        assertThat(Locales.ownName("ja")).isEqualTo("日本語");
        assertThat(Locales.ownName("ar")).isEqualTo("العربية");
        assertThat(Locales.ownName("de")).isEqualTo("Deutsch");
        assertThat(Locales.ownName("fr")).isEqualTo("Français");
    }

    @Test
    void partialNoticeUsesTheProjectTextThenTheLanguageThenEnglish() {
        Map<String, String> project = Map.of("pt-BR", "Tradução parcial.");
        assertThat(Locales.partialNotice("pt-BR", project)).isEqualTo("Tradução parcial.");
        assertThat(Locales.partialNotice("pt-PT", project)).startsWith("Esta página está parcialmente traduzida");
        assertThat(Locales.partialNotice("sw", project)).startsWith("This page is partly translated");
    }

    @Test
    void admonitionTitlesAreInTheLanguageOrTheTypeWithACapital() {
        assertThat(Locales.admonitionTitle("pt-BR", "warning")).isEqualTo("Aviso");
        assertThat(Locales.admonitionTitle("ja", "note")).isEqualTo("注記");
        assertThat(Locales.admonitionTitle("en", "danger")).isEqualTo("Danger");
        assertThat(Locales.admonitionTitle("sw", "tip")).isEqualTo("Tip");
        assertThat(Locales.admonitionTitle("de", "kvm-only")).isEqualTo("Kvm-only");
    }

    @Test
    void everyLocaleOfTheBundledSiteHasItsOwnWordsForThePage() {
        for (String tag : java.util.List.of("pt-BR", "es", "fr", "de", "ja", "ar", "ru")) {
            assertThat(Locales.contents(tag)).as(tag).isNotEqualTo(Locales.contents("en"));
            assertThat(Locales.untranslated(tag)).as(tag).isNotEqualTo(Locales.untranslated("en"));
            assertThat(Locales.partialNotice(tag, Map.of())).as(tag).isNotEqualTo(Locales.partialNotice("en", Map.of()));
            assertThat(Locales.admonitionTitle(tag, "note")).as(tag).isNotEqualTo("Note");
        }
    }
}
