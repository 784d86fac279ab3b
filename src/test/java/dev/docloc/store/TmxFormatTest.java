package dev.docloc.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docloc.DoclocException;
import dev.docloc.segment.Code;
import dev.docloc.segment.Part;
import dev.docloc.segment.Text;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TMX 1.4b as written by docloc and by other tools. */
class TmxFormatTest {
    private static final Path FILE = Path.of("in.tmx");

    @Test
    void writesAndReadsBackUnitsWithCodesPropertiesAndStates() {
        Code open = Code.of("1", Code.Kind.OPEN, Code.Type.OTHER, "**");
        Code close = Code.of("1", Code.Kind.CLOSE, Code.Type.OTHER, "**");
        Code ph = Code.of("2", Code.Kind.PLACEHOLDER, Code.Type.OTHER, "`a<b>&`");
        Code lone = Code.of("3", Code.Kind.CLOSE, Code.Type.OTHER, "](x.md)");
        List<Part> source = List.of(open, new Text("KVM"), close, new Text(" & "), ph, new Text(" < end"), lone);
        List<Part> target = List.of(new Text("O "), open, new Text("KVM"), close, ph, new Text(" fim"), lone);
        TmxUnit u = new TmxUnit(source, target, State.REVIEWED, "basics.md", "s1", 0);

        String xml = TmxFormat.write("en", "pt-BR", List.of(u, new TmxUnit(source, target, null, "", "", 0)));

        assertThat(xml).contains("<bpt i=\"1\" x=\"1\">**</bpt>KVM<ept i=\"1\">**</ept> &amp; <ph x=\"2\">`a&lt;b>&amp;`</ph>",
                "<it pos=\"end\" x=\"3\">](x.md)</it>", "<prop type=\"x-docloc-state\">reviewed</prop>");
        List<TmxUnit> back = TmxFormat.read(FILE, xml, "en", "pt-BR");
        assertThat(back).hasSize(2);
        assertThat(back.get(0).source()).isEqualTo(source);
        assertThat(back.get(0).target()).isEqualTo(target);
        assertThat(back.get(0).state()).isEqualTo(State.REVIEWED);
        assertThat(back.get(0).located()).isTrue();
        assertThat(back.get(0).line()).isEqualTo(5);
        assertThat(back.get(1).state()).isNull();
        assertThat(back.get(1).located()).isFalse();
    }

    @Test
    void codeTypesSurviveTheRoundTrip() {
        Code open = Code.of("1", Code.Kind.OPEN, Code.Type.STRONG, "**");
        Code close = Code.of("1", Code.Kind.CLOSE, Code.Type.STRONG, "**");
        Code link = Code.of("2", Code.Kind.OPEN, Code.Type.LINK, "[");
        Code linkEnd = Code.of("2", Code.Kind.CLOSE, Code.Type.LINK, "](virsh.md)");
        Code code = Code.of("3", Code.Kind.PLACEHOLDER, Code.Type.CODE, "`virsh`");
        Code lone = Code.of("4", Code.Kind.OPEN, Code.Type.EMPHASIS, "_");
        Code lineBreak = Code.of("5", Code.Kind.PLACEHOLDER, Code.Type.LINE_BREAK, "\\\n");
        List<Part> parts = List.of(open, new Text("Run "), code, close, new Text(" per "), link, new Text("guide"),
                linkEnd, lineBreak, lone, new Text("now"));
        String xml = TmxFormat.write("en", "de", List.of(new TmxUnit(parts, parts, null, "", "", 0)));

        assertThat(xml).contains("<bpt i=\"1\" x=\"1\" type=\"bold\">", "<bpt i=\"2\" x=\"2\" type=\"link\">",
                "<ph x=\"3\" type=\"x-code\">", "<ph x=\"5\" type=\"lb\">",
                "<it pos=\"begin\" x=\"4\" type=\"italic\">");
        TmxUnit back = TmxFormat.read(FILE, xml, "en", "de").get(0);
        assertThat(back.source()).isEqualTo(parts);
        assertThat(back.target()).isEqualTo(parts);
        for (Code.Type t : Code.Type.values()) {
            assertThat(TmxFormat.codeType(TmxFormat.tmxType(t))).isEqualTo(t);
        }
        assertThat(TmxFormat.codeType("x-unknown")).isEqualTo(Code.Type.OTHER);
    }

