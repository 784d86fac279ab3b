package dev.docloc.corpus;

import dev.docloc.parse.PageParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Cuts a failing page down to a small reproduction: delta debugging (ddmin) over lines, then over
 * characters, keeping only cuts after which the page still fails the same check.
 *
 * <pre><code>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) dev.docloc.corpus.Reducer shape page.md [avoid]
 * </code></pre>
 *
 * The optional {@code avoid} regular expression rejects cuts that contain a match, to look past a
 * cause already known (for example {@code ": \p{Lu}"}).
 */
final class Reducer {
    private Reducer() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        String text = PageParser.decode(Files.readAllBytes(file), file);
        UnaryOperator<String> check = switch (args[0]) {
            case "identity" -> Fidelity::identity;
            case "structure" -> Fidelity::structure;
            case "shape" -> Fidelity::shape;
            default -> throw new IllegalArgumentException("check " + args[0] + " must be identity, structure or shape");
        };
        java.util.regex.Pattern avoid = java.util.regex.Pattern.compile(args.length > 2 ? args[2] : "(?!)");
        Predicate<String> fails = t -> {
            if (avoid.matcher(t).find()) {
                return false;
            }
            try {
                return check.apply(t) != null;
            } catch (RuntimeException e) {
                return true;
            }
        };
        String small = reduce(text, fails);
        System.out.println("--- reduced (" + small.length() + " chars) ---");
        System.out.print(small);
        System.out.println("--- " + check.apply(small));
    }

    /** The smallest text found that still fails; {@code text} itself must fail. */
    static String reduce(String text, Predicate<String> fails) {
        String byLines = String.join("", ddmin(pieces(text, true), fails));
        return String.join("", ddmin(pieces(byLines, false), fails));
    }

    private static List<String> pieces(String text, boolean lines) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!lines || text.charAt(i) == '\n') {
                out.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }

    private static List<String> ddmin(List<String> input, Predicate<String> fails) {
        List<String> current = input;
        int n = 2;
        while (current.size() >= 2) {
            boolean reduced = false;
            int chunk = (int) Math.ceil(current.size() / (double) n);
            for (int start = 0; start < current.size() && !reduced; start += chunk) {
                List<String> complement = new ArrayList<>(current.subList(0, start));
                complement.addAll(current.subList(Math.min(start + chunk, current.size()), current.size()));
                if (!complement.isEmpty() && fails.test(String.join("", complement))) {
                    current = complement;
                    n = Math.max(n - 1, 2);
                    reduced = true;
                }
            }
            if (!reduced) {
                if (n >= current.size()) {
                    break;
                }
                n = Math.min(n * 2, current.size());
            }
        }
        return current;
    }

}
