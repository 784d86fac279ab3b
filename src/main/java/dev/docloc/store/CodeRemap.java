package dev.docloc.store;

import dev.docloc.segment.Code;
import dev.docloc.segment.Part;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps a stored target's codes onto the codes of the current source: the n-th code of the stored
 * source is the n-th code of the current one. Code ids are unit-scoped, so the same sentence can
 * carry other ids after a neighbouring sentence changed; its codes, in order, are the same.
 */
final class CodeRemap {
    private CodeRemap() {}

    /** The target with current codes, or null when the code sequences differ. */
    static List<Part> remap(List<Part> storedSource, List<Part> storedTarget, List<Part> currentSource) {
        List<Code> from = dev.docloc.segment.Parts.codes(storedSource);
        List<Code> to = dev.docloc.segment.Parts.codes(currentSource);
        if (from.size() != to.size()) {
            return null;
        }
        for (int i = 0; i < from.size(); i++) {
            if (from.get(i).kind() != to.get(i).kind()) {
                return null;
            }
        }
        List<Part> out = new ArrayList<>();
        for (Part p : storedTarget) {
            if (p instanceof Code c) {
                int i = indexOf(from, c);
                if (i < 0) {
                    return null;
                }
                out.add(to.get(i));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static int indexOf(List<Code> codes, Code c) {
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i).id().equals(c.id()) && codes.get(i).kind() == c.kind()) {
                return i;
            }
        }
        return -1;
    }
}
