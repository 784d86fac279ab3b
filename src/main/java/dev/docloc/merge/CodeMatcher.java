package dev.docloc.merge;

import dev.docloc.segment.Code;
import dev.docloc.segment.Part;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks that a target has exactly the source's codes, pairs balanced and not crossed. */
public final class CodeMatcher {
    private CodeMatcher() {}

    /** Null when the target's codes match the source's, else what is wrong. */
    public static String problem(List<Part> source, List<Part> target) {
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
