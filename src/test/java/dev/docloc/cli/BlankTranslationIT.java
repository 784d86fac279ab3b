package dev.docloc.cli;

import static dev.docloc.testutil.XliffEdits.translate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.testutil.ProjectFixture;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paragraph translated to blanks (a CAT tool's empty target with a space, or a PO msgstr of a
 * space) is a {@code qa-empty} error; until it is translated its source text is published, as
 * for a paragraph not translated yet, so that no block of the page goes missing.
 */
class BlankTranslationIT {
    private static final String PAGE = "source-docs/disks.md";
    private static final String FILE = "translations/pt-BR/disks.xlf";

    @TempDir
    Path tmp;

    @Test
    void aBlankTargetIsReportedAndItsSourceIsPublished() {
        ProjectFixture p = extracted("# Disks\n\nUse raw images for speed.\n\n> [!NOTE]\n> Back up the image first.\n\nLast words.\n");
        String xml = p.read(FILE);
        xml = translate(xml, "Disks", "Discos");
        xml = translate(xml, "Use raw images for speed.", " \u00a0");
        xml = translate(xml, "Back up the image first.", "Faça antes uma cópia da imagem.");
        xml = translate(xml, "Last words.", "Últimas palavras.");
        p.write(FILE, xml);

        assertThat(p.run("check", "--locale", "pt-BR")).isEqualTo(1);
        assertThat(p.out).contains("qa-empty").contains("until then its source text is published");

        p.ok("build", "--locale", "pt-BR");
        assertThat(p.read("target/site/pt-BR/disks.md")).contains("# Discos\n\nUse raw images for speed.\n\n> [!NOTE]\n");
        Document html = Jsoup.parse(p.read("target/site/pt-BR/disks.html"));
        assertThat(html.select("article p[lang=en]").eachText()).containsExactly("Use raw images for speed.");
        assertThat(html.select("article .admonition > p:not(.admonition-title)").eachText())
                .containsExactly("Faça antes uma cópia da imagem.");

        p.ok("status", "--locale", "pt-BR", "--format", "json");
        assertThat(p.out).containsPattern("\"page\" : \"disks.md\",\\s*\"segments\" : 4,\\s*\"words\" : \\d+,"
                + "\\s*\"translated\" : 3,");
    }

    /**
     * An empty translation is no translation to the exchange formats and the memory either: PO
     * export leaves its msgstr empty (PO tools would count a space as translated), TMX export
     * leaves it out, and the memory never keeps it, so that it cannot come back "from memory"
     * on another page.
     */
    @Test
    void aBlankTargetIsNotExportedNorRemembered() throws Exception {
        ProjectFixture p = extracted("# Disks\n\nUse raw images for speed.\n");
        String xml = translate(p.read(FILE), "Disks", "Discos");
        p.write(FILE, translate(xml, "Use raw images for speed.", " "));

        p.ok("po", "export", "--locale", "pt-BR");
        String po = p.read("target/po/pt-BR/disks.po");
        assertThat(po).containsPattern("msgid \"Use raw images for speed.\"\nmsgstr \"\"\n").doesNotContain("msgstr \" \"");
        p.ok("tm", "export", "--locale", "pt-BR");
        assertThat(p.read("target/tm/pt-BR.tmx")).contains("Discos").doesNotContain("<seg> </seg>");

        // the page renamed: its translations go through the memory to the new page
        java.nio.file.Files.move(p.file(PAGE), p.file("source-docs/storage.md"));
        p.ok("extract", "--locale", "pt-BR");
        String moved = p.read("translations/pt-BR/storage.xlf");
        assertThat(moved).contains("<target>Discos</target>").doesNotContain("<target> </target>");
        assertThat(p.read("translations/pt-BR/memory.tmx")).doesNotContain("<seg> </seg>");
    }

    /**
     * check and build agree on what is empty: a target of invisible characters only (a zero-width
     * space, a byte order mark) is a qa-empty error, and a target that keeps only the image of a
     * sentence is one too; build publishes the source text of both, and status counts them
     * untranslated.
     */
    @Test
    void anInvisibleOrCodesOnlyTargetIsReportedAndItsSourceIsPublished() {
        ProjectFixture p = extracted("# Disks\n\nUse raw images for speed.\n\nClick ![the icon](icon.png) to open it.\n\nLast words.\n");
        String xml = p.read(FILE);
        xml = translate(xml, "Disks", "Discos");
        xml = translate(xml, "Use raw images for speed.", "\u200b\ufeff");
        Matcher image = Pattern.compile("<source>Click (<ph [^>]*/>) to open it.</source>").matcher(xml);
        assertThat(image.find()).isTrue();
        xml = translate(xml, "Click " + image.group(1) + " to open it.", " " + image.group(1) + " ");
        xml = translate(xml, "the icon", "o ícone");
        xml = translate(xml, "Last words.", "Últimas palavras.");
        p.write(FILE, xml);

        assertThat(p.run("check", "--locale", "pt-BR")).isEqualTo(1);
        assertThat(p.out).containsPattern("qa-empty.*\\R.*source: Use raw images for speed.")
                .containsPattern("qa-empty.*\\R.*source: Click");

        p.ok("build", "--locale", "pt-BR");
        assertThat(p.read("target/site/pt-BR/disks.md"))
                .contains("# Discos\n\nUse raw images for speed.\n\nClick ![o ícone](icon.png) to open it.\n\nÚltimas");

        p.ok("status", "--locale", "pt-BR", "--format", "json");
        assertThat(p.out).containsPattern("\"page\" : \"disks.md\",\\s*\"segments\" : 5,\\s*\"words\" : \\d+,"
                + "\\s*\"translated\" : 3,");
    }

    /** The end-to-end project with page {@code PAGE} of {@code markdown}, extracted for pt-BR. */
    private ProjectFixture extracted(String markdown) {
        ProjectFixture p = ProjectFixture.e2e(tmp);
        p.write(PAGE, markdown);
        p.ok("extract", "--locale", "pt-BR");
        return p;
    }
}
