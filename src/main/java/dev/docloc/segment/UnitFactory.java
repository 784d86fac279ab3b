package dev.docloc.segment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Node;

/**
 * Builds the units of one page: finishes collected parts (pairs inline HTML tags, numbers the
 * codes, splits sentences) and gives units and segments content-derived ids. Not thread-safe.
 */
final class UnitFactory {
    private static final Pattern OPEN_TAG = Pattern.compile("<([A-Za-z][A-Za-z0-9-]*)(?:\\s[^>]*)?>");
    private static final Pattern CLOSE_TAG = Pattern.compile("</([A-Za-z][A-Za-z0-9-]*)\\s*>");
    private static final java.util.Set<String> VOID = java.util.Set.of("area", "base", "br", "col", "embed", "hr",
            "img", "input", "link", "meta", "source", "track", "wbr");
    /** How many pairs of codes may be open at once before an HTML tag stays a placeholder; see {@link #pairHtml}. */
    static final int MAX_PAIR_DEPTH = 32;

    private final String src;
    private final int offset;
    private final SentenceSplitter splitter;
    private final List<TextUnit> units = new ArrayList<>();
    private final Map<String, Integer> seen = new HashMap<>();
    private String context = "";

    UnitFactory(String src, int offset, SentenceSplitter splitter) {
        this.src = src;
        this.offset = offset;
        this.splitter = splitter;
    }

    List<TextUnit> units() {
        return units;
    }

    void context(String context) {
        this.context = context;
    }

    /** A unit of inline content from {@code first} up to {@code stop}; returns its id, or null when locked. */
    String inlineUnit(Node first, Node stop, UnitKind kind) {
        return inlineUnit(first, stop, kind, Region.Syntax.INLINE);
    }

    String inlineUnit(Node first, Node stop, UnitKind kind, Region.Syntax syntax) {
        return unit(first, stop, kind, syntax, new InlineCollector(src, offset, this));
    }

    /**
     * {@link #inlineUnit} of only the content between page offsets {@code from} and {@code to}
     * (Integer.MAX_VALUE: to the end), for text that shares a line with a marker that stays.
     */
    String inlineUnit(Node first, Node stop, UnitKind kind, int from, int to) {
        return unit(first, stop, kind, Region.Syntax.INLINE, new InlineCollector(src, offset, this, from, to));
    }

    private String unit(Node first, Node stop, UnitKind kind, Region.Syntax syntax, InlineCollector c) {
        int slot = units.size();
        List<Part> parts = c.collect(first, stop);
        Node last = first;
        while (last.getNext() != null && last.getNext() != stop) {
            last = last.getNext();
        }
        if (!c.consistent() || parts.isEmpty()) {
            units.subList(slot, units.size()).clear();
            return null;
        }
        int start = c.contentBegin() >= 0 ? c.contentBegin() : c.start(first);
        int end = c.contentEnd() >= 0 ? c.contentEnd() : c.end(last);
        String continuation = c.continuationStart() < 0 ? null : continuation(c.continuationStart());
        Region region = new Region(start, end, syntax, continuation, width(start, end));
        return add(slot, kind, parts, region);
    }

    /** A unit of plain text (a title, a front-matter value) at {@code start..end}. */
    String plainUnit(String text, int start, int end, Region.Syntax syntax, UnitKind kind) {
        if (!Parts.hasWords(List.of(new Text(text)))) {
            return null;
        }
        return add(units.size(), kind, List.of(new Text(text)), new Region(start, end, syntax, null, 0));
    }

    /** The source text of block {@code n}. */
    String sourceOf(Node n) {
        if (n.getSourceSpans().isEmpty()) {
            return "";
        }
        var spans = n.getSourceSpans();
        var last = spans.get(spans.size() - 1);
        return src.substring(spans.get(0).getInputIndex() + offset, last.getInputIndex() + last.getLength() + offset);
    }

