package dev.docloc;

import static dev.docloc.testutil.XliffEdits.translate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.testutil.ProjectFixture;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages without a front-matter title, as most real documentation has them, are titled with their
 * first level-1 heading in each locale: in {@code <title>} and in the index pages, where a title
 * still in the source language is marked as such; the next build follows a changed heading.
 */
class PageTitleIT {
    private static final String CODE = "<ph id=\"1\" type=\"other\" subType=\"docloc:code\" disp=\"`KVM`\" dataRef=\"d1\"/>";

    @TempDir
    Path tmp;
    ProjectFixture p;

    @BeforeEach
    void translateOneHeading() {
        p = new ProjectFixture(tmp.resolve("project"));
        p.write("glossary.yml", "sourceLocale: en\ntargetLocales: [de]\nterms: []\n");
        p.write("source-docs/kvm.md", "<img src=\"logo.png\" alt=\"\">\n\n# What is `KVM` {#kvm}\n\nKVM is fast.\n");
        p.write("source-docs/migration.md", "Live migration\n==============\n\nMove a guest.\n");
        p.write("source-docs/notes.md", "## Overview\n\nSome notes.\n");
        p.ok("extract");
        String xlf = p.read("translations/de/kvm.xlf");
        xlf = translate(xlf, "What is " + CODE, "Was ist " + CODE);
        p.write("translations/de/kvm.xlf", translate(xlf, "KVM is fast.", "KVM ist schnell."));
        p.write("translations/de/migration.xlf", translate(p.read("translations/de/migration.xlf"),
                "Move a guest.", "Einen Gast verschieben."));
    }

    @Test
    void aPageIsTitledWithItsFirstLevelOneHeadingInEachLocale() {
        p.ok("build");
        assertThat(html("en/kvm.html").title()).isEqualTo("What is KVM");
        assertThat(html("de/kvm.html").title()).isEqualTo("Was ist KVM");
        assertThat(html("de/migration.html").title()).isEqualTo("Live migration");
        assertThat(html("de/notes.html").title()).as("no level-1 heading: the key").isEqualTo("notes");
        assertThat(articles("en")).containsExactly("Live migration", "notes", "What is KVM");
        assertThat(articles("de")).containsExactly("Live migration", "notes", "Was ist KVM");
        assertThat(html("de/index.html").select("ul.articles a[lang=en]").eachText())
                .contains("Live migration").doesNotContain("Was ist KVM");
    }

    @Test
    void theNextBuildFollowsAChangedHeading() {
        p.ok("build");
        p.write("source-docs/migration.md", "Migrating guests\n================\n\nMove a guest.\n");
        p.write("translations/de/kvm.xlf", p.read("translations/de/kvm.xlf")
                .replace("<target>Was ist " + CODE, "<target>Über " + CODE));
        p.ok("extract");
        p.ok("build");
        assertThat(html("en/migration.html").title()).isEqualTo("Migrating guests");
        assertThat(html("de/kvm.html").title()).isEqualTo("Über KVM");
        assertThat(articles("en")).containsExactly("Migrating guests", "notes", "What is KVM");
        assertThat(articles("de")).containsExactly("Migrating guests", "notes", "Über KVM");
    }

    private Document html(String sitePath) {
        return Jsoup.parse(p.read("target/site/" + sitePath));
    }

    private java.util.List<String> articles(String locale) {
        return html(locale + "/index.html").select("ul.articles a").eachText();
    }
}
