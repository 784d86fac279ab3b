package dev.docloc.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.Project;
import dev.docloc.parse.PageParser;
import dev.docloc.segment.Code;
import dev.docloc.segment.Extractor;
import dev.docloc.segment.Part;
import dev.docloc.segment.Parts;
import dev.docloc.segment.Segment;
import dev.docloc.segment.SentenceSplitter;
import dev.docloc.segment.Text;
import dev.docloc.segment.TextUnit;
import dev.docloc.store.AlignmentReport;
import dev.docloc.store.AlignmentReport.Reason;
import dev.docloc.store.PageAligner;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Alignments of real page pairs (see src/test/resources/adoption/README.md). */
class AdoptionPairsTest {
    private static final Extractor EN = Extractor.create("en", Project.FRONT_MATTER_KEYS);
    private static final Extractor PT = Extractor.create((SentenceSplitter) null, Project.FRONT_MATTER_KEYS);

    private record Aligned(List<TextUnit> source, AlignmentReport report) {
        /** Source sentence (plain text) → target as Markdown, null when unaligned. */
        Map<String, String> pairs() {
            Map<String, String> out = new LinkedHashMap<>();
            for (TextUnit u : source) {
                for (Segment s : u.segments()) {
                    List<Part> t = report.targets().get(s.id());
                    out.put(flat(Parts.plainText(s.source())), t == null ? null : flat(markdown(t)));
                }
            }
            return out;
        }

        List<AlignmentReport.Unaligned> unaligned(boolean sourceSide, Reason reason) {
            return report.unaligned().stream().filter(u -> u.sourceSide() == sourceSide && u.reason() == reason).toList();
        }
    }

    private static String markdown(List<Part> parts) {
        StringBuilder sb = new StringBuilder();
        parts.forEach(p -> sb.append(p instanceof Code c ? c.data() : ((Text) p).text()));
        return sb.toString();
    }

    private static String flat(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    private static Aligned align(String page) throws IOException, URISyntaxException {
        Path dir = Path.of(AdoptionPairsTest.class.getResource("/adoption").toURI());
        List<TextUnit> s = EN.extract(PageParser.parse(page, Files.readAllBytes(dir.resolve("en/" + page)), null));
        List<TextUnit> t = PT.extract(PageParser.parse(page, Files.readAllBytes(dir.resolve("pt-br/" + page)), null));
        return new Aligned(s, PageAligner.align(s, t, SentenceSplitter.forLanguage("pt-BR")));
    }

    @Test
    void glossaryPageAlignsSentenceBySentenceAndDropsOnlyTheTranslatorsEmphasis() throws Exception {
        Aligned a = align("cncf-glossary/virtual-machine.md");
        assertThat(a.pairs())
                .containsEntry("Virtual Machine", "Máquina Virtual")
                .containsEntry("Not bound to a particular physical machine, VMs are also more resilient than physical machines.",
                        "Não vinculadas a uma determinada máquina física, as VMs também são mais resilientes do que as máquinas físicas.")
                .containsEntry("VMs rely on virtualization to carve a single physical computer into multiple virtual computers.",
                        /* the link keeps the source destination; the translation had /pt-br/virtualization/ */
                        "As VMs dependem da [virtualização](/virtualization/) para transformar um único computador físico em vários computadores virtuais.");
        assertThat(a.pairs().get("By removing the direct relationship between an operating system and a single physical "
                + "machine, you solve several problems of bare metal machines: provisioning time, hardware utilization, and resiliency."))
                .as("the *bare metal* emphasis the source lacks is dropped, its text kept")
                .contains("máquinas bare metal: tempo de provisionamento").doesNotContain("*");
        assertThat(a.unaligned(true, Reason.NO_COUNTERPART)).extracting(AlignmentReport.Unaligned::text)
                .containsExactly("{{% sign-language-section Fq-kda8kIHg %}}");
    }

    @Test
    void driftedGlossaryPageReportsTheRewrittenParagraphs() throws Exception {
        Aligned a = align("cncf-glossary/serverless.md");
        assertThat(a.pairs()).containsEntry("Problem it addresses", "Problema relacionado")
                .containsEntry("How it helps", "Como isso ajuda")
                .containsEntry("Refer to the Function-as-a-Service (FaaS) glossary entry for more information.", null);
        assertThat(a.unaligned(true, Reason.SENTENCE_COUNT_MISMATCH)).as("rewritten paragraphs: the old translation "
                + "has sentences the source lacks, which are never joined into a source sentence")
                .extracting(AlignmentReport.Unaligned::text).hasSize(3)
                .anySatisfy(t -> assertThat(t).startsWith("Serverless Computing abstracts"))
                .anySatisfy(t -> assertThat(t).startsWith("Serverless architecture introduces"));
        assertThat(a.pairs()).containsEntry("Responsibility for adjusting server capacity to meet fluctuating demands falls "
                + "on the user, maintaining active infrastructure even during idle periods.", null);
        assertThat(a.unaligned(true, Reason.NO_COUNTERPART)).hasSize(3);
        assertThat(a.report().alignedUnits()).isEqualTo(2);
    }

    @Test
    void headingIdsAddedByTheTranslatorAnchorHeadingsAndAreLeftOut() throws Exception {
        Aligned a = align("opentelemetry.io/docs/zero-code/java/agent/api.md");
        assertThat(a.pairs()).containsEntry("Span", "Trecho").containsEntry("Meter", "Medidor")
                .containsEntry("The Java agent is a special case where is set by the agent.",
                        "O Java agent é um caso especial onde `GlobalOpenTelemetry` é definido pelo agente.");
        assertThat(a.unaligned(false, Reason.NO_COUNTERPART)).extracting(AlignmentReport.Unaligned::text)
                .containsExactly("{{% alert title=\"Note\" %}}", "{{% /alert %}}");
        assertThat(a.unaligned(true, Reason.CODE_MISMATCH)).as("[example repository][] is locked; the translation relabels it")
                .hasSize(2).allSatisfy(u -> assertThat(u.text()).startsWith("A full example can be found in the"));
    }

    @Test
    void driftedPageAlignsWhatCorrespondsAndReportsTheRest() throws Exception {
        Aligned a = align("opentelemetry.io/docs/what-is-opentelemetry.md");
        assertThat(a.pairs()).containsEntry("You own the data that you generate.", "Você tem controle total sobre os dados que gera.")
                .containsEntry("Why OpenTelemetry?", "Por que OpenTelemetry?")
                .containsEntry("An framework and toolkit designed to facilitate the", null);
        assertThat(a.report().alignedUnits()).isBetween(40, 52);
        assertThat(a.report().unalignedCount(true)).isPositive();
    }

    @Test
    void codeBlocksAreNeverAlignedToProse() throws Exception {
        Aligned a = align("opentelemetry.io/docs/concepts/signals/traces.md");
        assertThat(a.pairs()).containsEntry("That makes it a Trace!", "Isso o torna um rastro!")
                .containsEntry("Span Kind", "Tipo de Trecho")
                .containsEntry("Each span has a status.", "Cada trecho tem um estado.");
        assertThat(a.pairs().values()).filteredOn(v -> v != null)
                .noneMatch(v -> v.contains("```") || v.contains("\"trace_id\"") || v.contains("\"span_id\""));
        assertThat(a.report().alignedUnits()).isGreaterThan(80);
    }
}
