package dev.docloc.parse;

import java.util.List;
import org.commonmark.node.CustomBlock;

/**
 * An MkDocs admonition, as Python-Markdown's admonition and pymdownx.details extensions read it:
 * a marker line ({@code !!! note "Title"}, {@code ??? tip}, {@code ???+ warning inline end ""})
 * and the blocks indented four spaces below it, blank lines included. Its first child is the
 * {@link Title} when the marker line has a non-empty title in double quotes; the other children
 * are its blocks, parsed as Markdown. A marker line ends a paragraph before it, as in
 * Python-Markdown.
 */
public final class Admonition extends CustomBlock {
    /** How the box is shown: always open ({@code !!!}), collapsed ({@code ???}) or expanded ({@code ???+}). */
    public enum Form { BOX, COLLAPSED, EXPANDED }

    /**
     * The types of GitHub alerts ({@code > [!NOTE]}), as an alternation of a regular expression
     * read without regard to case: the boxes of this kind that GitHub writes as quotes.
     */
    public static final String ALERT_TYPES = "NOTE|TIP|IMPORTANT|WARNING|CAUTION";

    private final Form form;
    private final List<String> classes;
    private final boolean untitled;

    Admonition(Form form, List<String> classes, boolean untitled) {
        this.form = form;
        this.classes = List.copyOf(classes);
        this.untitled = untitled;
    }

    /**
     * An always-open box of {@code classes} (in lower case, the type first), as publishing
     * shows other syntaxes that mean one, such as GitHub alerts.
     */
    public static Admonition box(List<String> classes) {
        if (classes.isEmpty()) {
            throw new IllegalArgumentException("an admonition needs a type");
        }
        return new Admonition(Form.BOX, classes, false);
    }

    public Form form() {
        return form;
    }

    /**
     * The type ({@code note}) and any further classes, in lower case; none for a collapsible one
     * with a title alone ({@code ??? "Title"}).
     */
    public List<String> classes() {
        return classes;
    }

    /** The type, the first of the classes; empty when there are none. */
    public String type() {
        return classes.isEmpty() ? "" : classes.get(0);
    }

    /**
     * The title MkDocs shows for a box of {@code type} without one of its own: the type with its
     * first letter in upper case ("Note"); empty for no type.
     */
    public static String defaultTitle(String type) {
        if (type.isEmpty()) {
            return type;
        }
        int first = type.offsetByCodePoints(0, 1);
        return type.substring(0, first).toUpperCase(java.util.Locale.ROOT) + type.substring(first);
    }

    /** An empty title ({@code !!! note ""}): the box is shown without one. */
    public boolean untitled() {
        return untitled;
    }

    /** The title, when the admonition has one: its own, or one that publishing gives it. */
    public Title title() {
        return getFirstChild() instanceof Title t ? t : null;
    }

    /** The title of an admonition, as inline content. */
    public static final class Title extends CustomBlock {}
}
