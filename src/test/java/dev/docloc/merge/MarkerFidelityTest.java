package dev.docloc.merge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.segment.TextUnit;
import dev.docloc.testutil.Html;
import dev.docloc.testutil.Pipeline;
import dev.docloc.testutil.SpecExamples;
import dev.docloc.testutil.SpecExamples.Example;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * GitHub alerts, MkDocs admonitions and content tabs, and heading attribute blocks, from the
 * examples of {@code markers/*.txt}: the marker and type stay out of every unit and the text
 * around them is offered; a translation that changes nothing gives back the page byte for byte;
 * pseudo-translated pages keep the element tree; re-extracting them gives the same units.
 */
@Timeout(10)
class MarkerFidelityTest {
    /**
     * Examples whose unchanged translation differs from the source because of a known defect
     * elsewhere in the merge; the test fails as soon as such an example passes, so that the entry
     * is removed.
     */
    static final Map<String, String> KNOWN_FAILURES = Map.of();

    static List<Example> examples() {
        return Stream.of("/markers/alerts-and-admonitions.txt", "/markers/heading-attributes.txt",
                        "/markers/content-tabs.txt")
                .flatMap(file -> SpecExamples.read(file).stream()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void markersStayAndTheTextAroundThemIsOffered(Example ex) {
        assertThat(units(ex.markdown())).as(ex.markdown()).isEqualTo(ex.expected());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void aTranslationThatChangesNothingGivesBackThePage(Example ex) {
        String unchanged = Pipeline.unchanged(ex.markdown());
        String known = KNOWN_FAILURES.get(ex.toString());
        if (known != null) {
            assertThat(unchanged).as("example %d now passes: remove it from KNOWN_FAILURES (%s)", ex.number(), known)
                    .isNotEqualTo(ex.markdown());
        } else {
            assertThat(unchanged).as(ex.markdown()).isEqualTo(ex.markdown());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void pseudoTranslatedPageKeepsTheElementTree(Example ex) {
        PseudoFidelity.keepsTheElementTree(ex.markdown());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void reExtractingAPseudoTranslatedPageGivesTheSameUnits(Example ex) {
        PseudoFidelity.extractsTheSameUnitsAgain(ex.markdown());
    }

    /** A Hugo heading id that came back as {@code {\#install-qemu}} broke the heading's anchor. */
    @Test
    void aTranslatedHeadingKeepsItsAttributeBlockByteForByte() {
        String md = "## Install QEMU {#install-qemu .wide}\n\nSetext {#setext}\n---\n";
        String merged = Pipeline.pseudo(md, "en-XA").text();
        assertThat(merged).as(merged).contains("] {#install-qemu .wide}\n").contains("] {#setext}\n---\n")
                .doesNotContain("\\#");
    }

    /**
     * A translated paragraph that starts like an admonition's marker line stays text: unescaped, it
     * became a box in the page, at the top level, in a list item, a tab or another box.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Intro.\n", "- Item.\n", "!!! note\n    Body.\n",
            "=== \"`linux`\"\n    Body.\n"})
    void aTranslationThatReadsLikeAnAdmonitionMarkerStaysText(String page) {
        for (String target : List.of("!!! danger \"Injected\"", "??? tip", "???+ warning \"Open\"")) {
            String merged = Targets.merge(page, target, "pt-BR").text();
            assertThat(Html.structure(merged)).as(merged).isEqualTo(Html.structure(page));
            assertThat(Pipeline.units(merged)).as(merged).hasSize(Pipeline.units(page).size());
        }
    }

    /** A title translated with a separator that ends no line keeps its box. */
    @Test
    void aTitleTranslatedWithALineSeparatorKeepsItsBox() {
        for (String page : List.of("!!! note \"Title\"\n    `x`\n", "=== \"Title\"\n    `x`\n")) {
            for (String c : List.of("\u2028", "\u2029", "\u0085")) {
                String merged = Targets.merge(page, "A" + c + "B", "pt-BR").text();
                assertThat(Html.structure(merged)).as(merged).isEqualTo(Html.structure(page));
            }
        }
    }

    /** One line per unit: its kind and the source it covers. */
    private static String units(String markdown) {
        StringBuilder sb = new StringBuilder();
        for (TextUnit u : Pipeline.units(markdown)) {
            sb.append(u.kind().id()).append(": ")
                    .append(markdown, u.region().start(), u.region().end()).append('\n');
        }
        return sb.toString();
    }
}
