package dev.docloc.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.segment.Code;
import dev.docloc.segment.Part;
import dev.docloc.segment.Text;
import dev.docloc.segment.UnitKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Malformed targets are the checker's daily input: it must report them, never fail on them. */
class QaCheckerRobustnessTest {
    private static final String[] TEXTS = {"Allocate 2,048 MiB", " of memory", "2.084", "1\u202F024,5", "٢٬٠٤٨",
        "QEMU 8.2.1", "https://libvirt.org/(x)", "¿", "?", "。", "\u202E", "\n# ", "- ", "1. ", "  ", "\u00A0:", "",
        "x86_64", "v1.2", "10 %", ".", "...", "…", "\uFFFC", "ゲスト", "هل", ")", "[", "#", "4 GiB", "0,", ",5"};
    private static final String[] DATA = {"[", "](#snapshots)", "](<../a b.md> \"t\")", "](", "][ref]", "**", "`x 4`",
        "<https://libvirt.org>", "<a href='#x'>", "<br>", "![", "](img.png)", "&amp;", "[^1]", ""};
    private static final String[] LOCALES = {"pt-BR", "de", "fr", "es", "ru", "ja", "ar", "zh", "en-XA", "ar-XB", "th",
        "und", "x-bogus"};

    @Test
    void randomSegmentsNeverMakeTheCheckerFail() {
        QaChecker checker = new QaChecker(QaConfig.defaults());
        Random random = new Random(6);
        for (int i = 0; i < 20_000; i++) {
            QaInput in = new QaInput(LOCALES[random.nextInt(LOCALES.length)], "en",
                    UnitKind.values()[random.nextInt(UnitKind.values().length)], parts(random), parts(random),
                    Set.of("x", "snapshots"), Set.of("snapshots", "y"));
            List<QaFinding> findings = checker.check(in);
            assertThat(findings).as("%s", in)
                    .allSatisfy(f -> assertThat(QaChecker.ruleDescriptions()).containsKey(f.rule()));
        }
    }

    private static List<Part> parts(Random random) {
        List<Part> out = new ArrayList<>();
        int n = random.nextInt(8);
        for (int i = 0; i < n; i++) {
            if (random.nextBoolean()) {
                out.add(new Text(TEXTS[random.nextInt(TEXTS.length)]));
            } else {
                out.add(Code.of(String.valueOf(random.nextInt(4)), Code.Kind.values()[random.nextInt(3)],
                        Code.Type.values()[random.nextInt(Code.Type.values().length)],
                        DATA[random.nextInt(DATA.length)]));
            }
        }
        return out;
    }
}
