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
}
