package dev.docloc.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every translations file of the bundled content is valid XLIFF 2: read by Okapi's reader in
 * maximal validation mode with the XLIFF 2 schemas (core, matches, glossary modules) included.
 */
class XliffValidationTest {
    static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.walk(Path.of("translations"))) {
            return s.filter(p -> p.toString().endsWith(".xlf")).sorted().toList();
        }
    }

    @org.junit.jupiter.api.Test
    void theValidationRejectsAnAttributeTheSchemaDoesNotAllow(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws IOException {
        String xml = Files.readString(files().get(0)).replaceFirst("<segment id=", "<segment bogus=\"1\" id=");
        Path bad = Files.writeString(tmp.resolve("bad.xlf"), xml);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> {
            try (XLIFFReader r = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL | XLIFFReader.VALIDATION_INCLUDE_SCHEMAS)) {
                r.open(bad.toFile());
                while (r.hasNext()) {
                    r.next();
                }
            }
        }).isInstanceOf(RuntimeException.class);
    }

    /**
     * An invalid file is reported at a line near the problem and on one line: a schema error at
     * the position the validator names, a constraint Okapi checks at the end of the unit.
     */
    @org.junit.jupiter.api.Test
    void anInvalidFileIsReportedWithALineNearTheProblem(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        String xml = Files.readString(files().get(0));
        java.util.regex.Matcher trg = java.util.regex.Pattern.compile("trgLang=\"([^\"]+)\"").matcher(xml);
        assertThat(trg.find()).isTrue();
        String locale = trg.group(1);
        int bogusLine = lineOf(xml, "<segment id=");
        assertProblem(tmp, xml.replaceFirst("<segment id=", "<segment bogus=\"1\" id="), locale, bogusLine, "bogus");

        // the second unit takes the first one's id
        java.util.regex.Matcher ids = java.util.regex.Pattern.compile("<unit id=\"([^\"]+)\"").matcher(xml);
        assertThat(ids.find()).isTrue();
        String first = ids.group(1);
        assertThat(ids.find()).isTrue();
        String duplicated = xml.substring(0, ids.start(1)) + first + xml.substring(ids.end(1));
        assertProblem(tmp, duplicated, locale, lineOf(xml, "<unit id=\"" + ids.group(1)), "Duplicated unit id");
    }

    private static void assertProblem(Path tmp, String xml, String locale, int near, String says) throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.xlf"), xml);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> XliffFile.read(bad, Files.readAllBytes(bad), locale))
                .isInstanceOfSatisfying(dev.docloc.DoclocException.class, e -> {
                    assertThat(e.line()).as(e.getMessage()).isBetween(near, near + 40);
                    assertThat(e.getMessage()).contains(says).doesNotContain("\n").doesNotContain("lineNumber");
                });
    }

    private static int lineOf(String text, String what) {
        return (int) text.substring(0, text.indexOf(what)).chars().filter(c -> c == '\n').count() + 1;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void bundledFileIsValidAgainstTheXliff2Schemas(Path file) {
        assertThatCode(() -> {
            try (XLIFFReader r = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL | XLIFFReader.VALIDATION_INCLUDE_SCHEMAS)) {
                r.open(file.toFile());
                int units = 0;
                while (r.hasNext()) {
                    units += r.next().isUnit() ? 1 : 0;
                }
                assertThat(units).isPositive();
            }
        }).doesNotThrowAnyException();
    }
}