    /**
     * {@code pattern} matched at the start of the first source line of block {@code n}, with page
     * offsets and the line as its region ({@code $} matches at the line's end); null when it does
     * not match there.
     */
    Matcher firstLine(Node n, Pattern pattern) {
        if (n.getSourceSpans().isEmpty()) {
            return null;
        }
        var span = n.getSourceSpans().get(0);
        int start = span.getInputIndex() + offset;
        Matcher m = pattern.matcher(src).region(start, start + span.getLength());
        return m.lookingAt() ? m : null;
    }

    /** The page offset after the source of node {@code n}, or -1 when it has no source spans. */
    int end(Node n) {
        var spans = n.getSourceSpans();
        if (spans.isEmpty()) {
            return -1;
        }
        var last = spans.get(spans.size() - 1);
        return last.getInputIndex() + last.getLength() + offset;
    }

    /** True when the first non-blank character of block {@code n} in the source is {@code c}. */
    boolean firstNonBlankIs(Node n, char c) {
        if (n.getSourceSpans().isEmpty()) {
            return false;
        }
        int i = n.getSourceSpans().get(0).getInputIndex() + offset;
        while (i < src.length() && (src.charAt(i) == ' ' || src.charAt(i) == '\t')) {
            i++;
        }
        return i < src.length() && src.charAt(i) == c;
    }

    private String add(int slot, UnitKind kind, List<Part> collected, Region region) {
        List<Part> parts = numberCodes(pairHtml(Parts.normalize(trim(collected))));
        if (!Parts.hasWords(parts)) {
            return null;
        }
        List<UnitPart> split = splitter == null ? List.of(new Segment("", parts)) : splitter.split(parts);
        List<UnitPart> withIds = new ArrayList<>();
        StringBuilder unitKey = new StringBuilder(kind.id());
        for (UnitPart p : split) {
            if (p instanceof Segment s) {
                String key = key(s.source());
                unitKey.append('\u0003').append(key);
                withIds.add(new Segment(unique("s" + hash(key)), s.source()));
            } else {
                withIds.add(p);
            }
        }
        String id = unique("u" + hash(unitKey.toString()));
        units.add(slot, new TextUnit(id, kind, withIds, context, region, null));
        adopt(id, parts, slot);
        return id;
    }

    /**
     * Marks the units nested in the codes of {@code parts} as children of unit {@code parent}, which
     * was inserted at {@code slot}: its nested units were made while its content was collected, so
     * they follow it.
     */
    private void adopt(String parent, List<Part> parts, int slot) {
        for (Code c : Parts.codes(parts)) {
            for (String child : c.subflows()) {
                for (int i = slot + 1; i < units.size(); i++) {
                    TextUnit u = units.get(i);
                    if (u.id().equals(child)) {
                        units.set(i, new TextUnit(u.id(), u.kind(), u.parts(), u.context(), u.region(), parent));
                    }
                }
            }
        }
    }

