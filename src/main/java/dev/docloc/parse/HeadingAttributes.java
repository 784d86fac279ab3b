package dev.docloc.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;

/**
 * The attribute block at the end of a heading, as Hugo, Pandoc, kramdown and MkDocs read it:
 * {@code ## Install QEMU {#install-qemu .class key=value}}, after a blank, with no backslash or
 * {@code &} in it. The parsers of {@link Markdown} make it the heading's last inline node, after
 * the heading text (whose trailing blanks they leave out), so that the heading text is extracted,
 * slugged and rendered without it and its source span holds it byte for byte. HTML rendering
 * writes nothing for it; publishing takes its id as the heading's id.
 */
public final class HeadingAttributes extends CustomNode {
    private static final String NAME = "[^\\s{}\"'=#.\\\\&]+";
    private static final String ATTRIBUTE = "(?:#" + NAME + "|\\." + NAME + "|-|" + NAME
            + "=(?:\"[^\"\\\\&]*\"|'[^'\\\\&]*'|" + NAME + "))";
    /** A whole attribute block. */
    static final Pattern BLOCK = Pattern.compile(
            "\\{:?[ \\t]*" + ATTRIBUTE + "(?:[ \\t]+" + ATTRIBUTE + ")*[ \\t]*}");
    private static final Pattern ID = Pattern.compile("(?:^|[\\s{:])#(" + NAME + ")");
    private static final Pattern NO_TRANSLATE = Pattern.compile(
            "(?:^|[\\s{:])(?:\\.notranslate|translate=(?:\"no\"|'no'|no))(?=[\\s}])");

    private final String literal;

    HeadingAttributes(String literal) {
        this.literal = literal;
    }

    /** The block as written, braces included. */
    public String literal() {
        return literal;
    }

    /** The id the block gives ({@code #id}), if any. */
    public Optional<String> id() {
        Matcher m = ID.matcher(literal.replaceAll("\"[^\"]*\"|'[^']*'", "\"\""));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * Whether the block marks its heading as not to be translated: the class {@code notranslate}
     * (Docsy and Google Translate's convention) or HTML's {@code translate=no}.
     */
    public boolean notTranslated() {
        // a quoted value is no class, unless it is the value of translate=
        return NO_TRANSLATE.matcher(literal.replaceAll("(?<!translate=)(?:\"[^\"]*\"|'[^']*')", "\"\"")).find();
    }

    /** The id the attribute block of {@code heading} gives, if it has one. */
    public static Optional<String> idOf(Heading heading) {
        return heading.getLastChild() instanceof HeadingAttributes a ? a.id() : Optional.empty();
    }
}
