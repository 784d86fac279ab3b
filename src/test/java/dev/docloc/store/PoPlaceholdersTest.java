package dev.docloc.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.segment.Code;
import dev.docloc.segment.Part;
import dev.docloc.segment.Parts;
import dev.docloc.segment.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The placeholder notation of codes in PO strings. */
class PoPlaceholdersTest {
    private static final Code B_OPEN = Code.of("1", Code.Kind.OPEN, Code.Type.STRONG, "**");
    private static final Code B_CLOSE = Code.of("1", Code.Kind.CLOSE, Code.Type.STRONG, "**");
    private static final Code IMG = Code.of("2", Code.Kind.PLACEHOLDER, Code.Type.IMAGE, "![x](x.png)");
    private static final Code LINK_OPEN = Code.of("3", Code.Kind.OPEN, Code.Type.LINK, "[");
    private static final Code LINK_CLOSE = Code.of("3", Code.Kind.CLOSE, Code.Type.LINK, "](a.md)");
    private static final List<Part> SOURCE = List.of(new Text("Use "), B_OPEN, new Text("KVM"), B_CLOSE,
            new Text(" "), IMG, new Text(" and "), LINK_OPEN, new Text("this"), LINK_CLOSE);

    @Test
    void pairedCodesAndPlaceholdersReadAsNumberedTags() {
        assertThat(PoPlaceholders.encode(SOURCE)).isEqualTo("Use <1>KVM</1> <2/> and <3>this</3>");
    }

    @Test
    void aTranslationMayMoveCodesAndGetsTheSourceCodesBack() {
        PoPlaceholders.Decoded d = PoPlaceholders.decode("<3>Isto</3>, <2/> e <1>KVM</1>", SOURCE);
        assertThat(d.error()).isNull();
        assertThat(d.parts()).containsExactly(LINK_OPEN, new Text("Isto"), LINK_CLOSE, new Text(", "), IMG,
                new Text(" e "), B_OPEN, new Text("KVM"), B_CLOSE);
    }

    @Test
    void textThatLooksLikeAPlaceholderIsEscapedAndOtherAngleBracketsAreNot() {
        List<Part> source = List.of(new Text("a <b> <1> \\<2/> x\\"), B_OPEN, new Text("</1>"), B_CLOSE);
        String encoded = PoPlaceholders.encode(source);
        assertThat(encoded).isEqualTo("a <b> \\<1> \\\\\\<2/> x\\\\<1>\\</1></1>");
        assertThat(PoPlaceholders.decode(encoded, source).parts()).isEqualTo(source);
    }

    @Test
    void wrongPlaceholdersAreExplained() {
        assertThat(PoPlaceholders.decode("<1>KVM</1> <2/> <3>x</3> <4/>", SOURCE).error())
                .isEqualTo("unknown placeholder <4/> (the source has [<1>, </1>, <2/>, <3>, </3>])");
        assertThat(PoPlaceholders.decode("<1>KVM</1> <2/> <2/> <3>x</3>", SOURCE).error())
                .isEqualTo("placeholder <2/> appears twice");
        assertThat(PoPlaceholders.decode("<1>KVM</1> <3>x</3>", SOURCE).error())
                .isEqualTo("placeholder <2/> of the source is missing");
        assertThat(PoPlaceholders.decode("</1>KVM<1> <2/> <3>x</3>", SOURCE).error())
                .startsWith("placeholders are unbalanced: </1> closes what is not open");
        assertThat(PoPlaceholders.decode("<1>KVM <3>x</1></3> <2/>", SOURCE).error())
                .startsWith("placeholders are unbalanced: </1>");
        assertThat(PoPlaceholders.decode("<1/>KVM</1> <2/> <3>x</3>", SOURCE).error())
                .startsWith("unknown placeholder <1/>");
    }

    @Test
    void aCodeWhoseOtherHalfIsInAnotherSegmentNeedsNoPartner() {
        List<Part> source = List.of(new Text("end"), B_CLOSE, new Text(" start"), LINK_OPEN, new Text("x"));
        assertThat(PoPlaceholders.decode("<3>x fim</1> início", source).error()).isNull();
    }

    /** Any text, with backslashes and placeholder look-alikes next to codes, reads back to itself. */
    @Test
    void everyContentReadsBackToItself() {
        Random random = new Random(4);
        String[] pieces = {"<", ">", "/", "\\", "1", "2", "3", "a", " ", "<1>", "</1>", "<2/>", "\\\\"};
        for (int n = 0; n < 5000; n++) {
            List<Part> parts = new ArrayList<>();
            List<Code> codes = new ArrayList<>(List.of(B_OPEN, B_CLOSE, IMG));
            for (int i = 0; i < 6; i++) {
                StringBuilder sb = new StringBuilder();
                for (int k = random.nextInt(5); k > 0; k--) {
                    sb.append(pieces[random.nextInt(pieces.length)]);
                }
                parts.add(new Text(sb.toString()));
                if (!codes.isEmpty() && random.nextBoolean()) {
                    parts.add(codes.remove(0));
                }
            }
            List<Part> source = Parts.normalize(parts);
            String encoded = PoPlaceholders.encode(source);
            PoPlaceholders.Decoded d = PoPlaceholders.decode(encoded, source);
            assertThat(d.error()).as(encoded).isNull();
            assertThat(d.parts()).as(encoded).isEqualTo(source);
        }
    }
}
