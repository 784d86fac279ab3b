package dev.docloc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.testutil.ProjectFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line end to end, in-process, on a temporary copy of a small project: import
 * existing translations, extract, build, check and status, with their exit codes.
 */
class CommandLineIT {
    @TempDir
    Path tmp;
    Path project;
    String out;
    String err;

    ProjectFixture fixture;

    @BeforeEach
    void copyFixture() {
        fixture = ProjectFixture.copyOfE2e(tmp);
        project = fixture.root;
    }

    private int run(String... args) {
        int code = fixture.run(args);
        out = fixture.out;
        err = fixture.err;
        return code;
    }

    private void importTranslations() {
        assertThat(run("import-pages", "--locale", "pt-BR", "--from", tmp.resolve("pages-pt-BR").toString())).isZero();
    }

    @Test
    void buildWithoutTranslationsPublishesTheSourceTextInEveryLocale() throws IOException {
        assertThat(run("build")).as(err).isZero();
        Path site = project.resolve("target/site");
        assertThat(Files.readString(site.resolve("en/guides/install.md")))
                .isEqualTo(Files.readString(project.resolve("source-docs/guides/install.md")));
        assertThat(Files.readString(site.resolve("pt-BR/guides/install.md")))
                .isEqualTo(Files.readString(project.resolve("source-docs/guides/install.md")));
        assertThat(Files.exists(project.resolve("translations"))).as("build never writes translations/").isFalse();
    }

    @Test
    void importedTranslationsArePublishedAsMarkdownAndHtml() throws IOException {
        importTranslations();
        assertThat(run("extract")).as(err).isZero();
        assertThat(Files.readString(project.resolve("translations/pt-BR/guides/install.xlf")))
                .contains("version=\"2.1\"", "trgLang=\"pt-BR\"", "<unit id=\"u", "Verificação da CPU");
        assertThat(run("build")).as(err).isZero();
        Path site = project.resolve("target/site");
        String md = Files.readString(site.resolve("pt-BR/guides/install.md"));
        assertThat(md).contains("## Verificação da CPU", "| `qemu-kvm` | O hypervisor |", "title: Instalação do KVM")
                
                .as("the source paragraph is wrapped, so the translation is re-wrapped")
                .contains("de hardware. Um\nresultado 0 significa que a CPU ou o firmware não a oferece.\n");
        Document html = Jsoup.parse(site.resolve("pt-BR/basics.html").toFile());
        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("pt-BR");
        assertThat(html.select("h1").eachText()).contains("Noções básicas de KVM");
        assertThat(html.select("a[href*=install.html#checking-the-cpu]")).isNotEmpty();
        Document guide = Jsoup.parse(site.resolve("pt-BR/guides/install.html").toFile());
        assertThat(guide.getElementById("checking-the-cpu")).as("heading ids are the source's slugs").isNotNull();
        assertThat(site.resolve("en/basics.html")).exists();
        assertThat(site.resolve("sitemap.xml")).exists();
    }

    @Test
    void checkFailsOnAForbiddenTermAndPassesWithFailOnNever() {
        importTranslations();
        assertThat(run("check", "--format", "json")).as(err).isEqualTo(1);
        assertThat(out).contains("\"rule\" : \"term-forbidden\"").contains("\"term\" : \"hypervisor\"")
                .contains("\"file\" : \"translations/pt-BR/guides/install.xlf\"");
        assertThat(run("check", "--fail-on", "never")).isZero();
    }

