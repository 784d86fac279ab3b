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
