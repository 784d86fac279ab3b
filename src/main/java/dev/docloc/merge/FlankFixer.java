package dev.docloc.merge;

import dev.docloc.segment.Code;
import dev.docloc.segment.Part;
import dev.docloc.segment.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves whitespace out of emphasis: {@code ** bold**} is not bold in Markdown, so whitespace a
 * translator put just inside an opening or closing delimiter goes just outside it.
 */
final class FlankFixer {
    private FlankFixer() {}

    static List<Part> fix(List<Part> parts) {
        List<Part> out = new ArrayList<>(parts);
        for (int i = 0; i < out.size(); i++) {
            if (!(out.get(i) instanceof Code c) || !isDelimiter(c)) {
                continue;
            }
            if (c.kind() == Code.Kind.OPEN && i + 1 < out.size() && out.get(i + 1) instanceof Text t
                    && !t.text().isEmpty() && Character.isWhitespace(t.text().charAt(0))) {
                String lead = t.text().substring(0, t.text().length() - t.text().stripLeading().length());
                out.set(i + 1, new Text(t.text().stripLeading()));
                out.add(i, new Text(lead));
                i++;
            } else if (c.kind() == Code.Kind.CLOSE && i > 0 && out.get(i - 1) instanceof Text t
                    && !t.text().isEmpty() && Character.isWhitespace(t.text().charAt(t.text().length() - 1))) {
                String trail = t.text().substring(t.text().stripTrailing().length());
                out.set(i - 1, new Text(t.text().stripTrailing()));
                out.add(i + 1, new Text(trail));
            }
        }
        return dev.docloc.segment.Parts.normalize(out);
    }

    private static boolean isDelimiter(Code c) {
        return c.type() == Code.Type.EMPHASIS || c.type() == Code.Type.STRONG || c.type() == Code.Type.STRIKETHROUGH
                || c.type() == Code.Type.LINK;
    }
}