    @Test
    void aCommittedBaselineSuppressesAnAcceptedFindingWithItsReason() throws IOException {
        importTranslations();
        assertThat(run("check", "--format", "json")).isEqualTo(1);
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out);
        var finding = json.get("issues").get(0);
        Files.writeString(project.resolve("docloc-baseline.yml"), String.format("""
                - locale: pt-BR
                  segment: %s
                  rule: %s
                  reason: Kept on purpose in this test.
                """, finding.get("segment").asText(), finding.get("rule").asText()));
        int code = run("check", "--format", "json");
        var after = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out);
        assertThat(after.get("issues").size()).isEqualTo(json.get("issues").size() - 1);
        assertThat(after.get("suppressed").toString()).contains("Kept on purpose in this test.");
        assertThat(code).isEqualTo(after.get("summary").get("errors").asInt() > 0 ? 1 : 0);
        Files.writeString(project.resolve("docloc-baseline.yml"), "- locale: pt-BR\n  rule: term-missing\n");
        assertThat(run("check")).isEqualTo(2);
        assertThat(err).contains("docloc-baseline.yml").contains("has no segment");
    }

    @Test
    void usageAndInputErrorsExitWithTwoAndAClearMessage() throws IOException {
        assertThat(run("build", "--locale", "xx-NOPE-1234567890")).isEqualTo(2);
        assertThat(err).contains("unknown or invalid locale").doesNotContain("Exception");
        assertThat(run("check", "--format", "pdf")).isEqualTo(2);
        assertThat(run("no-such-command")).isEqualTo(2);
        Files.writeString(project.resolve("glossary.yml"), "sourceLocale: en\nterms:\n  - source: [unclosed\n");
        assertThat(run("check")).isEqualTo(2);
        assertThat(err).contains("glossary.yml").doesNotContain("at dev.docloc");
    }

    /** A locale repeated, or in another case, is the one locale: counted once, published once. */
    @Test
    void aLocaleGivenTwiceOrInAnotherCaseIsOneLocale() throws IOException {
        importTranslations();
        assertThat(run("extract", "--locale", "pt-BR", "--locale", "pt-br")).as(err).isZero();
        assertThat(out).containsOnlyOnce("pt-BR: 2 pages");
        assertThat(run("status", "--locale", "PT-BR", "--locale", "pt-BR", "--format", "json")).as(err).isZero();
        var status = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out);
        assertThat(status.get("pages").size()).isEqualTo(2);
        assertThat(status.get("locales").get("pt-BR").get("coverage").asDouble()).isEqualTo(100.0);
        assertThat(run("check", "--locale", "pt-BR", "--locale", "pt-BR", "--format", "json", "--fail-on", "never"))
                .as(err).isZero();
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(out).get("summary").get("segments")
                .asInt()).isEqualTo(14);
        assertThat(run("build", "--locale", "pt-br", "--locale", "pt-BR")).as(err).isZero();
        assertThat(out).contains("(2 locales)");
        assertThat(project.resolve("translations")).isDirectoryNotContaining(f -> Files.isDirectory(f) && !f.endsWith("pt-BR"));
    }

    @Test
    void localesTranslationsCannotNameAndTheSourceLocaleAreRefused() {
        for (String tag : new String[] {"de-DE-u-co-phonebk", "ja-JP-u-ca-japanese", "en-a-bbb-x-a-ccc"}) {
            assertThat(run("extract", "--locale", tag)).isEqualTo(2);
            assertThat(err).contains("'" + tag + "' has extension or private-use subtags").doesNotContain("Exception");
        }
        assertThat(run("extract", "--locale", "en")).isEqualTo(2);
        assertThat(err).contains("'en' is the source locale of the project");
        assertThat(run("build", "--locale", "EN")).isEqualTo(2);
        assertThat(run("tm", "export", "--locale", "en")).isEqualTo(2);
        assertThat(project.resolve("translations")).doesNotExist();
        assertThat(project.resolve("target/site")).doesNotExist();
    }

    @Test
    void importPagesTakesOnlyTheStatesTheReadmeLists() throws IOException {
        String from = tmp.resolve("pages-pt-BR").toString();
        for (String state : new String[] {"bogus", "initial", "final", "Reviewed"}) {
            assertThat(run("import-pages", "--locale", "pt-BR", "--from", from, "--state", state)).isEqualTo(2);
            assertThat(err).contains("Invalid value for option '--state': '" + state + "'; use translated or reviewed",
                    "Run 'docloc --help' for usage.").doesNotContain("Exception");
        }
        assertThat(project.resolve("translations/pt-BR")).doesNotExist();
        assertThat(run("import-pages", "--locale", "pt-BR", "--from", from, "--state", "reviewed")).as(err).isZero();
        assertThat(Files.readString(project.resolve("translations/pt-BR/basics.xlf"))).contains("state=\"reviewed\"")
                .doesNotContain("state=\"translated\"");
    }

    @Test
    void importPagesFromSomethingElseThanAFolderOfPagesSaysSo() throws IOException {
        assertThat(run("import-pages", "--locale", "pt-BR", "--from", tmp.resolve("nowhere").toString())).isEqualTo(2);
        assertThat(err).contains("nowhere: no such folder; pass the folder that holds the translated pages");
        Path file = tmp.resolve("pages-pt-BR/basics.md");
        assertThat(run("import-pages", "--locale", "pt-BR", "--from", file.toString())).isEqualTo(2);
        assertThat(err).contains("basics.md: not a folder");
        Files.createDirectories(tmp.resolve("empty"));
        assertThat(run("import-pages", "--locale", "pt-BR", "--from", tmp.resolve("empty").toString())).isZero();
        assertThat(out).contains("pt-BR: no page imported: " + tmp.resolve("empty") + " has none of the 2 source pages");
    }

    @Test
    void formatsAndPercentagesACommandCannotUseAreUsageErrors() {
        for (String format : new String[] {"xml", "html", "sarif"}) {
            assertThat(run("status", "--format", format)).isEqualTo(2);
            assertThat(err).contains("Invalid value for option '--format': '" + format + "'; status writes text or json");
            assertThat(out).isEmpty();
        }
        for (String p : new String[] {"NaN", "-1", "100.5", "Infinity", "half"}) {
            assertThat(run("status", "--min-coverage", p)).as(p).isEqualTo(2);
            assertThat(err).contains("Invalid value for option '--min-coverage': '" + p + "'; use a percentage from 0 to 100");
        }
        for (String p : new String[] {"150", "-5", "NaN"}) {
            assertThat(run("build", "--min-page-coverage", p)).as(p).isEqualTo(2);
            assertThat(err).contains("Invalid value for option '--min-page-coverage': '" + p + "'");
        }
        assertThat(project.resolve("target/site")).doesNotExist();
        assertThat(run("status", "--min-coverage", "0", "--format", "json")).as(err).isZero();
        assertThat(run("build", "--min-page-coverage", "100")).as(err).isZero();
    }

    @Test
    void statusReportsCoverageAndFailsBelowTheMinimum() {
        importTranslations();
        assertThat(run("status", "--format", "json")).isZero();
        assertThat(out).contains("\"pt-BR\"").contains("\"coverage\" : 100.0");
        assertThat(run("status", "--min-coverage", "50")).isZero();
        assertThat(run("pseudo", "--locale", "en-XA")).isZero();
        assertThat(run("status", "--locale", "ar-XB", "--min-coverage", "50")).isEqualTo(1);
    }
}
