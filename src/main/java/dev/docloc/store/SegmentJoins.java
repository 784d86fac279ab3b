package dev.docloc.store;

import dev.docloc.segment.Code;
import dev.docloc.segment.Ignorable;
import dev.docloc.segment.Part;
import dev.docloc.segment.Segment;
import dev.docloc.segment.Text;
import dev.docloc.segment.TextUnit;
import dev.docloc.segment.UnitPart;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

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
        Supplier<Set<String>> ids = new Supplier<>() {
            private Set<String> set;

            @Override
            public Set<String> get() {
                if (set == null) {
                    set = new HashSet<>();
                    units.forEach(u -> u.segments().forEach(s -> set.add(s.id())));
                }
                return set;
            }
        };
        for (int i = 0; i < units.size(); i++) {
            TextUnit u = units.get(i);
            TextUnit joined = apply(u, stored, ids);
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

    /** @param ids the ids of the page's segments, made when a split needs them */
    private static TextUnit apply(TextUnit u, StoredPage stored, Supplier<Set<String>> ids) {
        List<UnitPart> parts = u.parts();
        List<UnitPart> out = null;
        for (int k = 0; k < parts.size(); k++) {
            UnitPart p = parts.get(k);
            int end = k;
            List<UnitPart> split = null;
            if (p instanceof Segment s) {
                StoredSegment st = stored.segments().get(s.id());
                if (st != null && !sameSource(st.source(), s.source())) {
                    end = joinEnd(parts, k, key(st.source()));
                    split = end == k ? split(s, stored, ids) : null;
                }
            }
            if (end == k && split == null) {
                if (out != null) {
                    out.add(p);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(parts.subList(0, k));
            }
            if (split != null) {
                out.addAll(split);
            } else {
                out.add(joined((Segment) p, parts.subList(k, end + 1)));
            }
            k = end;
        }
        return out == null ? u : new TextUnit(u.id(), u.kind(), out, u.context(), u.region(), u.parent());
    }

    /**
     * {@code s} cut as a CAT tool split it: the stored segment of its id holds the first piece,
     * the stored segments after it the others (a split gives the new pieces ids of the tool's own).
     * Null when no run of stored segments from it reads as {@code s}, or a cut falls inside a
     * word or between the two codes of a pair. A stored segment of an id the page has is no piece:
     * it is that segment's (the file edited by hand), and taken as a piece its id would be in the
     * file twice, which no command reads.
     */
    private static List<UnitPart> split(Segment s, StoredPage stored, Supplier<Set<String>> ids) {
        String whole = key(s.source());
        List<StoredSegment> pieces = new ArrayList<>();
        int read = 0; // how much of whole the pieces so far read as
        boolean started = false;
        for (StoredSegment st : stored.segments().values()) {
            started |= st.id().equals(s.id());
            if (!started) {
                continue;
            }
            String k = key(st.source());
            if (k.isEmpty() || !pieces.isEmpty() && ids.get().contains(st.id())) {
                return null;
            }
            pieces.add(st);
            // the pieces' texts follow each other with a space between them or none (CJK)
            int at = read == 0 ? 0 : whole.startsWith(" ", read) ? read + 1 : read;
            if (!whole.startsWith(k, at)) {
                return null;
            }
            read = at + k.length();
            if (read == whole.length()) {
                return pieces.size() > 1 ? Cutter.cut(s, pieces) : null;
            }
        }
        return null;
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

    /** Cuts a segment's source into the pieces of a split, the whitespace between them as ignorables. */
    private static final class Cutter {
        private final List<StoredSegment> pieces;
        private final String firstId;
        private final List<UnitPart> out = new ArrayList<>();
        private final List<Part> piece = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder gap = new StringBuilder();
        private int index;
        private String want;
        private int cursor;
        private boolean inSpace;
        private char last = ' ';

        private Cutter(Segment s, List<StoredSegment> pieces) {
            this.pieces = pieces;
            this.firstId = s.id();
            this.want = key(pieces.get(0).source());
        }

        static List<UnitPart> cut(Segment s, List<StoredSegment> pieces) {
            Cutter c = new Cutter(s, pieces);
            for (Part p : s.source()) {
                boolean ok = p instanceof Text t ? c.text(t.text()) : c.code((Code) p);
                if (!ok) {
                    return null;
                }
            }
            return c.index == pieces.size() - 1 && c.cursor == c.want.length() && c.endPiece() ? c.out : null;
        }

        private boolean text(String s) {
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (Character.isWhitespace(ch) && cursor == want.length()) {
                    gap.append(ch); // after a complete piece: between it and the next
                    continue;
                }
                if (Character.isWhitespace(ch) ? !space() : !next(String.valueOf(ch))) {
                    return false;
                }
                text.append(ch);
                last = ch;
            }
            return true;
        }

        private static boolean unspaced(char c) {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
        }

        /** A whitespace character in a piece: the key's one space for the run it starts. */
        private boolean space() {
            if (cursor == 0 || inSpace) {
                return true;
            }
            if (want.charAt(cursor) != ' ') {
                return false;
            }
            cursor++;
            inSpace = true;
            return true;
        }

        private boolean code(Code c) {
            if (!next("\uFFFC" + c.kind().ordinal())) {
                return false;
            }
            flushText();
            piece.add(c);
            last = ' ';
            return true;
        }

        /** Moves over {@code k} (a character, or a code's key), starting the next piece where this one is complete. */
        private boolean next(String k) {
            inSpace = false;
            if (cursor == want.length()) {
                // pieces follow each other without a space only after punctuation or in a script
                // written without spaces; a cut in a word is no split
                boolean joinable = gap.length() > 0 || !Character.isLetterOrDigit(last) || unspaced(last);
                if (index + 1 >= pieces.size() || !joinable || !endPiece()) {
                    return false;
                }
                index++;
                want = key(pieces.get(index).source());
                cursor = 0;
            }
            if (!want.startsWith(k, cursor)) {
                return false;
            }
            cursor += k.length();
            return true;
        }

        /** Adds the piece done so far and the whitespace after it; false when it cuts a pair of codes. */
        private boolean endPiece() {
            flushText();
            if (!balanced(piece)) {
                return false;
            }
            out.add(new Segment(index == 0 ? firstId : pieces.get(index).id(), List.copyOf(piece)));
            if (gap.length() > 0) {
                out.add(new Ignorable(gap.toString()));
                gap.setLength(0);
            }
            piece.clear();
            return true;
        }

        private void flushText() {
            if (text.length() > 0) {
                piece.add(new Text(text.toString()));
                text.setLength(0);
            }
        }

        private static boolean balanced(List<Part> parts) {
            java.util.Set<String> open = new java.util.HashSet<>();
            for (Part p : parts) {
                if (p instanceof Code c && c.kind() == Code.Kind.OPEN) {
                    open.add(c.id());
                } else if (p instanceof Code c && c.kind() == Code.Kind.CLOSE && !open.remove(c.id())) {
                    return false;
                }
            }
            return open.isEmpty();
        }
    }
}
