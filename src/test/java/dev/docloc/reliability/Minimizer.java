package dev.docloc.reliability;

import dev.docloc.parse.PageParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Cuts a failing fuzz input down for a regression test: delta debugging over lines, then over
 * characters, keeping a cut only when the input still fails the same check.
 *
 * <pre><code>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) dev.docloc.reliability.Minimizer identity|pseudo page.md
 * </code></pre>
 */
final class Minimizer {
    private Minimizer() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        String text = PageParser.decode(Files.readAllBytes(file), file);
        Predicate<String> fails = t -> {
            try {
                if (args[0].equals("identity")) {
                    Fuzz.identity(t);
                } else {
                    Fuzz.pseudo(t, true);
                }
                return false;
            } catch (AssertionError | RuntimeException e) {
                return args.length < 3 || String.valueOf(e.getMessage()).contains(args[2]);
            }
        };
        String small = reduce(text, fails);
        System.out.println("--- reduced (" + small.length() + " chars) ---");
        System.out.println(Fuzz.visible(small));
        System.out.println("--- java literal ---");
        System.out.println(literal(small));
        try {
            if (args[0].equals("identity")) {
                Fuzz.identity(small);
            } else {
                Fuzz.pseudo(small, true);
            }
        } catch (AssertionError | RuntimeException e) {
            System.out.println("--- failure ---");
            System.out.println(e.getMessage());
        }
    }

    static String reduce(String text, Predicate<String> fails) {
        List<String> lines = ddmin(split(text, true), fails);
        return String.join("", ddmin(split(String.join("", lines), false), fails));
    }

    private static List<String> split(String text, boolean byLine) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!byLine || text.charAt(i) == '\n') {
                out.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }

    private static List<String> ddmin(List<String> parts, Predicate<String> fails) {
        int n = 2;
        while (parts.size() >= 2) {
            int chunk = (int) Math.ceil(parts.size() / (double) n);
            boolean cut = false;
            for (int from = 0; from < parts.size(); from += chunk) {
                List<String> rest = new ArrayList<>(parts.subList(0, from));
                rest.addAll(parts.subList(Math.min(parts.size(), from + chunk), parts.size()));
                if (fails.test(String.join("", rest))) {
                    parts = rest;
                    n = Math.max(n - 1, 2);
                    cut = true;
                    break;
                }
            }
            if (!cut) {
                if (n >= parts.size()) {
                    break;
                }
                n = Math.min(parts.size(), n * 2);
            }
        }
        return parts;
    }

    static String literal(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> sb.append(c < 0x20 || c == 0xFEFF ? String.format("\\u%04X", (int) c) : String.valueOf(c));
            }
        }
        return sb.append('"').toString();
    }
}
