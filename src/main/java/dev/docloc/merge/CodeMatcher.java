package dev.docloc.merge;

import dev.docloc.segment.Code;
import dev.docloc.segment.Part;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that a target has exactly the source's codes, pairs balanced and not crossed, and that
 * its formatting can be written so that Markdown reads it as formatting.
 */
public final class CodeMatcher {
    private CodeMatcher() {}

    /**
     * An emphasis, strong emphasis or strikethrough pair that Markdown would show as literal
     * delimiters where the target puts it, whichever way the merge writes it.
     *
     * @param open    the opening code, as in the target
     * @param close   the closing code
     * @param blocker the markup or character next to the pair that keeps it from reading as
     *                formatting; "" when the pair marks no text
     */
    public record Unshown(Code open, Code close, String blocker) {}

    /**
     * Null when the target's codes match the source's and its formatting reads as formatting, else
     * what is wrong.
     */
    public static String problem(List<Part> source, List<Part> target) {
        String codes = codeProblem(source, target);
        if (codes != null) {
            return codes;
        }
        List<Unshown> unshown = unshown(target);
        return unshown.isEmpty() ? null : describe(unshown.get(0));
    }

    /** The formatting pairs of {@code target} that Markdown cannot read as formatting where they stand. */
    public static List<Unshown> unshown(List<Part> target) {
        return FlankFixer.unshown(target);
    }

    private static String describe(Unshown u) {
        return "code " + u.open().data() + " cannot be written as formatting where the translation puts it ("
                + (u.blocker().isEmpty() ? "it marks no text" : "next to " + u.blocker()) + ")";
    }

    private static String codeProblem(List<Part> source, List<Part> target) {
        Map<String, Integer> expected = new HashMap<>();
        for (Code c : dev.docloc.segment.Parts.codes(source)) {
            expected.merge(c.kind() + c.id(), 1, Integer::sum);
        }
        Deque<String> open = new ArrayDeque<>();
        for (Code c : dev.docloc.segment.Parts.codes(target)) {
            Integer n = expected.get(c.kind() + c.id());
            if (n == null || n == 0) {
                return "code " + c.data() + " is not in the source or appears twice";
            }
            expected.put(c.kind() + c.id(), n - 1);
            if (c.kind() == Code.Kind.OPEN) {
                open.push(c.id());
            } else if (c.kind() == Code.Kind.CLOSE && (open.isEmpty() || !open.pop().equals(c.id()))) {
                return "code " + c.data() + " closes a pair that is not open (unbalanced or crossed)";
            }
        }
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            if (e.getValue() > 0) {
                return "a code of the source is missing (" + e.getKey().toLowerCase() + ")";
            }
        }
        return null;
    }
}
