package dev.docloc.merge;

import dev.docloc.parse.Page;
import dev.docloc.parse.PageParser;
import dev.docloc.segment.Code;
import dev.docloc.segment.Part;
import dev.docloc.segment.Parts;
import dev.docloc.segment.Segment;
import dev.docloc.segment.Text;
import dev.docloc.segment.TextUnit;
import dev.docloc.testutil.Pipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Merges a page whose only segment is translated by a target in XLIFF-like notation:
 * {@code {1}} opens and {@code {/1}} closes the source's pair with id 1, {@code {2/}} stands for
 * its placeholder with id 2 (ids count the source's codes from 1).
 */
final class Targets {
    private static final Pattern CODE = Pattern.compile("\\{(/?)(\\d+)(/?)}");

    private Targets() {}

    /** The page merged into {@code locale} with {@code target} for its one segment. */
    static MergeResult merge(String markdown, String target, String locale) {
        return merger(markdown, locale).apply(target);
    }

    /** Merges the page, parsed and extracted once, with a target for its one segment. */
    static Function<String, MergeResult> merger(String markdown, String locale) {
        Page page = PageParser.parse("page.md", markdown);
        List<TextUnit> units = Pipeline.EXTRACTOR.extract(page);
        long segments = units.stream().mapToLong(u -> u.segments().size()).sum();
        if (segments != 1) {
            throw new IllegalArgumentException(markdown + " has " + segments + " segments, not one");
        }
        return target -> Merger.merge(page, units, (u, s) -> parts(s, target), locale);
    }

    /** {@code target} with the codes of {@code segment}'s source. */
    static List<Part> parts(Segment segment, String target) {
        List<Part> out = new ArrayList<>();
        Matcher m = CODE.matcher(target);
        int last = 0;
        while (m.find()) {
            out.add(new Text(target.substring(last, m.start())));
            Code.Kind kind = !m.group(1).isEmpty() ? Code.Kind.CLOSE
                    : !m.group(3).isEmpty() ? Code.Kind.PLACEHOLDER : Code.Kind.OPEN;
            out.add(code(segment, m.group(2), kind));
            last = m.end();
        }
        out.add(new Text(target.substring(last)));
        return Parts.normalize(out);
    }

    private static Code code(Segment segment, String id, Code.Kind kind) {
        for (Code c : Parts.codes(segment.source())) {
            if (c.id().equals(id) && c.kind() == kind) {
                return c;
            }
        }
        throw new IllegalArgumentException("no " + kind + " code " + id + " in " + segment.source());
    }
}
