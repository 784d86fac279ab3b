package dev.docloc.merge;

import dev.docloc.segment.Code;
import dev.docloc.segment.Ignorable;
import dev.docloc.segment.Part;
import dev.docloc.segment.Parts;
import dev.docloc.segment.Region;
import dev.docloc.segment.Segment;
import dev.docloc.segment.Text;
import dev.docloc.segment.TextUnit;
import dev.docloc.segment.UnitPart;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * How the source wrapped a multi-line unit, read from its lines. Greedy filling at any column from
 * {@code lo} to {@code hi} gives back the source's line breaks: no line that holds more than one
 * unbreakable token is wider than {@code lo}, and the first token of each line would not have fit
 * on the line before it at a column over {@code hi}. Lines that hold one token (a long URL or code
 * span) only bound {@code hi}; hard line breaks bound neither. {@code lo > hi} when no fill column
 * explains the breaks. Widths are in code points from the start of the line, container markers
 * included, as {@link Layout} counts them. Lines break at spaces outside codes, and outside link
 * text too when the page never breaks a line inside one (its source was wrapped keeping links
 * whole, as mdformat does).
 *
 * @param lo        the widest line that could have been broken, 0 when there is none
 * @param hi        the widest column at which every line would still have been broken where it is,
 *                  {@code Integer.MAX_VALUE} when no line ends in a soft line break
 * @param sentences the unit's lines break exactly between its sentences (segments): one sentence
 *                  per line
 */
record SourceFill(int lo, int hi, boolean sentences) {
    /** A source that gives no clue: the caller's fallback width applies. */
    static final SourceFill NONE = new SourceFill(0, Integer.MAX_VALUE, false);

    /** Fewest paragraphs that must agree on a column to make it the page's. */
    private static final int PAGE_QUORUM = 2;

    /** Whether some fill column explains every soft line break, and there is one. */
    boolean filled() {
        return lo > 0 && lo <= hi && hi < Integer.MAX_VALUE && !sentences;
    }

    /**
     * The wrap width for translated text: the page's fill column when this unit's breaks agree
     * with it, else the widest line of the unit that could have been broken, else {@code fallback};
     * 0 (no wrapping) when every line of the source ends in a hard line break: each stays one line.
     */
    int width(int pageColumn, int fallback) {
        if (hi == Integer.MAX_VALUE) {
            return 0;
        }
        if (lo <= 0) {
            return pageColumn > 0 ? pageColumn : fallback;
        }
        return filled() && pageColumn >= lo && pageColumn <= hi ? pageColumn : lo;
    }

    /**
     * The page's fill column: the narrowest column that explains the line breaks of the most
     * filled units, or 0 when fewer than two units agree on one.
     */
    static int pageColumn(List<SourceFill> fills) {
        List<int[]> events = new ArrayList<>();
        for (SourceFill f : fills) {
            if (f.filled()) {
                events.add(new int[] {f.lo, 1});
                events.add(new int[] {f.hi == Integer.MAX_VALUE ? Integer.MAX_VALUE : f.hi + 1, -1});
            }
        }
        // at one column, ends are counted before starts
        events.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        int open = 0;
        int best = 0;
        int column = 0;
        for (int[] e : events) {
            open += e[1];
            if (open > best) {
                best = open;
                column = e[0];
            }
        }
        return best >= PAGE_QUORUM ? column : 0;
    }

    /**
     * Reads the lines of multi-line unit {@code u} in page source {@code src}.
     *
     * @param linksWhole the page was wrapped keeping link texts whole: each counts as one token
     */
    static SourceFill read(String src, TextUnit u, boolean linksWhole) {
        Reader r = new Reader(src, u);
        return (linksWhole ? r.linksWhole() : r).read();
    }

    /** Whether a line of multi-line unit {@code u} ends inside the text of a link. */
    static boolean breaksLinks(String src, TextUnit u) {
        return new Reader(src, u).breaksLinks;
    }

    /** One reading: not thread-safe. */
    private static final class Reader {
        private final String src;
        private final Region region;
        private final String prefix;
        private final BitSet inCode = new BitSet();
        private final BitSet hardBreakEnds = new BitSet();
        private final BitSet inLink = new BitSet();
        private final boolean breaksLinks;
        private final List<Part> sentenceStarts;
        private int lo;
        private int hi = Integer.MAX_VALUE;
        private int softBreaks;
        private boolean betweenSentences = true;

        Reader(String src, TextUnit u) {
            this.src = src;
            this.region = u.region();
            this.prefix = region.continuation().replace("\r", "").replace("\n", "");
            this.sentenceStarts = sentenceStarts(u.parts());
            for (UnitPart p : u.parts()) {
                if (p instanceof Segment s) {
                    Parts.codes(s.source()).stream().filter(c -> c.start() >= 0).forEach(this::mark);
                    markLinks(Parts.codes(s.source()));
                }
            }
            this.breaksLinks = softBreakIn(inLink);
        }

