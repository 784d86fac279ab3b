package dev.docloc.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docloc.DoclocException;
import dev.docloc.report.Issue;
import dev.docloc.report.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code docloc-baseline.yml}: accepted findings, and errors that say where and what to write. */
class BaselineTest {
    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("docloc-baseline.yml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void anEntrySuppressesTheFindingItNames() throws IOException {
        Baseline baseline = Baseline.load(write("""
                - locale: de
                  page: guides/storage.md
                  segment: s1a2b3c4d5e
                  rule: term-missing
                  term: network
                  reason: implied by the compound
                """));
        Issue found = new Issue(Severity.WARNING, "term-missing", "de", "guides/storage.md", "", 3, 0, "s1a2b3c4d5e",
                "", "", "Network", "", "", "");
        assertThat(baseline.apply(found).suppressed()).isEqualTo("implied by the compound");
        Issue other = new Issue(Severity.WARNING, "term-missing", "de", "guides/storage.md", "", 3, 0, "s1a2b3c4d5e",
                "", "", "storage", "", "", "");
        assertThat(baseline.apply(other).isSuppressed()).isFalse();
    }

    @Test
    void aMissingOrEmptyFileAcceptsNothing() throws IOException {
        assertThat(Baseline.load(dir.resolve("none.yml")).entries()).isEmpty();
        assertThat(Baseline.load(write("# nothing accepted yet\n")).entries()).isEmpty();
    }

    @Test
    void invalidUtf8IsNamedWithItsLineAndColumn() throws IOException {
        Path file = dir.resolve("docloc-baseline.yml");
        Files.write(file, "- locale: de\n  reason: ok \u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> Baseline.load(file)).isInstanceOfSatisfying(DoclocException.class, e -> {
            assertThat(e.getMessage()).startsWith(file + ":2:14: invalid UTF-8 (byte 0xE9");
            assertThat(e.line()).isEqualTo(2);
        });
    }

    /** Each problem is reported at its line and column (the '|' of a row stands for a line break). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "an unclosed list          ; - locale: de|  rule: [x|                       ; 3:1 ; invalid YAML: while parsing a flow sequence: expected ',' or ']'",
        "a tab for indentation     ; - locale: de|\trule: x|                        ; 2:1 ; invalid YAML: ",
        "a mapping for the list    ; locale: de|rule: x|                            ; 1:1 ; a baseline is a list of accepted findings, not a mapping",
        "an entry that is a number ; - locale: de|  segment: s1|  rule: r|  reason: ok|- 5| ; 5:3 ; entry 2 is a single value, not a mapping",
        "an unknown key            ; - locale: de|  segment: s1|  rule: r|  colour: red|  ; 4:3 ; entry 1: unknown key 'colour'",
        "a required key missing    ; - locale: de|  segment: s1|  rule: r|  reason: ok|- locale: de|  rule: r|  reason: ok| ; 5:3 ; entry 2 has no segment",
        "a list for a value        ; - locale: [de]|  segment: s1|  rule: r|  reason: ok| ; 1:11 ; entry 1: locale is a list",
        "a key given twice         ; - locale: de|  segment: s1|  rule: r|  reason: ok|  locale: fr| ; 5:3 ; entry 1 has the key 'locale' twice: keep one",
        "a control character       ; - locale: de|  segment: s\u00071|  rule: r|  reason: ok| ; 2:13 ; invalid YAML: character U+0007 is not allowed",
        "a second document         ; - locale: de|  segment: s1|  rule: r|  reason: ok|---|- rule: x| ; 6:1 ; a second YAML document",
    })
    void errorsNameTheLineAndColumnAndWhatToDo(String problem, String yaml, String position, String message)
            throws IOException {
        Path file = write(yaml.replace('|', '\n'));
        String[] lineColumn = position.split(":");
        assertThatThrownBy(() -> Baseline.load(file)).as(problem).isInstanceOfSatisfying(DoclocException.class, e -> {
            assertThat(e.getMessage()).startsWith(file + ":" + position + ": " + message).doesNotContain("\n");
            assertThat(e.line()).isEqualTo(Integer.parseInt(lineColumn[0]));
            assertThat(e.column()).isEqualTo(Integer.parseInt(lineColumn[1]));
        });
    }
}
