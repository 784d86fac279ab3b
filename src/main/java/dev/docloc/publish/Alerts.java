package dev.docloc.publish;

import dev.docloc.parse.Admonition;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * GitHub alerts ({@code > [!NOTE]} alone on the quote's first line) and Hugo's titled ones
 * ({@code > [!WARNING] Title} alone in the quote's first paragraph), published as the
 * {@link Admonition} boxes they mean instead of quotes that show their marker. A quote is a box in
 * a translation only where its source page has one: a marker that a translator typed stays text.
 */
final class Alerts {
    private static final Pattern MARKER = Pattern.compile("\\[!(" + Admonition.ALERT_TYPES + ")]",
            Pattern.CASE_INSENSITIVE);

    private Alerts() {}

    /** The type of the alert that {@code p}, the first paragraph of a quote, starts, or null. */
    static String type(Paragraph p) {
        if (!(p.getFirstChild() instanceof Text text)) {
            return null;
        }
        Matcher m = MARKER.matcher(text.getLiteral());
        if (!m.lookingAt()) {
            return null;
        }
        String type = m.group(1).toLowerCase(Locale.ROOT);
        String rest = text.getLiteral().substring(m.end());
        if (alone(text, rest)) {
            return type;
        }
        boolean spaced = !rest.isEmpty() && (rest.charAt(0) == ' ' || rest.charAt(0) == '\t');
        return spaced && !breaks(p) ? type : null;
    }

    /** Whether the marker, {@code rest} the text after it, is alone on its line. */
    private static boolean alone(Text marker, String rest) {
        Node next = marker.getNext();
        return rest.isBlank() && (next == null || next instanceof SoftLineBreak || next instanceof HardLineBreak);
    }

    private static boolean breaks(Paragraph p) {
        for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                return true;
            }
        }
        return false;
    }

    /**
     * Replaces each quote of the page's alerts (with its index among the page's quotes) that is an
     * alert in the source page too by a box, without the marker; a marker line's text becomes the
     * box's title, which takes the place of its paragraph among the leaf blocks. The boxes are
     * added to the page's admonitions.
     */
    static void publish(Blocks blocks, Set<Integer> sourceAlerts) {
        blocks.alerts.forEach((quote, index) -> {
            if (sourceAlerts.contains(index) && quote.getFirstChild() instanceof Paragraph p) {
                Admonition box = box(quote, p);
                if (box.title() != null) {
                    for (int leaf = 0; leaf < blocks.leaves.size(); leaf++) {
                        if (blocks.leaves.get(leaf) == p) {
                            blocks.leaves.set(leaf, box.title());
                        }
                    }
                }
                blocks.admonitions.add(box);
            }
        });
    }

    private static Admonition box(BlockQuote quote, Paragraph first) {
        Text marker = (Text) first.getFirstChild();
        Matcher m = MARKER.matcher(marker.getLiteral());
        m.lookingAt();
        Admonition box = Admonition.box(List.of(m.group(1).toLowerCase(Locale.ROOT)));
        String rest = marker.getLiteral().substring(m.end());
        if (alone(marker, rest)) {
            Node after = marker.getNext();
            marker.unlink();
            if (after != null) {
                after.unlink(); // the line break after the marker
            }
        } else {
            if (rest.isBlank()) {
                marker.unlink();
            } else {
                marker.setLiteral(rest.stripLeading());
            }
            Admonition.Title title = new Admonition.Title();
            for (Node n = first.getFirstChild(); n != null; ) {
                Node next = n.getNext();
                title.appendChild(n);
                n = next;
            }
            box.appendChild(title);
        }
        for (Node n = quote.getFirstChild(); n != null; ) {
            Node next = n.getNext();
            if (n != first || first.getFirstChild() != null) {
                box.appendChild(n);
            }
            n = next;
        }
        quote.insertAfter(box);
        quote.unlink();
        return box;
    }
}
