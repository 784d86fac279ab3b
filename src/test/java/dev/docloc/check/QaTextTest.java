package dev.docloc.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The text helpers' quick paths give what the general definitions give. */
class QaTextTest {
    private static final String ALPHABET = "ab 1\n\r\u000B\u000C\u0085\u2028\u2029\t\u200E\u200F\u061C\u202A\u202E"
            + "\u2066\u2069\u0661\u06F5\u0966\uFF11\uD83D\uDE00\u00E9";

    @Test
    void helpersAgreeWithTheirDefinitions() {
        Random random = new Random(7);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String s = sb.toString();
            assertThat(QaText.lines(s)).as(s).containsExactly(s.split("\\r\\n|\\r|\\n", -1));
            StringBuilder noBidi = new StringBuilder();
            s.codePoints().filter(cp -> !QaText.isBidiControl(cp)).forEach(noBidi::appendCodePoint);
            assertThat(QaText.stripBidi(s)).as(s).isEqualTo(noBidi.toString());
            StringBuilder ascii = new StringBuilder();
            for (char c : s.toCharArray()) {
                ascii.append(Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c);
            }
            assertThat(QaNumbers.asciiDigits(s)).as(s).isEqualTo(ascii.toString());
        }
    }

    @Test
    void aTextWithNothingToChangeIsReturnedAsItIs() {
        String plain = "Start the guest with virsh start 2 times.";
        assertThat(QaText.stripBidi(plain)).isSameAs(plain);
        assertThat(QaNumbers.asciiDigits(plain)).isSameAs(plain);
        assertThat(QaText.lines(plain)).containsExactly(plain);
        assertThat(QaNumbers.asciiDigits("\u0661\u0662")).isEqualTo("12");
    }
}
