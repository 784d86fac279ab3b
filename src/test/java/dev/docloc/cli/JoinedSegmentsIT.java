package dev.docloc.cli;

import static dev.docloc.testutil.XliffEdits.translate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.testutil.ProjectFixture;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A translator joins two segments in a CAT tool, as XLIFF 2 allows: the first keeps its id and
 * the source and target of both, the second leaves the unit; or splits one, the second piece under
 * an id of the tool's. Every command reads the page through the join or split; a stored source that is neither the segment's nor a join of its neighbours (the file
 * edited by hand) is not published as the segment's translation, and extract keeps it in the memory.
 */
class JoinedSegmentsIT {
    private static final String FIRST = "KVM runs each virtual CPU as a thread of the QEMU process.";
    private static final String SECOND = "The host scheduler runs those threads like any other.";
    private static final String FIRST_PT = "O KVM executa cada CPU virtual como uma thread do processo QEMU.";
    private static final String SECOND_PT = "O escalonador do host executa essas threads como qualquer outra.";
    private static final String JOINED_PT = "O KVM executa cada CPU virtual como uma thread do processo QEMU, "
            + "e o escalonador do host as executa como qualquer outra.";
    private static final String PAGE = "source-docs/vcpu.md";
    private static final String FILE = "translations/pt-BR/vcpu.xlf";

    @TempDir
    Path tmp;
    ProjectFixture p;

    @BeforeEach
    void translatedPage() {
        p = ProjectFixture.e2e(tmp);
        // one paragraph of two sentences on two lines: the whitespace between them is a line break
        p.write(PAGE, "# vCPUs\n\n" + FIRST + "\n" + SECOND + "\n");
        p.ok("extract", "--locale", "pt-BR");
        String xml = p.read(FILE);
        xml = translate(xml, FIRST, FIRST_PT);
        xml = translate(xml, SECOND, SECOND_PT);
        p.write(FILE, xml);
    }

    @Test
    void aJoinIsPublishedCheckedCountedExportedAndKept() {
        p.write(FILE, join(p.read(FILE), JOINED_PT));

        p.ok("build", "--locale", "pt-BR");
        String md = published();
        assertThat(md).contains("O KVM executa cada CPU virtual").contains("as executa como qualquer outra.")
                .doesNotContain("The host scheduler").doesNotContain(SECOND_PT);
        assertThat(md.split("O KVM executa", -1)).hasSize(2);

        // the heading (one word, untranslated) and the joined sentences (21 words, translated)
        p.ok("status", "--locale", "pt-BR", "--format", "json");
        assertThat(p.out).containsPattern("\"page\" : \"vcpu.md\",\\s*\"segments\" : 2,[^}]*\"translatedWords\" : 21,");
        Matcher total = Pattern.compile("\"locales\" : \\{\\s*\"pt-BR\" : \\{\\s*\"segments\" : (\\d+)").matcher(p.out);
        assertThat(total.find()).isTrue();
        // check reads the page as status does: one segment for the two sentences
        p.ok("check", "--locale", "pt-BR", "--format", "json", "--fail-on", "never");
        assertThat(p.out).containsPattern("\"summary\" : \\{[^}]*\"segments\" : " + total.group(1) + ",");

        p.ok("po", "export", "--locale", "pt-BR", "--output", tmp.resolve("po").toString());
        assertThat(p.read(tmp.resolve("po/vcpu.po").toString())).contains("process. The host scheduler");

        p.ok("extract", "--locale", "pt-BR");
        String xml = p.read(FILE);
        assertThat(xml).contains("process. The host scheduler runs").contains(JOINED_PT)
                .doesNotContain("<source>" + SECOND + "</source>");
        assertThat(segment(xml, JOINED_PT)).contains("state=\"reviewed\"");
        p.ok("extract", "--locale", "pt-BR");
        assertThat(p.out).contains("0 files written");
    }

    @Test
    void pagesImportedOverAJoinAreAlignedWithTheJoinedSegment() {
        p.write(FILE, join(p.read(FILE), JOINED_PT));
        p.write("imported/vcpu.md", "# vCPUs\n\n" + FIRST_PT + "\n" + SECOND_PT + "\n");

        p.ok("import-pages", "--locale", "pt-BR", "--from", p.file("imported").toString(), "--force");
        p.ok("build", "--locale", "pt-BR");
        // the joined segment gets both sentences, not the first one alone
        assertThat(published()).contains(FIRST_PT + " " + SECOND_PT).doesNotContain("The host scheduler");
    }

    @Test
    void aJoinWhoseSecondSentenceChangedIsOfferedToTheFirst() {
        p.write(FILE, join(p.read(FILE), JOINED_PT));
        p.write(PAGE, p.read(PAGE).replace(SECOND, "The host scheduler runs those threads like any other thread."));
        p.ok("extract", "--locale", "pt-BR");
        String xml = p.read(FILE);
        assertThat(xml).containsPattern("origin=\"previous-version\">\\s*<source>" + Pattern.quote(FIRST + " " + SECOND)
                + "</source>\\s*<target>" + Pattern.quote(JOINED_PT) + "</target>");
        // no translation: the match's mark around the source, then the segment's end
        assertThat(xml).containsPattern(Pattern.quote(FIRST) + "(</mrk>)?</source>\\s*</segment>");
    }

