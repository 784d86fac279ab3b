package dev.docloc.testutil;

import dev.docloc.parse.Markdown;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/** The element tree of rendered Markdown, for comparing structure across languages. */
public final class Html {
    private Html() {}

    /** Renders Markdown with docloc's commonmark configuration. */
    public static String render(String markdown) {
        return Markdown.htmlRenderer().build().render(Markdown.parser().parse(markdown));
    }

    /**
     * Tags and attributes of every element, indented by depth; {@code alt} and {@code title}
     * values are left out because they are translated.
     */
    public static String structure(String markdown) {
        Element body = Jsoup.parseBodyFragment(render(markdown)).body();
        StringBuilder sb = new StringBuilder();
        walk(body, 0, sb);
        return sb.toString();
    }

    private static void walk(Element e, int depth, StringBuilder sb) {
        sb.append("  ".repeat(depth)).append(e.tagName());
        for (Attribute a : e.attributes()) {
            boolean translated = List.of("alt", "title").contains(a.getKey());
            sb.append(' ').append(a.getKey()).append(translated ? "" : "=" + a.getValue());
        }
        sb.append('\n');
        for (Element c : e.children()) {
            walk(c, depth + 1, sb);
        }
    }
}
