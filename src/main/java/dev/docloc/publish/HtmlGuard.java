package dev.docloc.publish;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * Keeps raw HTML that the source page has and turns any other raw HTML into text. Raw HTML in
 * the source is trusted; a localized page may only repeat it. A raw HTML node is kept when each
 * of its tags (with all attributes) occurs in the source page; a node that opens a script or
 * style element must occur in the source as a whole, because its content is code, not text.
 */
final class HtmlGuard {
    private static final Pattern TAG = Pattern.compile("<!--.*?-->|<[^>]*>?", Pattern.DOTALL);
    private static final Pattern CODE_ELEMENT = Pattern.compile("<\\s*/?\\s*(script|style)\\b");
    private static final Pattern ELEMENT = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9-]*)(.*?)(/?)>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([^\\s\"'>/=]+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?|(\\S)");
    /** Attributes whose values are text a translator may translate; they cannot carry code. */
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "aria-label", "aria-description",
            "placeholder", "summary");
    private final Set<String> tags = new HashSet<>();
    private final Set<String> literals = new HashSet<>();

    /** A guard that trusts the raw HTML of this source document. */
    HtmlGuard(Blocks source) {
        for (Node node : source.rawHtml) {
            String literal = literal(node);
            literals.add(literal.strip());
            tags.addAll(tags(literal));
        }
    }

    /** Replaces untrusted raw HTML nodes by text; returns the literals that were replaced. */
    List<String> neutralize(Blocks localized) {
        List<String> replaced = new ArrayList<>();
        for (Node node : localized.rawHtml) {
            String literal = literal(node);
            if (!trusted(literal)) {
                replaced.add(literal.strip());
                replaceByText(node, literal);
            }
        }
        return replaced;
    }

    boolean trusted(String literal) {
        if (CODE_ELEMENT.matcher(literal.toLowerCase(Locale.ROOT)).find()) {
            return literals.contains(literal.strip());
        }
        return tags.containsAll(tags(literal));
    }

    private static List<String> tags(String literal) {
        List<String> found = new ArrayList<>();
        Matcher m = TAG.matcher(literal);
        while (m.find()) {
            found.add(shape(m.group()));
        }
        return found;
    }

    /**
     * A tag with the values of its text attributes left out, so that {@code <abbr title="...">}
     * with a translated title still matches the source tag. Anything the attribute syntax does
     * not explain (stray quotes, a second tag) is kept, so such a tag matches only itself.
     */
    static String shape(String tag) {
        Matcher element = ELEMENT.matcher(tag);
        if (!element.matches()) {
            return tag;
        }
        StringBuilder sb = new StringBuilder("<").append(element.group(1)).append(element.group(2).toLowerCase(Locale.ROOT));
        Matcher attribute = ATTRIBUTE.matcher(element.group(3));
        while (attribute.find()) {
            if (attribute.group(3) != null) {
                return tag;
            }
            String name = attribute.group(1).toLowerCase(Locale.ROOT);
            String value = attribute.group(2);
            sb.append(' ').append(name);
            if (value != null) {
                sb.append('=').append(TEXT_ATTRIBUTES.contains(name) ? "\"\"" : value);
            }
        }
        return sb.append(element.group(4)).append('>').toString();
    }

    private static String literal(Node node) {
        return node instanceof HtmlInline inline ? inline.getLiteral() : ((HtmlBlock) node).getLiteral();
    }

    private static void replaceByText(Node node, String literal) {
        if (node instanceof HtmlInline) {
            node.insertBefore(new Text(literal));
        } else {
            Paragraph paragraph = new Paragraph();
            paragraph.appendChild(new Text(literal.strip()));
            node.insertBefore(paragraph);
        }
        node.unlink();
    }
}
