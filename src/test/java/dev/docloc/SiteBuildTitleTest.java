package dev.docloc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.parse.Page;
import dev.docloc.parse.PageParser;
import org.junit.jupiter.api.Test;

/**
 * The title of a page version: its front matter's title, else its first level-1 heading's text,
 * else the page's key; a translation's from its own (merged) Markdown.
 */
class SiteBuildTitleTest {
    private static String title(String source, String translated) {
        Page page = PageParser.parse("guides/kvm.md", source);
        return SiteBuild.title(PageParser.frontMatter(translated == null ? source : translated), page, translated);
    }

    @Test
    void theFrontMatterTitleWins() {
        String source = "---\ntitle: KVM guide\n---\n# Installing KVM\n";
        assertThat(title(source, null)).isEqualTo("KVM guide");
        assertThat(title(source, "---\ntitle: Guia do KVM\n---\n# Instalação do KVM\n")).isEqualTo("Guia do KVM");
    }

    @Test
    void withoutOneTheFirstLevelOneHeadingGivesIt() {
        String source = "---\ndescription: How to install\n---\n## Before\n\n# Installing *KVM* {#install}\n\n# Later\n";
        assertThat(title(source, null)).isEqualTo("Installing KVM");
    }

    @Test
    void aTranslatedHeadingGivesATranslatedTitle() {
        String source = "Intro.\n\nInstalling KVM\n==============\n\nText.\n";
        String translated = "Introdução.\n\nInstalação do **KVM**\n==============\n\nTexto.\n";
        assertThat(title(source, translated)).isEqualTo("Instalação do KVM");
    }

    @Test
    void anUntranslatedHeadingGivesTheSourceTitle() {
        String source = "# Installing KVM\n\nText.\n";
        assertThat(title(source, "# Installing KVM\n\nTexto.\n")).isEqualTo("Installing KVM");
        assertThat(title(source, source)).isEqualTo("Installing KVM");
    }

    @Test
    void withoutALevelOneHeadingTheKeyIsTheTitle() {
        String source = "## Overview\n\nText.\n";
        assertThat(title(source, null)).isEqualTo("guides/kvm");
        assertThat(title(source, "## Visão geral\n\nTexto.\n")).isEqualTo("guides/kvm");
    }
}
