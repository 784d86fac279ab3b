package dev.docloc.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.footnotes.FootnoteReference;
// The same entity table as the parser, so that what is a reference here is one there too.
import org.commonmark.internal.util.Html5Entities;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Turns the inline children of a block into parts, taking every code's data verbatim from the
 * page source by source span. Text is unescaped (backslash escapes resolved); entity references
 * become placeholders so that they are written back exactly. Link titles and image alt texts and
 * titles become nested units, referenced from their code's {@code subflows}. A collector may be
 * limited to a range of the source (a title after a marker on the same line): text nodes that
 * cross its bounds are cut there, other nodes must lie inside or outside it.
 *
 * <p>Not thread-safe: one instance per block.
 */
final class InlineCollector {
    private static final Pattern ENTITY = Pattern.compile("&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});");

    private final String src;
    private final int offset;
    private final UnitFactory units;
    private final int rangeStart;
    private final int rangeEnd;
    private final List<Part> parts = new ArrayList<>();
    private int continuationStart = -1;
    private boolean consistent = true;
    private int contentEnd = -1;
    private int contentBegin = -1;

    /**
     * @param src    the page text
     * @param offset added to commonmark's input indexes (the body start in the page)
     * @param units  makes nested units (link titles, alt texts)
     */
    InlineCollector(String src, int offset, UnitFactory units) {
        this(src, offset, units, -1, Integer.MAX_VALUE);
    }

    /**
     * A collector of the content between page offsets {@code from} and {@code to} only.
     *
     * @param from where the content starts, or -1 for the start of the first node
     * @param to   where the content ends, or {@link Integer#MAX_VALUE} for the end of the last node
     */
    InlineCollector(String src, int offset, UnitFactory units, int from, int to) {
        this.src = src;
        this.offset = offset;
        this.units = units;
        this.rangeStart = from;
        this.rangeEnd = to;
    }

    /** Collects {@code first} and its following siblings up to and excluding {@code stop}. */
    List<dev.docloc.segment.Part> collect(Node first, Node stop) {
        // a range starts inside the block, so the block's own start does not locate spanless text
        int cursor = first.getPrevious() == null && rangeStart < 0 ? contentStart(first.getParent()) : -1;
        for (Node n = first; n != null && n != stop; n = n.getNext()) {
            Placement place = place(n);
            if (place == Placement.AFTER) {
                break;
            } else if (place == Placement.BEFORE) {
                continue;
            }
            if (needsSpans(n) && !validSpan(n) && cursor >= 0) {
                if (contentBegin < 0) {
                    contentBegin = cursor;
                }
                n = spanless(n, stop, cursor);
                cursor = -1;
                continue;
            }
            if (contentBegin < 0 && !n.getSourceSpans().isEmpty()) {
                contentBegin = Math.max(start(n), rangeStart);
            }
            inline(n);
            cursor = n.getSourceSpans().isEmpty() ? -1 : end(n);
            if (cursor >= 0) {
                contentEnd = Math.min(cursor, rangeEnd);
            }
        }
        return parts;
    }

    /** Where a node lies with respect to the collected range. */
    private enum Placement { BEFORE, INSIDE, AFTER }

    /**
     * Where {@code n} lies: a node that crosses a bound is inside when it is text (cut by
     * {@link #text}), else it makes the block inconsistent. A line break is before the range
     * until some content was collected.
     */
    private Placement place(Node n) {
        if (rangeStart < 0 && rangeEnd == Integer.MAX_VALUE) {
            return Placement.INSIDE;
        }
        if (n.getSourceSpans().isEmpty()) {
            return contentBegin < 0 && (n instanceof SoftLineBreak || n instanceof HardLineBreak)
                    ? Placement.BEFORE : Placement.INSIDE;
        }
        int s = start(n);
        int e = end(n);
        if (e <= rangeStart) {
            return Placement.BEFORE;
        }
        if (s >= rangeEnd) {
            return Placement.AFTER;
        }
        if ((s < rangeStart || e > rangeEnd) && !(n instanceof Text)) {
            consistent = false;
        }
        return Placement.INSIDE;
    }

