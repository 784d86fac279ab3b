package dev.docloc.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docloc.DoclocException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reading and writing gettext PO text. */
class PoCatalogTest {
    private static final Path FILE = Path.of("basics.po");

    @Test
    void readsMultiLineStringsEscapesFlagsAndCommentsAndSkipsObsoleteEntries() {
        String po = """
                # header comment
                msgid ""
                msgstr ""
                "Language: pt-BR\\n"
                "Content-Type: text/plain; charset=UTF-8\\n"

                #. paragraph: Install
                #: source-docs/basics.md:7
                #, fuzzy, no-wrap
                msgctxt "s1"
                msgid "Say \\"hi\\"\\tand a \\\\ backslash"
                msgstr ""
                "Diga \\"oi\\"\\n"
                "e uma \\\\ barra\\101"

                #~ msgctxt "old"
                #~ msgid "Gone"
                #~ msgstr "Ido"
                msgctxt "s2"
                msgid "Two"
                msgstr "Dois"
                """.replace("\n", "\r\n");

        List<PoCatalog.Entry> entries = PoCatalog.parse(FILE, po);

        assertThat(entries).hasSize(3);
        assertThat(entries.get(0).header()).isTrue();
        assertThat(entries.get(0).msgstr()).isEqualTo("Language: pt-BR\nContent-Type: text/plain; charset=UTF-8\n");
        PoCatalog.Entry e = entries.get(1);
        assertThat(e.msgctxt()).isEqualTo("s1");
        assertThat(e.msgid()).isEqualTo("Say \"hi\"\tand a \\ backslash");
        assertThat(e.msgstr()).isEqualTo("Diga \"oi\"\ne uma \\ barraA");
        assertThat(e.flags()).containsExactlyInAnyOrder("fuzzy", "no-wrap");
        assertThat(e.comments()).containsExactly("#. paragraph: Install", "#: source-docs/basics.md:7");
        assertThat(e.line()).isEqualTo(11);
        assertThat(e.msgstrLine()).isEqualTo(12);
        assertThat(entries.get(2).msgctxt()).as("the obsolete entry is skipped, not merged").isEqualTo("s2");
        assertThat(entries.get(2).comments()).isEmpty();
        assertThat(entries.get(2).msgstr()).isEqualTo("Dois");
    }

    @Test
    void writesWhatItReadsBack() {
        PoCatalog.Entry e = new PoCatalog.Entry(List.of("#. heading: A"), Set.of("fuzzy"), "s1",
                "Line one\nline \"two\"\twith \\ and \u0001", "Linha um\nlinha dois\n");
        String text = PoCatalog.write(List.of("Title", ""), List.of("Language: pt-BR"), List.of(e));

        assertThat(text).startsWith("# Title\n#\nmsgid \"\"\nmsgstr \"Language: pt-BR\\n\"\n\n#. heading: A\n#, fuzzy\n")
                .contains("msgid \"\"\n\"Line one\\n\"\n\"line \\\"two\\\"\\twith \\\\ and \\001\"\n")
                .contains("msgstr \"\"\n\"Linha um\\n\"\n\"linha dois\\n\"\n");
        List<PoCatalog.Entry> back = PoCatalog.parse(FILE, text);
        assertThat(back.get(1).msgid()).isEqualTo(e.msgid());
        assertThat(back.get(1).msgstr()).isEqualTo(e.msgstr());
        assertThat(back.get(1).flags()).isEqualTo(e.flags());
        assertThat(back.get(1).comments()).isEqualTo(e.comments());
    }

    @Test
    void aPluralEntryIsMarked() {
        List<PoCatalog.Entry> entries = PoCatalog.parse(FILE, """
                msgid "file"
                msgid_plural "files"
                msgstr[0] "arquivo"
                msgstr[1] "arquivos"
                """);
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.plural()).isTrue();
            assertThat(e.msgstr()).isEqualTo("arquivo");
        });
    }

    @Test
    void syntaxErrorsStopWithLineAndColumn() {
        assertThatThrownBy(() -> PoCatalog.parse(FILE, "msgid \"a\"\nmsgstr \"b\\q\"\n"))
                .isInstanceOf(DoclocException.class).hasMessageStartingWith("basics.po:2:").hasMessageContaining("\\q");
        assertThatThrownBy(() -> PoCatalog.parse(FILE, "msgid \"a\"\nmsgstr \"b\n"))
                .isInstanceOf(DoclocException.class).hasMessageStartingWith("basics.po:2:")
                .hasMessageContaining("double quotes").hasMessageContaining("a quote inside it written \\\"");
        assertThatThrownBy(() -> PoCatalog.parse(FILE, "\n\nmsgfoo \"a\"\n"))
                .isInstanceOf(DoclocException.class).hasMessageStartingWith("basics.po:3:1:")
                .hasMessageContaining("unknown keyword 'msgfoo'");
        assertThatThrownBy(() -> PoCatalog.parse(FILE, "\"a\"\n"))
                .isInstanceOf(DoclocException.class).hasMessageStartingWith("basics.po:1:");
    }
}