    @Test
    void aSplitIsPublishedAndKept() {
        String one = "Each virtual CPU is a thread of the QEMU process, so the host scheduler runs it like any other thread.";
        p.write(PAGE, "# vCPUs\n\n" + one + "\n");
        p.ok("extract", "--locale", "pt-BR");
        Matcher m = Pattern.compile("(<segment id=\"[^\"]+\")[^>]*>\\s*<source>" + Pattern.quote(one)
                + "</source>\\s*</segment>").matcher(p.read(FILE));
        assertThat(m.find()).isTrue();
        String xml = p.read(FILE);
        p.write(FILE, xml.substring(0, m.start()) + m.group(1) + " state=\"translated\">\n    <source>Each virtual CPU is a "
                + "thread of the QEMU process,</source>\n    <target>Cada CPU virtual é uma thread do processo QEMU;</target>\n"
                + "   </segment>\n   <ignorable><source> </source></ignorable>\n   <segment id=\"split-1\" state=\"translated\">\n"
                + "    <source>so the host scheduler runs it like any other thread.</source>\n    <target>por isso o escalonador "
                + "do host a executa como qualquer outra.</target>\n   </segment>" + xml.substring(m.end()));

        p.ok("build", "--locale", "pt-BR");
        assertThat(published()).contains("Cada CPU virtual é uma thread do processo QEMU; por isso o escalonador do host a "
                + "executa como qualquer outra.").doesNotContain("Each virtual CPU");
        p.ok("extract", "--locale", "pt-BR");
        assertThat(p.read(FILE)).contains("<segment id=\"split-1\" state=\"translated\">")
                .contains("<source>so the host scheduler runs it like any other thread.</source>");
        p.ok("extract", "--locale", "pt-BR");
        assertThat(p.out).contains("0 files written");
    }

    @Test
    void aStoredSourceThatIsNotTheSegmentsIsNotPublishedAndNotLost() {
        String stale = "O KVM executa cada CPU virtual como uma thread.";
        p.write(FILE, translate(p.read(FILE).replace("<source>" + FIRST + "</source>",
                "<source>KVM runs each virtual CPU as a thread.</source>"), "KVM runs each virtual CPU as a thread.", stale));

        p.ok("build", "--locale", "pt-BR");
        assertThat(published()).contains(FIRST).contains(SECOND_PT).doesNotContain(stale);

        p.ok("extract", "--locale", "pt-BR");
        assertThat(p.read("translations/pt-BR/memory.tmx")).contains(stale);
        assertThat(segment(p.read(FILE), FIRST)).doesNotContain(stale);
    }

    @Test
    void aStoredSourceThatIsNotTheSegmentsIsNotExportedAsItsTranslation() {
        String stale = "O KVM executa cada CPU virtual como uma thread.";
        p.write(FILE, translate(p.read(FILE).replace("<source>" + FIRST + "</source>",
                "<source>KVM runs each virtual CPU as a thread.</source>"), "KVM runs each virtual CPU as a thread.", stale));

        p.ok("tm", "export", "--locale", "pt-BR", "--output", tmp.resolve("out.tmx").toString());
        String tmx = p.read(tmp.resolve("out.tmx").toString());
        assertThat(tmx.substring(tmx.lastIndexOf("<tu>", tmx.indexOf(stale)), tmx.indexOf(stale)))
                .contains("KVM runs each virtual CPU as a thread.").doesNotContain(FIRST);

        // exported and imported unchanged, as a translator who did not touch the entry returns it
        p.ok("po", "export", "--locale", "pt-BR", "--output", tmp.resolve("po").toString());
        assertThat(p.read(tmp.resolve("po/vcpu.po").toString())).doesNotContain(stale);
        p.ok("po", "import", "--locale", "pt-BR", "--from", tmp.resolve("po").toString());
        p.ok("build", "--locale", "pt-BR");
        assertThat(published()).contains(FIRST).doesNotContain(stale);
    }

    /** The published Markdown with each line break read as a space (translated text is wrapped anew). */
    private String published() {
        return p.read("target/site/pt-BR/vcpu.md").replace('\n', ' ');
    }

    /** The segment element that holds {@code text}. */
    private static String segment(String xml, String text) {
        int at = xml.indexOf(text);
        assertThat(at).as("%s in the file", text).isNotNegative();
        return xml.substring(xml.lastIndexOf("<segment", at), xml.indexOf("</segment>", at));
    }

    /** Gives the segment whose source is {@code source} the target {@code target}, as a reviewer would. */

    /** The two segments joined as a CAT tool joins them: one segment, the first's id, a space between. */
    private static String join(String xml, String target) {
        Matcher m = Pattern.compile("(<segment id=\"[^\"]+\" state=\"reviewed\">)\\s*<source>" + Pattern.quote(FIRST)
                + "</source>.*?<source>" + Pattern.quote(SECOND) + "</source>\\s*<target>[^<]*</target>\\s*</segment>",
                Pattern.DOTALL).matcher(xml);
        assertThat(m.find()).as("the two segments in one unit").isTrue();
        return xml.substring(0, m.start()) + m.group(1) + "\n    <source>" + FIRST + " " + SECOND + "</source>\n    <target>"
                + target + "</target>\n   </segment>" + xml.substring(m.end());
    }
}