    /** Where the inline content of a block starts: after an ATX heading's marker, else its first span. */
    private int contentStart(Node block) {
        if (block == null || block.getSourceSpans().isEmpty()) {
            return -1;
        }
        int i = block.getSourceSpans().get(0).getInputIndex() + offset;
        if (block.getPrevious() instanceof org.commonmark.ext.task.list.items.TaskListItemMarker) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("[ \\t]*\\[[ xX]\\][ \\t]*").matcher(src);
            if (m.region(i, src.length()).lookingAt()) {
                i = m.end();
            }
        }
        if (block instanceof org.commonmark.node.Heading) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("[ \\t]*#{1,6}[ \\t]*").matcher(src);
            if (m.region(i, src.length()).lookingAt()) {
                i = m.end();
            }
        }
        while (i < src.length() && (src.charAt(i) == ' ' || src.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /**
     * Whether the node's source span really holds it. The autolink extension computes the spans
     * of the nodes it makes from text lengths, so after a backslash escape or an entity they are
     * shifted; such nodes are re-located by {@link #spanless}.
     */
    private boolean validSpan(Node n) {
        if (n.getSourceSpans().isEmpty()) {
            return false;
        }
        int s = start(n);
        int e = end(n);
        if (n instanceof Link link && isBareUrl(link)) {
            String url = link.getFirstChild() instanceof Text t ? t.getLiteral() : "";
            return src.startsWith(url, s) && e - s == url.length();
        }
        if (n instanceof Text t) {
            String raw = src.substring(s, e);
            return unescape(raw).stripTrailing().equals(t.getLiteral().stripTrailing());
        }
        return true;
    }

    /** Raw inline text as the parser reads it: backslash escapes and entity references resolved. */
    private static String unescape(String raw) {
        StringBuilder sb = new StringBuilder();
        Matcher m = ENTITY.matcher(raw);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length() && isAsciiPunct(raw.charAt(i + 1))) {
                sb.append(raw.charAt(++i));
            } else if (c == '&' && m.find(i) && m.start() == i && isEntity(m.group())) {
                sb.append(Html5Entities.entityToString(m.group()));
                i = m.end() - 1;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean needsSpans(Node n) {
        return n instanceof Text || n instanceof Link;
    }

    /**
     * Text and links that the autolink extension made without source spans (it does so after a
     * backslash escape): the raw text runs from {@code from} to the next node that has spans (or
     * the end of the line); links are found in it by their URL, the rest is text. Returns the last
     * node handled.
     */
    private Node spanless(Node first, Node stop, int from) {
        Node last = first;
        List<Node> run = new ArrayList<>();
        for (Node n = first; n != null && n != stop && needsSpans(n) && !validSpan(n); n = n.getNext()) {
            run.add(n);
            last = n;
        }
        Node next = last.getNext();
        int to;
        if (next != null && next != stop && !next.getSourceSpans().isEmpty() && !(next instanceof SoftLineBreak)
                && !(next instanceof HardLineBreak)) {
            to = start(next);
        } else {
            int nl = src.indexOf('\n', from);
            to = nl < 0 ? src.length() : nl;
            while (to > from && (src.charAt(to - 1) == ' ' || src.charAt(to - 1) == '\t' || src.charAt(to - 1) == '\r')) {
                to--;
            }
        }
        to = Math.min(to, rangeEnd);
        int pos = from;
        for (Node n : run) {
            if (n instanceof Link link) {
                String url = link.getFirstChild() instanceof Text t ? t.getLiteral() : link.getDestination();
                int at = src.indexOf(url, pos);
                if (at < 0 || at + url.length() > to) {
                    consistent = false;
                    return last;
                }
                decode(src.substring(pos, at), pos);
                parts.add(code(dev.docloc.segment.Code.Kind.PLACEHOLDER, dev.docloc.segment.Code.Type.AUTOLINK,
                        url, at));
                pos = at + url.length();
            }
        }
        decode(src.substring(pos, to), pos);
        contentEnd = to;
        return last;
    }

    /** Where the second line's content starts, or -1 when the content is on one line. */
    int continuationStart() {
        return continuationStart;
    }

    /** Where the collected content starts in the source, or -1 when unknown. */
    int contentBegin() {
        return contentBegin;
    }

    /** Where the collected content ends in the source, or -1 when unknown. */
    int contentEnd() {
        return contentEnd;
    }

    /** False when source spans did not match the parsed text: the block must stay locked. */
    boolean consistent() {
        return consistent;
    }

    private void inline(Node n) {
        if (n instanceof Text t) {
            text(t);
        } else if (n instanceof SoftLineBreak) {
            lineBreak(n);
            parts.add(new dev.docloc.segment.Text(" "));
        } else if (n instanceof HardLineBreak) {
            hardBreak(n);
        } else if (n instanceof Code || n instanceof FootnoteReference) {
            placeholder(n, n instanceof Code ? dev.docloc.segment.Code.Type.CODE : dev.docloc.segment.Code.Type.FOOTNOTE_REF);
        } else if (n instanceof HtmlInline) {
            placeholder(n, dev.docloc.segment.Code.Type.HTML);
        } else if (n instanceof Image img) {
            image(img);
        } else if (n instanceof Link link) {
            link(link);
        } else if (n instanceof Emphasis) {
            pair(n, dev.docloc.segment.Code.Type.EMPHASIS, List.of());
        } else if (n instanceof StrongEmphasis) {
            pair(n, dev.docloc.segment.Code.Type.STRONG, List.of());
        } else if (n instanceof Strikethrough) {
            pair(n, dev.docloc.segment.Code.Type.STRIKETHROUGH, List.of());
        } else {
            placeholder(n, dev.docloc.segment.Code.Type.OTHER);
        }
    }

    private void text(Text t) {
        int start = start(t);
        int end = trimBeforeBreak(t, end(t));
        if (start < rangeStart || end > rangeEnd) {
            cutText(t, start, end);
            return;
        }
        String raw = src.substring(start, end);
        String decoded = decode(raw, start);
        String literal = t.getLiteral();
        if (!literal.stripTrailing().equals(decoded.stripTrailing()) && !literal.equals(decoded)) {
            consistent = false;
        }
    }

    /** Text that crosses a bound of the range: the whole node must match its source, its part inside is collected. */
    private void cutText(Text t, int start, int end) {
        if (!unescape(src.substring(start, end)).stripTrailing().equals(t.getLiteral().stripTrailing())) {
            consistent = false;
        }
        int s = Math.max(start, rangeStart);
        int e = Math.min(end, rangeEnd);
        if (s < e) {
            decode(src.substring(s, e), s);
        }
    }

    /** Trailing spaces (and a backslash) before a line break belong to the break, not the text. */
    private int trimBeforeBreak(Node t, int end) {
        Node next = t.getNext();
        if (!(next instanceof SoftLineBreak || next instanceof HardLineBreak)) {
            return end;
        }
        int e = end;
        while (e > start(t) && (src.charAt(e - 1) == ' ' || src.charAt(e - 1) == '\t')) {
            e--;
        }
        if (next instanceof HardLineBreak && e > start(t) && src.charAt(e - 1) == '\\' && (end - e) == 0) {
            e--;
        }
        return e;
    }

    /** Resolves backslash escapes; entity references become placeholders. Returns the decoded text. */
    private String decode(String raw, int start) {
        StringBuilder all = new StringBuilder();
        StringBuilder run = new StringBuilder();
        Matcher m = ENTITY.matcher(raw);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length() && isAsciiPunct(raw.charAt(i + 1))) {
                run.append(raw.charAt(++i));
                all.append(raw.charAt(i));
            } else if (c == '&' && m.find(i) && m.start() == i && isEntity(m.group())) {
                flush(run);
                parts.add(code(dev.docloc.segment.Code.Kind.PLACEHOLDER, dev.docloc.segment.Code.Type.ENTITY,
                        m.group(), start + i));
                all.append(Html5Entities.entityToString(m.group()));
                i = m.end() - 1;
            } else {
                run.append(c);
                all.append(c);
            }
        }
        flush(run);
        return all.toString();
    }

    /** A reference that commonmark resolves (an unknown name stays literal text). */
    private static boolean isEntity(String ref) {
        return !Html5Entities.entityToString(ref).equals(ref);
    }

    private void flush(StringBuilder run) {
        if (run.length() > 0) {
            addText(run.toString());
            run.setLength(0);
        }
    }

    private void addText(String s) {
        if (!parts.isEmpty() && parts.get(parts.size() - 1) instanceof dev.docloc.segment.Text prev) {
            parts.set(parts.size() - 1, new dev.docloc.segment.Text(prev.text() + s));
        } else {
            parts.add(new dev.docloc.segment.Text(s));
        }
    }

    private void lineBreak(Node n) {
        if (continuationStart < 0 && n.getNext() != null) {
            continuationStart = start(n.getNext());
        }
    }

    /** A hard break's code holds its marker (two spaces or a backslash), up to the end of the line. */
    private void hardBreak(Node n) {
        lineBreak(n);
        Node prev = n.getPrevious();
        if (prev == null || prev.getSourceSpans().isEmpty()) {
            consistent = false;
            return;
        }
        int from = prev instanceof Text ? trimBeforeBreak(prev, end(prev)) : end(prev);
        int e = from;
        while (e < src.length() && src.charAt(e) != '\n' && src.charAt(e) != '\r') {
            e++;
        }
        parts.add(code(dev.docloc.segment.Code.Kind.PLACEHOLDER, dev.docloc.segment.Code.Type.LINE_BREAK,
                src.substring(from, e), from));
    }

    private void placeholder(Node n, dev.docloc.segment.Code.Type type) {
        int s = start(n);
        parts.add(code(dev.docloc.segment.Code.Kind.PLACEHOLDER, type, src.substring(s, end(n)), s));
    }

    private void pair(Node n, dev.docloc.segment.Code.Type type, List<String> subflows) {
        Node first = n.getFirstChild();
        if (first == null || first.getSourceSpans().isEmpty()) {
            placeholder(n, type);
            return;
        }
        int s = start(n);
        int cs = start(first);
        int ce = end(n.getLastChild());
        int e = end(n);
        if (cs < s || ce > e || ce < cs) {
            consistent = false;
            return;
        }
        parts.add(code(dev.docloc.segment.Code.Kind.OPEN, type, src.substring(s, cs), s));
        collect(first, null);
        parts.add(new dev.docloc.segment.Code("", dev.docloc.segment.Code.Kind.CLOSE, type, src.substring(ce, e), ce,
                subflows));
    }

    /**
     * A link the autolink extension made from a bare URL or e-mail address: its text is the URL
     * and the source does not write it as {@code [text](url)} or {@code <url>}.
     */
    private boolean isBareUrl(Link link) {
        if (!(link.getFirstChild() instanceof Text t) || t.getNext() != null || link.getTitle() != null) {
            return false;
        }
        String text = t.getLiteral();
        String dest = link.getDestination();
        boolean urlText = dest.equals(text) || dest.equals("http://" + text) || dest.equals("mailto:" + text);
        if (!urlText || link.getSourceSpans().isEmpty()) {
            return urlText;
        }
        int s = start(link);
        return !(src.startsWith("[" + text + "]", s) || src.startsWith("<" + text + ">", s)
                || src.startsWith("<" + dest + ">", s));
    }

    private void link(Link link) {
        int s = start(link);
        if (isBareUrl(link) || src.charAt(s) == '<') {
            placeholder(link, dev.docloc.segment.Code.Type.AUTOLINK);
            return;
        }
        if (link.getLastChild() == null || isLabelReference(src.substring(end(link.getLastChild()), end(link)))) {
            // [label] and [label][]: the text is the label that finds the definition, so it stays
            placeholder(link, dev.docloc.segment.Code.Type.LINK);
            return;
        }
        List<String> subflows = new ArrayList<>();
        if (link.getTitle() != null) {
            titleUnit(link.getTitle(), end(link.getLastChild()), end(link), UnitKind.LINK_TITLE, subflows);
        }
        pair(link, dev.docloc.segment.Code.Type.LINK, subflows);
    }

    private static boolean isLabelReference(String closing) {
        return closing.equals("]") || closing.replaceAll("\\s", "").equals("][]");
    }

    private void image(Image img) {
        int s = start(img);
        List<String> subflows = new ArrayList<>();
        boolean labelIsAlt = img.getLastChild() != null
                && isLabelReference(src.substring(end(img.getLastChild()), end(img)));
        if (img.getFirstChild() != null && !labelIsAlt) {
            String alt = units.inlineUnit(img.getFirstChild(), null, UnitKind.IMAGE_ALT);
            if (alt != null) {
                subflows.add(alt);
            }
        }
        if (img.getTitle() != null) {
            int from = img.getLastChild() == null ? s : end(img.getLastChild());
            titleUnit(img.getTitle(), from, end(img), UnitKind.IMAGE_TITLE, subflows);
        }
        parts.add(new dev.docloc.segment.Code("", dev.docloc.segment.Code.Kind.PLACEHOLDER,
                dev.docloc.segment.Code.Type.IMAGE, src.substring(s, end(img)), s, subflows));
    }

    /** Finds the title between {@code from} and {@code to} (the closing part of a link) and makes it a unit. */
    private void titleUnit(String title, int from, int to, UnitKind kind, List<String> subflows) {
        int close = to - 1;
        while (close > from && src.charAt(close) != ')' && src.charAt(close) != ']') {
            close--;
        }
        int q = close - 1;
        while (q > from && Character.isWhitespace(src.charAt(q))) {
            q--;
        }
        char qc = src.charAt(q);
        char open = qc == ')' ? '(' : qc;
        if (qc != '"' && qc != '\'' && qc != ')') {
            return;
        }
        int o = q - 1;
        while (o > from && !(src.charAt(o) == open && src.charAt(o - 1) != '\\')) {
            o--;
        }
        if (o <= from || !unescapeTitle(src.substring(o + 1, q)).equals(title)) {
            return;
        }
        Region.Syntax syntax = qc == '"' ? Region.Syntax.TITLE_DOUBLE
                : qc == '\'' ? Region.Syntax.TITLE_SINGLE : Region.Syntax.TITLE_PAREN;
        String id = units.plainUnit(title, o + 1, q, syntax, kind);
        if (id != null) {
            subflows.add(id);
        }
    }

    private static String unescapeTitle(String raw) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length() && isAsciiPunct(raw.charAt(i + 1))) {
                c = raw.charAt(++i);
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private dev.docloc.segment.Code code(dev.docloc.segment.Code.Kind kind, dev.docloc.segment.Code.Type type,
                                         String data, int start) {
        return new dev.docloc.segment.Code("", kind, type, data, start, List.of());
    }

    int start(Node n) {
        List<SourceSpan> spans = n.getSourceSpans();
        if (spans.isEmpty()) {
            consistent = false;
            return 0;
        }
        return spans.get(0).getInputIndex() + offset;
    }

    int end(Node n) {
        List<SourceSpan> spans = n.getSourceSpans();
        if (spans.isEmpty()) {
            consistent = false;
            return 0;
        }
        SourceSpan last = spans.get(spans.size() - 1);
        return last.getInputIndex() + last.getLength() + offset;
    }

    static boolean isAsciiPunct(char c) {
        return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
    }
}
