package dev.docloc.reliability;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * One random change to the bytes of a page: a bit flip, a truncation, a deletion, a duplicated
 * range, or an inserted backtick, bracket, pipe, tab, CR, NUL, Markdown delimiter or invalid
 * UTF-8 byte. Positions are per mille of the length, so that a mutation applies to any page and
 * shrinks towards the start.
 */
record Mutation(Kind kind, int at, int what) {
    enum Kind { FLIP, TRUNCATE, DELETE, DUPLICATE, INSERT }

    static final List<String> INSERTS = List.of("`", "```", "[", "]", "(", ")", "|", "\t", "\r", "\0", "*", "_",
            "<", ">", "\n", "\\", "![", "](", "[^", "~~~", "- ", "> ", "#", "&", "\r\n", "    ", ":", "\"", "---\n");

    static Arbitrary<Mutation> any() {
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 1000),
                Arbitraries.integers().between(0, INSERTS.size() + 3)).as(Mutation::new);
    }

    static Arbitrary<List<Mutation>> some() {
        return any().list().ofMinSize(1).ofMaxSize(6);
    }

    static byte[] apply(byte[] page, List<Mutation> mutations) {
        byte[] b = page;
        for (Mutation m : mutations) {
            b = m.apply(b);
        }
        return b;
    }

    byte[] apply(byte[] b) {
        int pos = (int) ((long) at * b.length / 1000);
        return switch (kind) {
            case FLIP -> flip(b, pos);
            case TRUNCATE -> java.util.Arrays.copyOf(b, pos);
            case DELETE -> splice(b, pos, Math.min(b.length, pos + 1 + what), new byte[0]);
            case DUPLICATE -> splice(b, pos, pos, java.util.Arrays.copyOfRange(b, pos, Math.min(b.length, pos + 1 + what * 3)));
            case INSERT -> splice(b, pos, pos, insert());
        };
    }

    private byte[] insert() {
        if (what < INSERTS.size()) {
            return INSERTS.get(what).getBytes(StandardCharsets.UTF_8);
        }
        // invalid UTF-8: a lone continuation byte, a truncated two-byte sequence, a byte never valid, an overlong NUL
        return switch (what - INSERTS.size()) {
            case 0 -> new byte[] {(byte) 0x80};
            case 1 -> new byte[] {(byte) 0xC3};
            case 2 -> new byte[] {(byte) 0xFF};
            default -> new byte[] {(byte) 0xC0, (byte) 0x80};
        };
    }

    private byte[] flip(byte[] b, int pos) {
        if (b.length == 0) {
            return b;
        }
        byte[] out = b.clone();
        int i = Math.min(pos, b.length - 1);
        out[i] = (byte) (out[i] ^ (1 << (what % 8)));
        return out;
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] with) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + with.length);
        out.write(b, 0, from);
        out.writeBytes(with);
        out.write(b, to, b.length - to);
        return out.toByteArray();
    }
}
