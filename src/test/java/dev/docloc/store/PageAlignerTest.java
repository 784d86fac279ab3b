package dev.docloc.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.Project;
import dev.docloc.parse.PageParser;
import dev.docloc.segment.Extractor;
import dev.docloc.segment.Parts;
import dev.docloc.segment.Segment;
import dev.docloc.segment.SentenceSplitter;
import dev.docloc.segment.TextUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageAlignerTest {
    private static final Extractor EN = Extractor.create("en", Project.FRONT_MATTER_KEYS);
    private static final Extractor PT = Extractor.create((SentenceSplitter) null, Project.FRONT_MATTER_KEYS);
    private static final SentenceSplitter SPLITTER = SentenceSplitter.forLanguage("pt-BR");

    private record Run(List<TextUnit> source, AlignmentReport report) {
        /** Source sentence → target with codes as Markdown, in source order. */
        Map<String, String> pairs() {
            Map<String, String> out = new LinkedHashMap<>();
            for (TextUnit u : source) {
                for (Segment s : u.segments()) {
                    var t = report.targets().get(s.id());
                    out.put(Parts.plainText(s.source()), t == null ? null : markdown(t));
                }
            }
            return out;
        }
    }

    private static String markdown(List<dev.docloc.segment.Part> parts) {
        StringBuilder sb = new StringBuilder();
        parts.forEach(p -> sb.append(p instanceof dev.docloc.segment.Code c ? c.data() : ((dev.docloc.segment.Text) p).text()));
        return sb.toString();
    }

    private static Run align(String en, String pt) {
        List<TextUnit> s = EN.extract(PageParser.parse("a.md", en));
        return new Run(s, PageAligner.align(s, en, PT.extract(PageParser.parse("a.md", pt)), pt, SPLITTER));
    }

    @Test
    void pairsSentencesOfMatchingParagraphs() {
        Run r = align("# Install\n\nRun the installer. Then reboot.\n",
                "# Instalação\n\nExecute o instalador. Depois reinicie.\n");
        assertThat(r.pairs()).containsExactly(Map.entry("Install", "Instalação"),
                Map.entry("Run the installer.", "Execute o instalador."), Map.entry("Then reboot.", "Depois reinicie."));
        assertThat(r.report().alignedUnits()).isEqualTo(2);
        assertThat(r.report().unaligned()).isEmpty();
    }

    @Test
    void aParagraphAddedToTheSourceIsReportedAndTheOthersStillAlign() {
        Run r = align("First paragraph about `kvm`.\n\nA new paragraph added later.\n\nThird one with 42 disks.\n",
                "Primeiro parágrafo sobre `kvm`.\n\nTerceiro com 42 discos.\n");
        assertThat(r.pairs()).containsEntry("First paragraph about .", "Primeiro parágrafo sobre `kvm`.")
                .containsEntry("Third one with 42 disks.", "Terceiro com 42 discos.")
                .containsEntry("A new paragraph added later.", null);
        assertThat(r.report().unaligned()).singleElement().satisfies(u -> {
            assertThat(u.sourceSide()).isTrue();
            assertThat(u.reason()).isEqualTo(AlignmentReport.Reason.NO_COUNTERPART);
        });
    }

    @Test
    void inlineCodeAndNumbersAnchorUnitsSoSwappedParagraphsDoNotCross() {
        Run r = align("Use `virsh list` to list guests.\n\nSet 4 vCPUs.\n",
                "Defina 4 vCPUs.\n\nUse `virsh list` para listar os convidados.\n");
        assertThat(r.pairs()).as("each paragraph gets its own translation or none, never the other's")
                .containsAnyOf(Map.entry("Use  to list guests.", "Use `virsh list` para listar os convidados."),
                        Map.entry("Set 4 vCPUs.", "Defina 4 vCPUs."));
        assertThat(r.pairs().get("Use  to list guests.")).isNotEqualTo("Defina 4 vCPUs.");
        assertThat(r.pairs().get("Set 4 vCPUs.")).isNotEqualTo("Use `virsh list` para listar os convidados.");
    }

    @Test
    void aSourceEmphasisMissingInTheTranslationIsReportedNotDropped() {
        Run r = align("Never *ever* do this.\n", "Nunca faça isso.\n");
        assertThat(r.pairs()).containsEntry("Never ever do this.", null);
        assertThat(r.report().unaligned()).extracting(AlignmentReport.Unaligned::reason)
                .containsOnly(AlignmentReport.Reason.CODE_MISMATCH);
    }

    @Test
    void emphasisAddedByTheTranslatorIsDroppedLosslessly() {
        Run r = align("Run it on bare metal machines.\n", "Execute em máquinas *bare metal*.\n");
        assertThat(r.pairs()).containsEntry("Run it on bare metal machines.", "Execute em máquinas bare metal.");
    }

    @Test
    void targetCodesBecomeTheSourceCodesMatchedByDestination() {
        Run r = align("See [the guide](/docs/guide/) and [the FAQ](/docs/faq/#top).\n",
                "Veja [o FAQ](/docs/faq/#inicio) e [o guia](/docs/guide/).\n");
        assertThat(r.pairs()).containsEntry("See the guide and the FAQ.",
                "Veja [o FAQ](/docs/faq/#top) e [o guia](/docs/guide/).");
    }

    @Test
    void aTranslationSplitInTwoSentencesIsJoinedAndFewerSentencesAreReported() {
        Run joined = align("This is a long sentence, and it goes on and on for quite a while. Short one.\n",
                "Esta é uma frase longa. Ela continua por bastante tempo. Curta.\n");
        assertThat(joined.pairs()).containsEntry("This is a long sentence, and it goes on and on for quite a while.",
                "Esta é uma frase longa. Ela continua por bastante tempo.").containsEntry("Short one.", "Curta.");
        Run fewer = align("One thing. Another thing.\n", "Uma coisa e outra coisa.\n");
        assertThat(fewer.pairs().values()).containsOnlyNulls();
        assertThat(fewer.report().unaligned()).extracting(AlignmentReport.Unaligned::reason)
                .containsOnly(AlignmentReport.Reason.SENTENCE_COUNT_MISMATCH);
    }

    @Test
    void aHeadingIdAddedByTheTranslatorAnchorsTheHeadingAndIsNotImported() {
        Run r = align("## What next?\n\nRead on.\n", "## Próximos passos {#what-next}\n\nContinue lendo.\n");
        assertThat(r.pairs()).containsEntry("What next?", "Próximos passos");
    }

    /** The id stays in the page, out of the unit: merging keeps it whatever the translation. */
    @Test
    void theSourcesHeadingIdIsNotPartOfTheImportedHeading() {
        Run r = align("## Creating an issue {#creating-an-issue}\n\nText.\n", "## Abrindo uma issue\n\nTexto.\n");
        assertThat(r.pairs()).containsEntry("Creating an issue", "Abrindo uma issue");
    }

    @Test
    void headingIdsOutsideTheUnitsStillPairTheHeadingsThatShareThem() {
        Run r = align("## Setup {#setup}\n\n## Field reference guide {#field}\n", "## Campos {#field}\n");
        assertThat(r.pairs()).containsEntry("Setup", null).containsEntry("Field reference guide", "Campos");
    }

    @Test
    void aHeadingIdForAnotherHeadingCountsAgainstThePair() {
        Run r = align("## Client-side app\n\n## Field\n", "## Campo {#field}\n");
        assertThat(r.pairs()).containsEntry("Client-side app", null).containsEntry("Field", "Campo");
    }

    @Test
    void paragraphsWithDifferentShortcodesNeverPair() {
        Run r = align("{{% alert title=\"Note\" %}}\n\nText.\n\n{{% /alert %}}\n",
                "{{% alert title=\"Nota\" %}}\n\nTexto.\n\n{{% /alert %}}\n\n{{% extra %}}\n");
        assertThat(r.pairs()).containsEntry("{{% alert title=\"Note\" %}}", "{{% alert title=\"Nota\" %}}")
                .containsEntry("{{% /alert %}}", "{{% /alert %}}");
        assertThat(r.report().unaligned()).singleElement().satisfies(u -> assertThat(u.sourceSide()).isFalse());
    }

    @Test
    void frontMatterValuesPairByKey() {
        Run r = align("---\ntitle: Traces\ndescription: The path of a request.\n---\n\nText.\n",
                "---\ntitle: Rastros\ndefault_lang_commit: abc\n---\n\nTexto.\n");
        assertThat(r.pairs()).containsEntry("Traces", "Rastros").containsEntry("The path of a request.", null);
    }
}
