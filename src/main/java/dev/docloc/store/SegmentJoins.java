package dev.docloc.store;

import dev.docloc.segment.Code;
import dev.docloc.segment.Ignorable;
import dev.docloc.segment.Part;
import dev.docloc.segment.Segment;
import dev.docloc.segment.Text;
import dev.docloc.segment.TextUnit;
import dev.docloc.segment.UnitPart;
import java.util.ArrayList;
import java.util.List;

/**
 * Segments a translator joined in a CAT tool. Where the sentence rules split a sentence wrongly,
 * translators join the pieces, as XLIFF 2 allows: the first segment keeps its id and gets the
 * source and target of all of them, with the whitespace between them, and the others leave the
 * unit. A stored page records the join; every command reads the page's units through it
 * ({@link #apply}), so the joined translation is kept, checked, published and exported as one
 * segment instead of the first piece getting the whole translation and the others the source text.
 *
 * <p>Sources are compared by their text with whitespace runs read as one space and codes by kind,
 * so a tool that writes the space between the sentences as a line break, or the other way round,
 * still joins.
 */
public final class SegmentJoins {
    private SegmentJoins() {}

    /** {@code units} with the segments {@code stored} joins joined; the same list when it joins none. */
    public static List<TextUnit> apply(List<TextUnit> units, StoredPage stored) {
        if (stored.segments().isEmpty()) {
            return units;
        }
        List<TextUnit> out = null;
        for (int i = 0; i < units.size(); i++) {
            TextUnit u = units.get(i);
            TextUnit joined = apply(u, stored);
            if (joined != u) {
                if (out == null) {
                    out = new ArrayList<>(units);
                }
                out.set(i, joined);
            }
        }
        return out == null ? units : List.copyOf(out);
    }

    /** Whether a stored source is the source of {@code current}: the same text and codes. */
    public static boolean sameSource(List<Part> stored, List<Part> current) {
        return stored.equals(current) || key(stored).equals(key(current));
    }

    private static TextUnit apply(TextUnit u, StoredPage stored) {
        List<UnitPart> parts = u.parts();
        List<UnitPart> out = null;
        for (int k = 0; k < parts.size(); k++) {
            UnitPart p = parts.get(k);
            int end = k;
            if (p instanceof Segment s) {
                StoredSegment st = stored.segments().get(s.id());
                if (st != null && !sameSource(st.source(), s.source())) {
                    end = joinEnd(parts, k, key(st.source()));
                }
            }
            if (end == k) {
                if (out != null) {
                    out.add(p);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(parts.subList(0, k));
            }
            out.add(joined((Segment) p, parts.subList(k, end + 1)));
            k = end;
        }
        return out == null ? u : new TextUnit(u.id(), u.kind(), out, u.context(), u.region(), u.parent());
    }

    /** The index of the last part of the segments from {@code k} whose sources read as {@code want}, or {@code k}. */
    private static int joinEnd(List<UnitPart> parts, int k, String want) {
        Key have = new Key();
        for (int m = k; m < parts.size(); m++) {
            have.add(source(parts.get(m)));
            String text = have.toString();
            if (!want.startsWith(text)) {
                return k;
            }
            if (m > k && parts.get(m) instanceof Segment && text.equals(want)) {
                return m;
            }
        }
        return k;
    }

    private static Segment joined(Segment first, List<UnitPart> parts) {
        List<Part> source = new ArrayList<>();
        parts.forEach(p -> source.addAll(source(p)));
        return new Segment(first.id(), dev.docloc.segment.Parts.normalize(source));
    }

    private static List<Part> source(UnitPart p) {
        if (p instanceof Segment s) {
            return s.source();
        }
        return List.of(new Text(((Ignorable) p).text()));
    }

    private static String key(List<Part> parts) {
        Key k = new Key();
        k.add(parts);
        return k.toString();
    }

    /** Text with whitespace runs as one space (none at the start), a code as U+FFFC and its kind. */
    private static final class Key {
        private final StringBuilder sb = new StringBuilder();
        private boolean space;

        void add(List<Part> parts) {
            for (Part p : parts) {
                if (p instanceof Text t) {
                    text(t.text());
                } else if (p instanceof Code c) {
                    flush();
                    sb.append('\uFFFC').append(c.kind().ordinal());
                }
            }
        }

        private void text(String s) {
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (Character.isWhitespace(ch)) {
                    space = sb.length() > 0;
                } else {
                    flush();
                    sb.append(ch);
                }
            }
        }

        private void flush() {
            if (space) {
                sb.append(' ');
                space = false;
            }
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }
}