    /** Leading and trailing whitespace of a block is not content. */
    private static List<Part> trim(List<Part> parts) {
        List<Part> out = new ArrayList<>(parts);
        if (!out.isEmpty() && out.get(0) instanceof Text t) {
            out.set(0, new Text(t.text().stripLeading()));
        }
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof Text t) {
            out.set(out.size() - 1, new Text(t.text().stripTrailing()));
        }
        return out;
    }

    /**
     * Opening and closing inline HTML tags that nest properly become a pair of codes, down to
     * {@link #MAX_PAIR_DEPTH} open pairs; deeper tags stay placeholders. XLIFF writes a pair as an
     * element, and Okapi's writer scans the content of each one for its closing tag, so the time
     * to write a unit grows with the depth times its length, and XML readers stop at 1,000
     * levels: a unit of 2,000 nested {@code <span>}s was written, slowly, as a file that no
     * command could read back.
     */
    private static List<Part> pairHtml(List<Part> parts) {
        List<Part> out = new ArrayList<>(parts);
        Deque<Integer> stack = new ArrayDeque<>(); // the index of each open code, -1 for one too deep to pair
        Deque<String> names = new ArrayDeque<>(); // its tag name, "" for a Markdown code
        for (int i = 0; i < out.size(); i++) {
            if (!(out.get(i) instanceof Code c)) {
                continue;
            }
            if (c.type() != Code.Type.HTML) {
                if (c.kind() == Code.Kind.OPEN) {
                    stack.push(i);
                    names.push("");
                } else if (c.kind() == Code.Kind.CLOSE) {
                    while (!names.isEmpty() && !names.pop().isEmpty()) {
                        stack.pop();
                    }
                    if (!stack.isEmpty()) {
                        stack.pop();
                    }
                }
                continue;
            }
            Matcher open = OPEN_TAG.matcher(c.data());
            Matcher close = CLOSE_TAG.matcher(c.data());
            if (open.matches() && !c.data().endsWith("/>") && !VOID.contains(open.group(1).toLowerCase())) {
                stack.push(stack.size() < MAX_PAIR_DEPTH ? i : -1);
                names.push(open.group(1).toLowerCase());
            } else if (close.matches() && !names.isEmpty() && names.peek().equals(close.group(1).toLowerCase())) {
                names.pop();
                int o = stack.pop();
                if (o >= 0) {
                    Code oc = (Code) out.get(o);
                    out.set(o, new Code("", Code.Kind.OPEN, oc.type(), oc.data(), oc.start(), oc.subflows()));
                    out.set(i, new Code("", Code.Kind.CLOSE, c.type(), c.data(), c.start(), c.subflows()));
                }
            }
        }
        return out;
    }

    /** Gives codes unit-scoped ids 1, 2, ...; the two halves of a pair share one. */
    private static List<Part> numberCodes(List<Part> parts) {
        List<Part> out = new ArrayList<>();
        Deque<String> open = new ArrayDeque<>();
        int n = 0;
        for (Part p : parts) {
            if (p instanceof Code c) {
                String id;
                if (c.kind() == Code.Kind.CLOSE) {
                    id = open.isEmpty() ? String.valueOf(++n) : open.pop();
                } else {
                    id = String.valueOf(++n);
                    if (c.kind() == Code.Kind.OPEN) {
                        open.push(id);
                    }
                }
                out.add(new Code(id, c.kind(), c.type(), c.data(), c.start(), c.subflows()));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** The identity of content: its text and its codes' markup, not their position or id. */
    static String key(List<Part> parts) {
        StringBuilder sb = new StringBuilder();
        for (Part p : parts) {
            if (p instanceof Text t) {
                sb.append(t.text());
            } else if (p instanceof Code c) {
                sb.append('\u0001').append(c.kind().ordinal()).append(c.type().name()).append(c.data()).append('\u0002');
            }
        }
        return sb.toString();
    }

    private String unique(String id) {
        int n = seen.merge(id, 1, Integer::sum);
        return n == 1 ? id : id + "-" + n;
    }

    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Start of {@code pos}'s line; scans back only to the nearest break (a page without CR stays linear). */
    private int lineStart(int pos) {
        int i = pos - 1;
        while (i >= 0) {
            char c = src.charAt(i);
            if (c == '\n' || c == '\r') {
                break;
            }
            i--;
        }
        return i + 1;
    }

    /** The line break before {@code pos}'s line (CRLF, LF or CR, as the source has it) and the line's prefix. */
    private String continuation(int pos) {
        int ls = lineStart(pos);
        int bs = ls;
        if (bs > 0 && src.charAt(bs - 1) == '\n') {
            bs--;
        }
        if (bs > 0 && src.charAt(bs - 1) == '\r') {
            bs--;
        }
        return src.substring(bs, pos);
    }

    /** The longest line (in code points) of the lines that hold {@code start..end}. */
    private int width(int start, int end) {
        int max = 0;
        int ls = lineStart(start);
        while (ls <= end && ls < src.length()) {
            int le = src.indexOf('\n', ls);
            if (le < 0) {
                le = src.length();
            }
            int e = le > ls && src.charAt(le - 1) == '\r' ? le - 1 : le;
            max = Math.max(max, src.codePointCount(ls, e));
            ls = le + 1;
        }
        return max;
    }
}
