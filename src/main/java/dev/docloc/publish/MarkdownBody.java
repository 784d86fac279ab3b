package dev.docloc.publish;

import dev.docloc.parse.Markdown;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Node;

/**
 * Parses the Markdown body of a page, without its byte order mark and YAML front matter, for
 * rendering: the nodes carry no source spans, and bare URLs and e-mail addresses are text until
 * {@link Autolinker} links those the page may link.
 */
final class MarkdownBody {
    private static final Pattern FRONT_MATTER =
            Pattern.compile("\\A---[ \\t]*\\r?\\n(?:.*?\\r?\\n)?(?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\z)", Pattern.DOTALL);

    private MarkdownBody() {}

    static Node parse(String text) {
        return Markdown.renderingParser().parse(body(text));
    }

    static String body(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Matcher m = FRONT_MATTER.matcher(s);
        return m.lookingAt() ? s.substring(m.end()) : s;
    }
}
