package dev.docloc.check;

import dev.docloc.segment.Code;
import dev.docloc.segment.Part;
import dev.docloc.segment.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds parts from a compact notation: {@code "Run {1/} on {2}the host{/2}."}, where {@code {1}}
 * opens, {@code {/1}} closes and {@code {1/}} stands alone. The Markdown of each code is declared
 * once, so that source and target share the same {@link Code} objects, as the store gives them;
 * {@code {/1|](other.md)}} overrides it, and undeclared ids become {@code OTHER} codes.
 */
final class QaSegments {
    private static final Pattern CODE = Pattern.compile("\\{(/?)([A-Za-z0-9]+)(/?)(?:\\|([^}]*))?}");

    private final Map<String, Code> codes = new HashMap<>();

    static QaSegments codes() {
        return new QaSegments();
    }

    QaSegments pair(String id, Code.Type type, String open, String close) {
        codes.put(id + Code.Kind.OPEN, Code.of(id, Code.Kind.OPEN, type, open));
        codes.put(id + Code.Kind.CLOSE, Code.of(id, Code.Kind.CLOSE, type, close));
        return this;
    }

    QaSegments placeholder(String id, Code.Type type, String data) {
        codes.put(id + Code.Kind.PLACEHOLDER, Code.of(id, Code.Kind.PLACEHOLDER, type, data));
        return this;
    }

    QaSegments strong(String id) {
        return pair(id, Code.Type.STRONG, "**", "**");
    }

    QaSegments emphasis(String id) {
        return pair(id, Code.Type.EMPHASIS, "_", "_");
    }

    QaSegments link(String id, String destination) {
        return pair(id, Code.Type.LINK, "[", "](" + destination + ")");
    }

    QaSegments code(String id, String text) {
        return placeholder(id, Code.Type.CODE, "`" + text + "`");
    }

    List<Part> parts(String notation) {
        List<Part> out = new ArrayList<>();
        Matcher m = CODE.matcher(notation);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                out.add(new Text(notation.substring(last, m.start())));
            }
            out.add(code(m));
            last = m.end();
        }
        if (last < notation.length()) {
            out.add(new Text(notation.substring(last)));
        }
        return out;
    }

    private Code code(Matcher m) {
        Code.Kind kind = !m.group(1).isEmpty() ? Code.Kind.CLOSE
                : !m.group(3).isEmpty() ? Code.Kind.PLACEHOLDER : Code.Kind.OPEN;
        Code declared = codes.get(m.group(2) + kind);
        if (m.group(4) != null) {
            Code.Type type = declared == null ? Code.Type.OTHER : declared.type();
            return Code.of(m.group(2), kind, type, m.group(4));
        }
        return declared != null ? declared : Code.of(m.group(2), kind, Code.Type.OTHER, m.group());
    }
}
