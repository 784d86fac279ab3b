package dev.docloc.testutil;

import dev.docloc.merge.MergeResult;
import dev.docloc.merge.Merger;
import dev.docloc.merge.Translations;
import dev.docloc.parse.Page;
import dev.docloc.parse.PageParser;
import dev.docloc.segment.Code;
import dev.docloc.segment.Extractor;
import dev.docloc.segment.Parts;
import dev.docloc.segment.TextUnit;
import dev.docloc.store.PseudoTranslator;
import java.util.List;
import java.util.Set;

/** Extract and merge in memory, for fidelity tests. */
public final class Pipeline {
    public static final Extractor EXTRACTOR = Extractor.create("en", Set.of("title", "description", "summary"));

    private Pipeline() {}

    public static List<TextUnit> units(String markdown) {
        return EXTRACTOR.extract(PageParser.parse("page.md", markdown));
    }

    /** The page merged with no translations. */
    public static String identity(String markdown) {
        Page page = PageParser.parse("page.md", markdown);
        return Merger.merge(page, EXTRACTOR.extract(page), Translations.NONE, "pt-BR").text();
    }

    /**
     * The page with every segment "translated" into its own source, as a translator who changes
     * nothing returns it: unlike {@link #identity}, every unit is written, not copied.
     */
    public static String unchanged(String markdown) {
        Page page = PageParser.parse("page.md", markdown);
        return Merger.merge(page, EXTRACTOR.extract(page), (u, s) -> s.source(), "pt-BR").text();
    }

    /** The page with every segment pseudo-translated. */
    public static MergeResult pseudo(String markdown, String locale) {
        Page page = PageParser.parse("page.md", markdown);
        return Merger.merge(page, EXTRACTOR.extract(page),
                (u, s) -> PseudoTranslator.translate(s.source(), locale), locale);
    }

    /**
     * The units' shape, without their text: kind, segment count and code sequence of each unit,
     * the codes with their data except where a translation may change it (images, line breaks,
     * codes holding nested units). A pseudo-translated page must extract to the same shape.
     */
    public static String shape(List<TextUnit> units) {
        StringBuilder sb = new StringBuilder();
        for (TextUnit u : units) {
            sb.append(u.kind()).append(' ').append(u.segments().size()).append(':');
            u.segments().forEach(s -> Parts.codes(s.source()).forEach(c -> sb.append(' ').append(describe(c))));
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String describe(Code c) {
        boolean keepsData = c.type() != Code.Type.IMAGE && c.type() != Code.Type.LINE_BREAK && c.subflows().isEmpty();
        return c.kind() + "/" + c.type() + (keepsData ? "=" + c.data().replaceAll("\\s+", " ") : "");
    }
}
