package dev.docloc.store;

import dev.docloc.parse.PageParser;
import dev.docloc.segment.Extractor;
import dev.docloc.segment.Part;
import dev.docloc.segment.Parts;
import dev.docloc.segment.Segment;
import dev.docloc.segment.Text;
import dev.docloc.segment.TextUnit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A translation store in a temporary folder, with pages given as text. */
final class StoreFixture {
    static final Extractor EXTRACTOR = Extractor.create("en", Set.of("title", "description"));
    static final String LOCALE = "pt-BR";

    final TranslationStore store;
    final Memory memory = Memory.empty();

    StoreFixture(Path dir) {
        this.store = new TranslationStore(dir, "en");
    }

    static List<TextUnit> units(String page, String text) {
        return EXTRACTOR.extract(PageParser.parse(page, text));
    }

    /** Runs extract on one page. */
    TranslationStore.UpdateResult extract(String page, String text) {
        TranslationStore.UpdateResult r = store.update(LOCALE, page, key(page), units(page, text), memory);
        store.saveMemory(LOCALE, memory);
        return r;
    }

    /** Translates every segment of the page that has no target yet, as "pt(" + source + ")". */
    void translateRest(String page, String text, State state) {
        StoredPage stored = load(page);
        store.fill(LOCALE, page, key(page), units(page, text), s -> {
            StoredSegment st = stored.segments().get(s.id());
            return st != null && st.hasTarget() ? null : translation(s.source());
        }, state, null, false);
    }

    static List<Part> translation(List<Part> source) {
        List<Part> out = new ArrayList<>();
        out.add(new Text("pt("));
        out.addAll(source);
        out.add(new Text(")"));
        return Parts.normalize(out);
    }

    StoredPage load(String page) {
        return store.load(LOCALE, key(page), page);
    }

    /** The stored segment whose source text is {@code plain}, or null. */
    StoredSegment segment(String page, String plain) {
        return load(page).segments().values().stream()
                .filter(s -> Parts.plainText(s.source()).equals(plain)).findFirst().orElse(null);
    }

    static Segment only(String page, String text, String plain) {
        return units(page, text).stream().flatMap(u -> u.segments().stream())
                .filter(s -> s.plainText().equals(plain)).findFirst().orElseThrow();
    }

    static String key(String page) {
        return page.substring(0, page.length() - 3);
    }
}
