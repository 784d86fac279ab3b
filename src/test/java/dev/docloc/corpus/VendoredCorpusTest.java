package dev.docloc.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.parse.PageParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The round trip on the real pages vendored under {@code src/test/resources/corpus/} (chosen so
 * that every construct of the shared corpora occurs at least once; see the README there):
 * untranslated pages come out byte for byte, pseudo-translated pages keep the element tree in
 * both pseudo-locales, and re-extracting a pseudo page gives the same units, segments and codes.
 */
@Timeout(20)
class VendoredCorpusTest {
    /**
     * Pages that fail a check because of a known defect, with the check, the reason and the
     * reproduction in the corpus failure notes (R1 to R4; see the README of the vendored corpus). The test fails when such a page starts
     * passing, so that the entry is removed as soon as the defect is fixed.
     */
    static final Map<String, String> KNOWN_FAILURES = Map.of();

    static Stream<String> pages() {
        Path root = root();
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".md")).map(root::relativize)
                    .filter(rel -> rel.getNameCount() > 1 && !rel.getFileName().toString().startsWith("_"))
                    .map(rel -> rel.toString().replace('\\', '/')).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everySetIsVendoredWithItsLicenses() {
        for (String set : new String[] {"firecracker", "cloud-hypervisor", "kata-containers", "kubevirt-user-guide"}) {
            assertThat(root().resolve(set).resolve("_SOURCE.txt")).isRegularFile();
            assertThat(root().resolve(set).resolve("_LICENSES")).isDirectoryContaining(Files::isRegularFile);
        }
        assertThat(root().resolve("bilingual/_LICENSES")).isDirectoryContaining(Files::isRegularFile);
        assertThat(pages()).anyMatch(p -> p.startsWith("bilingual/pt-br/")).doesNotContain("README.md").hasSize(11);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void untranslatedPageIsByteIdentical(String page) {
        expect(page, "identity", Fidelity::identity);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pseudoTranslatedPageKeepsTheElementTree(String page) {
        expect(page, "structure", Fidelity::structure);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void reExtractingAPseudoTranslatedPageGivesTheSameUnits(String page) {
        expect(page, "shape", Fidelity::shape);
    }

    /** Runs one check; a known failure of that check must still fail, everything else must pass. */
    private static void expect(String page, String check, UnaryOperator<String> fidelity) {
        String difference = fidelity.apply(read(page));
        String known = KNOWN_FAILURES.get(page);
        if (known != null && known.startsWith(check + ":")) {
            assertThat(difference).as("%s now passes %s: remove it from KNOWN_FAILURES (%s)", page, check, known)
                    .isNotNull();
        } else {
            assertThat(difference).as("%s %s", page, check).isNull();
        }
    }

    private static String read(String page) {
        Path file = root().resolve(page);
        try {
            return PageParser.decode(Files.readAllBytes(file), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path root() {
        try {
            return Path.of(VendoredCorpusTest.class.getResource("/corpus").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
