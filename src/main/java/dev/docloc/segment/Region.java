package dev.docloc.segment;

/**
 * Where a unit's content lies in the page source and how translated text must be laid out there.
 *
 * @param start        offset of the first character of the content (UTF-16 units)
 * @param end          offset after the last character
 * @param syntax       the escaping rules that apply to text written there
 * @param continuation the source's line break (CRLF, LF or CR) and what starts each continuation line
 *                     (container markers, indentation), or null when the source content is on one
 *                     line: translated text then stays on one line
 * @param width        the longest source line of the content, in characters: the wrap width
 */
public record Region(int start, int end, Syntax syntax, String continuation, int width) {

    /** The escaping rules of the place that translated text is written to. */
    public enum Syntax {
        /** Inline Markdown in a block (paragraph, heading, alt text). */
        INLINE,
        /** Inline Markdown in a GFM table cell: also escape {@code |}, no line breaks. */
        TABLE_CELL,
        /** Inline Markdown in an ATX heading: also escape {@code #}, no line breaks. */
        HEADING,
        /** A link or image title between double quotes. */
        TITLE_DOUBLE,
        /** A link or image title between single quotes. */
        TITLE_SINGLE,
        /** A link or image title between parentheses. */
        TITLE_PAREN,
        /** A YAML scalar in front matter. */
        YAML,
        /** Text between tags of an HTML block. */
        HTML
    }

    public Region {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad region " + start + ".." + end);
        }
    }

    public boolean multiline() {
        return continuation != null;
    }
}