    /** What XML 1.0 cannot hold, in text and in a code's data, comes back as it was, from a readable file. */
    @Test
    void charactersXmlCannotHoldSurviveTheRoundTrip() {
        Code colour = Code.of("1", Code.Kind.PLACEHOLDER, Code.Type.CODE, "`echo \u001B[31m`");
        List<Part> parts = List.of(new Text("Page\u000Cbreak, NUL \u0000, \uFFFE\uFFFF, half \uD800 pair; run "), colour,
                new Text(" \u001B"));
        String xml = TmxFormat.write("en", "de", List.of(new TmxUnit(parts, parts, null, "", "", 0)));

        assertThat(xml.chars().filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r')).isEmpty();
        assertThat(xml).contains("<ph type=\"x-docloc-cp\">000C</ph>", "<sub type=\"x-docloc-cp\">001B</sub>");
        TmxUnit back = TmxFormat.read(FILE, xml, "en", "de").get(0);
        assertThat(back.source()).isEqualTo(parts);
        assertThat(back.target()).isEqualTo(parts);
        assertThatThrownBy(() -> TmxFormat.read(FILE, xml.replace(">000C<", ">zz<"), "en", "de"))
                .hasMessageContaining("hex code of one character");
    }

    @Test
    void readsWhatOtherToolsWrite() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header srclang="*all*" creationtool="x" segtype="sentence" o-tmf="x"
                  adminlang="en" datatype="plaintext"/><body>
                <tu tuid="7"><prop type="x-other">1</prop><note>n</note>
                  <tuv lang="EN-us"><seg>Press <bpt i="5"><![CDATA[<b>]]></bpt><hi>Ctrl</hi><ept i="5">&lt;/b></ept><ut>{x}</ut></seg></tuv>
                  <tuv xml:lang="de"><seg>Drücken</seg></tuv>
                  <tuv xml:lang="pt-br"><seg>Pressione <bpt i="5">&lt;b></bpt>Ctrl<ept i="5">&lt;/b></ept><ph>{x<sub>y</sub>}</ph></seg></tuv>
                </tu>
                <tu><tuv xml:lang="en"><seg>Only English</seg></tuv></tu>
                </body></tmx>
                """;
        List<TmxUnit> units = TmxFormat.read(FILE, xml, "en", "pt-BR");
        assertThat(units).singleElement().satisfies(u -> {
            assertThat(u.source()).containsExactly(new Text("Press "),
                    Code.of("5", Code.Kind.OPEN, Code.Type.OTHER, "<b>"), new Text("Ctrl"),
                    Code.of("5", Code.Kind.CLOSE, Code.Type.OTHER, "</b>"),
                    Code.of("tmx1", Code.Kind.PLACEHOLDER, Code.Type.OTHER, "{x}"));
            assertThat(u.target().get(4)).isEqualTo(Code.of("tmx2", Code.Kind.PLACEHOLDER, Code.Type.OTHER, "{xy}"));
            assertThat(u.state()).isNull();
        });
    }

    @Test
    void badFilesStopWithLineAndColumn() {
        assertThatThrownBy(() -> TmxFormat.read(FILE, "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx SYSTEM \"file:///etc/passwd\">\n"
                + "<tmx/>", "en", "pt-BR")).isInstanceOf(DoclocException.class)
                .hasMessageStartingWith("in.tmx:2:").hasMessageContaining("DOCTYPE is not allowed");
        assertThatThrownBy(() -> TmxFormat.read(FILE, "<tmx>\n<body><tu>\n</body></tmx>", "en", "pt-BR"))
                .isInstanceOf(DoclocException.class).hasMessageStartingWith("in.tmx:3:")
                .hasMessageContaining("not well-formed");
        assertThatThrownBy(() -> TmxFormat.read(FILE, "<xliff/>", "en", "pt-BR"))
                .isInstanceOf(DoclocException.class).hasMessageContaining("not <tmx>");
        assertThatThrownBy(() -> TmxFormat.read(FILE, "<tmx><body>\n<tu><prop type=\"x-docloc-state\">done</prop>"
                + "</tu></body></tmx>", "en", "pt-BR")).isInstanceOf(DoclocException.class)
                .hasMessageStartingWith("in.tmx:2:").hasMessageContaining("unknown x-docloc-state 'done'");
    }
}
