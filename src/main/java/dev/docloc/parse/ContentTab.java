package dev.docloc.parse;

import org.commonmark.node.CustomBlock;

/**
 * An MkDocs Material content tab: a {@code === "Title"} line ({@code ===!} starts a new set of
 * tabs, {@code ===+} selects the tab) and the blocks indented four spaces below it. Its first
 * child is the {@link Title}, whose children are the inline content of the title between the
 * quotes; the other children are the tab's blocks, parsed as Markdown. A tab does not interrupt a
 * paragraph.
 */
public final class ContentTab extends CustomBlock {

    /** The title of a content tab, as inline content; empty for {@code === ""}. */
    public static final class Title extends CustomBlock {}
}