        /** Spaces in link text are no break opportunities. */
        Reader linksWhole() {
            inCode.or(inLink);
            return this;
        }

        private void mark(Code c) {
            int end = c.start() + c.data().length();
            if (c.type() == Code.Type.LINE_BREAK) {
                hardBreakEnds.set(end);
            } else {
                inCode.set(c.start(), end);
            }
        }

        private void markLinks(List<Code> codes) {
            for (Code o : codes) {
                if (o.type() == Code.Type.LINK && o.kind() == Code.Kind.OPEN && o.start() >= 0) {
                    for (Code c : codes) {
                        if (c.type() == Code.Type.LINK && c.kind() == Code.Kind.CLOSE && c.id().equals(o.id()) && c.start() > o.start()) {
                            inLink.set(o.start(), c.start() + c.data().length());
                        }
                    }
                }
            }
        }

        /** Whether a line of the unit ends inside {@code where} and outside codes. */
        private boolean softBreakIn(BitSet where) {
            for (int i = where.nextSetBit(region.start()); i >= 0 && i < region.end(); i = where.nextSetBit(i + 1)) {
                if (src.charAt(i) == '\n' && !inCode.get(i)) {
                    return true;
                }
            }
            return false;
        }

        SourceFill read() {
            int lineStart = src.lastIndexOf('\n', region.start() - 1) + 1;
            int contentStart = region.start();
            while (true) {
                int newline = src.indexOf('\n', contentStart);
                int lineEnd = newline < 0 || newline >= region.end() ? region.end() : newline;
                int textEnd = stripEnd(lineStart, lineEnd);
                int width = src.codePointCount(lineStart, textEnd);
                if (breakAfter(contentStart, textEnd) >= 0) {
                    lo = Math.max(lo, width);
                }
                if (lineEnd == region.end()) {
                    break;
                }
                int next = nextContent(newline + 1);
                boolean hard = hardBreakEnds.get(lineEnd > 0 && src.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd);
                if (!hard && !inCode.get(newline)) {
                    softBreak(width, next);
                }
                lineStart = newline + 1;
                contentStart = next;
            }
            boolean sentences = softBreaks > 0 && betweenSentences && softBreaks == sentenceStarts.size();
            return new SourceFill(lo, hi, sentences);
        }

        /** A line {@code width} wide ends where the text goes on at {@code next} on the next line. */
        private void softBreak(int width, int next) {
            betweenSentences &= startsSentence(softBreaks, next);
            softBreaks++;
            int nextEnd = stripEnd(next, lineEndFrom(next));
            int tokenEnd = breakAfter(next, nextEnd);
            hi = Math.min(hi, width + src.codePointCount(next, tokenEnd < 0 ? nextEnd : tokenEnd));
        }

        /** Where the content of the line starting at {@code lineStart} begins: after the continuation prefix. */
        private int nextContent(int lineStart) {
            int p = src.startsWith(prefix, lineStart) ? lineStart + prefix.length() : lineStart;
            while (p < region.end() && (src.charAt(p) == ' ' || src.charAt(p) == '\t')) {
                p++;
            }
            return p;
        }

        private int lineEndFrom(int p) {
            int newline = src.indexOf('\n', p);
            return newline < 0 || newline >= region.end() ? region.end() : newline;
        }

        /** The end of the line's text, before its line break and trailing spaces and tabs. */
        private int stripEnd(int from, int lineEnd) {
            int e = lineEnd;
            while (e > from && (src.charAt(e - 1) == ' ' || src.charAt(e - 1) == '\t' || src.charAt(e - 1) == '\r')) {
                e--;
            }
            return e;
        }

        /** The first space between {@code from} and {@code to} that is outside codes, or -1. */
        private int breakAfter(int from, int to) {
            for (int i = from; i < to; i++) {
                if (src.charAt(i) == ' ' && !inCode.get(i)) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * Whether the {@code k}th sentence after the first starts at {@code at}: its first code
         * is there, or its text up to the first whitespace.
         */
        private boolean startsSentence(int k, int at) {
            if (k >= sentenceStarts.size()) {
                return false;
            }
            if (sentenceStarts.get(k) instanceof Code c) {
                return c.start() == at;
            }
            String t = ((Text) sentenceStarts.get(k)).text();
            int n = 0;
            while (n < t.length() && !Character.isWhitespace(t.charAt(n))) {
                n++;
            }
            return n > 0 && src.startsWith(t.substring(0, n), at);
        }

        /** The first part of each sentence that follows whitespace after the one before it. */
        private static List<Part> sentenceStarts(List<UnitPart> parts) {
            List<Part> starts = new ArrayList<>();
            boolean afterSpace = false;
            for (UnitPart p : parts) {
                if (p instanceof Segment s && afterSpace && !s.source().isEmpty()) {
                    starts.add(s.source().get(0));
                }
                afterSpace = p instanceof Ignorable;
            }
            return starts;
        }
    }
}
