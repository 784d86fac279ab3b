package dev.docloc.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docloc.DoclocException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link PageParser#decode}: exactly the texts a strict UTF-8 decoder accepts, and nothing else. */
class PageParserDecodeTest {
    private static final Path FILE = Path.of("page.md");

    @Test
    void replacementCharacterWrittenInTheFileIsText() {
        byte[] bytes = "a \uFFFD b\n".getBytes(StandardCharsets.UTF_8);
        assertThat(PageParser.decode(bytes, FILE)).isEqualTo("a \uFFFD b\n");
    }

    @Test
    void encodedSurrogatesAndOverlongFormsAreRefused() {
        byte[][] refused = {
            {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80},          // a surrogate written as UTF-8 (CESU-8)
            {'a', (byte) 0xC0, (byte) 0x80},                       // overlong NUL
            {'a', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
            {'a', (byte) 0xE2, (byte) 0x82},                       // cut short at the end
        };
        for (byte[] bytes : refused) {
            assertThatThrownBy(() -> PageParser.decode(bytes, FILE))
                    .isInstanceOf(DoclocException.class)
                    .hasMessageStartingWith("page.md:1:2: invalid UTF-8");
        }
    }

    @Test
    void acceptsAndRefusesWhatAStrictDecoderDoes() {
        Random random = new Random(20261126);
        String[] pieces = {"a", "KVM ", "\n", "é", "€", "😀", "\uFFFD", "中"};
        for (int round = 0; round < 50_000; round++) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            int n = random.nextInt(12);
            for (int i = 0; i < n; i++) {
                if (random.nextInt(6) == 0) {
                    out.write(random.nextInt(256));
                } else {
                    out.writeBytes(pieces[random.nextInt(pieces.length)].getBytes(StandardCharsets.UTF_8));
                }
            }
            byte[] bytes = out.toByteArray();
            String strict = strict(bytes);
            if (strict == null) {
                assertThatThrownBy(() -> PageParser.decode(bytes, FILE)).isInstanceOf(DoclocException.class);
            } else {
                assertThat(PageParser.decode(bytes, FILE)).isEqualTo(strict);
            }
        }
    }

    private static String strict(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
