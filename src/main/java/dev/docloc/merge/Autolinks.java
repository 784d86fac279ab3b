package dev.docloc.merge;

import dev.docloc.parse.Markdown;
import dev.docloc.segment.Code;
import dev.docloc.segment.Part;
import dev.docloc.segment.Region;
import dev.docloc.segment.Text;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Bare URLs, {@code www.} addresses and e-mail addresses in merged Markdown. The autolink
 * extension finds them in text after parsing and ends each where the characters around it say,
 * so text written right next to one, as Japanese and Chinese write it, can become part of the
 * link: {@code 詳細はhttps://example.com/docsを参照してください。} links to
 * {@code https://example.com/docsを参照してください。}. Such a link is written in a bounded form that
 * shows the same text and leads to the same destination; the parser is asked, with docloc's own
 * configuration, both whether a link needs it and whether a form does it.
 */
final class Autolinks {
    /** Text that starts every probe, so that the probe is one paragraph whatever comes next. */
    private static final String LEAD = "x ";

    private Autolinks() {}

    /** An autolink the source writes without {@code <>}: the autolink extension made it. */
    static boolean isBare(Code c) {
        return c.type() == Code.Type.AUTOLINK && c.kind() == Code.Kind.PLACEHOLDER && !c.data().isEmpty()
                && c.data().charAt(0) != '<';
    }

    /** {@code parts} with each bare link that the text around it would extend or shorten written bounded. */
    static List<Part> bound(List<Part> parts, Region.Syntax syntax) {
        if (parts.stream().noneMatch(p -> p instanceof Code c && isBare(c))) {
            return parts;
        }
        List<Part> out = new ArrayList<>(parts);
        for (int i = 0; i < out.size(); i++) {
            if (!(out.get(i) instanceof Code c) || !isBare(c)) {
                continue;
            }
            String before = context(out, i, -1, syntax);
            String after = context(out, i, 1, syntax);
            if (before.isEmpty() && after.isEmpty() || linked(before + c.data() + after, c.data())) {
                continue;
            }
            String bounded = bounded(c.data());
            if (bounded != null) {
                out.set(i, new Code(c.id(), c.kind(), c.type(), bounded, c.start(), c.subflows()));
            }
        }
        return out;
    }

    /**
     * The link written so that nothing around it changes it: {@code <https://…>} or
     * {@code <user@host>}, which CommonMark bounds, or {@code [www.…](http://www.…)}, as a
     * {@code www.} address has no scheme for {@code <>}; null when no form shows the same link.
     */
    static String bounded(String url) {
        Link alone = onlyLink(url);
        if (alone == null) {
            return null;
        }
        String text = text(alone);
        for (String form : new String[] {"<" + url + ">", "[" + Escaper.inline(text, Region.Syntax.INLINE, false)
                + "](" + destination(alone.getDestination()) + ")"}) {
            Link l = onlyLink(form);
            if (l != null && l.getDestination().equals(alone.getDestination()) && text(l).equals(text)) {
                return form;
            }
        }
        return null;
    }

    /** True when {@code markdown} shows the link that {@code url} shows alone. */
    private static boolean linked(String markdown, String url) {
        Link alone = onlyLink(url);
        if (alone == null) {
            return true;
        }
        for (Node n : descendants(Markdown.parser().parse(LEAD + markdown))) {
            if (n instanceof Link l && l.getDestination().equals(alone.getDestination()) && text(l).equals(text(alone))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The written content next to part {@code i}, going by {@code step}: up to whitespace in text
     * (a link never spans it), a line break or the end of the unit. Codes are taken whole.
     */
    private static String context(List<Part> parts, int i, int step, Region.Syntax syntax) {
        StringBuilder sb = new StringBuilder();
        for (int j = i + step; j >= 0 && j < parts.size(); j += step) {
            if (parts.get(j) instanceof Code c) {
                if (c.type() == Code.Type.LINE_BREAK) {
                    break;
                }
                sb.insert(step > 0 ? sb.length() : 0, c.data());
                continue;
            }
            String s = Escaper.inline(((Text) parts.get(j)).text(), syntax, false);
            int cut = step > 0 ? firstSpace(s) : lastSpace(s) + 1;
            sb.insert(step > 0 ? sb.length() : 0, step > 0 ? s.substring(0, cut) : s.substring(cut));
            if (step > 0 ? cut < s.length() : cut > 0) {
                break;
            }
        }
        return sb.toString();
    }

    private static int firstSpace(String s) {
        int i = 0;
        while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int lastSpace(String s) {
        int i = s.length() - 1;
        while (i >= 0 && !Character.isWhitespace(s.charAt(i))) {
            i--;
        }
        return i;
    }

    /** A link destination written so that it reads back as {@code d}. */
    private static String destination(String d) {
        StringBuilder sb = new StringBuilder("<");
        for (char c : d.toCharArray()) {
            sb.append("\\<>&".indexOf(c) >= 0 ? "\\" : "").append(c);
        }
        String pointed = sb.append('>').toString();
        return pointed.length() == d.length() + 2 && d.chars().noneMatch(c -> c <= ' ' || c == '(' || c == ')')
                ? d : pointed;
    }

    /** The link that {@code markdown} shows, when it shows exactly one link and nothing else. */
    private static Link onlyLink(String markdown) {
        Node doc = Markdown.parser().parse(LEAD + markdown);
        if (!(doc.getFirstChild() instanceof Paragraph p) || p.getNext() != null
                || !(p.getFirstChild() instanceof org.commonmark.node.Text lead) || !lead.getLiteral().equals(LEAD)
                || !(lead.getNext() instanceof Link l) || l.getNext() != null) {
            return null;
        }
        return l;
    }

    /** The text a link shows, other inline nodes as U+FFFC. */
    private static String text(Node node) {
        StringBuilder sb = new StringBuilder();
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof org.commonmark.node.Text t) {
                sb.append(t.getLiteral());
            } else {
                sb.append('\uFFFC').append(text(c));
            }
        }
        return sb.toString();
    }

    private static List<Node> descendants(Node root) {
        List<Node> out = new ArrayList<>();
        out.add(root);
        for (int i = 0; i < out.size(); i++) {
            for (Node c = out.get(i).getFirstChild(); c != null; c = c.getNext()) {
                out.add(c);
            }
        }
        return out;
    }
}
