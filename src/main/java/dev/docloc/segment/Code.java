package dev.docloc.segment;

import java.util.List;
import java.util.Objects;

/**
 * An inline code: Markdown markup kept verbatim. Paired codes ({@link Kind#OPEN} and
 * {@link Kind#CLOSE} with the same {@code id}) surround text the translator may move but not
 * unbalance; {@link Kind#PLACEHOLDER}s stand alone.
 *
 * @param id       unit-scoped identifier, shared by the two halves of a pair
 * @param kind     opening, closing or standalone
 * @param type     what the markup is
 * @param data     the original Markdown source of the code, byte for byte
 * @param start    offset of {@code data} in the page source (UTF-16 units), or -1 when not from the page
 * @param subflows ids of units nested in this code (link title, image alt text and title)
 */
public record Code(String id, Kind kind, Type type, String data, int start, List<String> subflows) implements Part {

    /** Opening, closing or standalone. */
    public enum Kind { OPEN, CLOSE, PLACEHOLDER }

    /** What the markup is; {@link #xliffType()} and {@link #xliffSubType()} map it to XLIFF 2. */
    public enum Type {
        EMPHASIS("fmt", "xlf:i"),
        STRONG("fmt", "xlf:b"),
        STRIKETHROUGH("fmt", "docloc:strike"),
        LINK("link", null),
        IMAGE("image", null),
        CODE("other", "docloc:code"),
        HTML("other", "docloc:html"),
        LINE_BREAK("fmt", "xlf:lb"),
        ENTITY("other", "docloc:entity"),
        FOOTNOTE_REF("link", "docloc:footnote"),
        AUTOLINK("link", "docloc:autolink"),
        OTHER("other", null);

        private final String xliffType;
        private final String xliffSubType;

        Type(String xliffType, String xliffSubType) {
            this.xliffType = xliffType;
            this.xliffSubType = xliffSubType;
        }

        public String xliffType() {
            return xliffType;
        }

        /** The XLIFF subType, or null. */
        public String xliffSubType() {
            return xliffSubType;
        }

        /**
         * The type written as XLIFF {@code type} and {@code subType} by {@link #xliffType()} and
         * {@link #xliffSubType()}; {@link #OTHER} for a pair docloc does not write (a file from
         * another tool, an attribute removed).
         */
        public static Type fromXliff(String type, String subType) {
            for (Type t : values()) {
                if (t.xliffType.equals(type) && Objects.equals(t.xliffSubType, subType)) {
                    return t;
                }
            }
            return OTHER;
        }
    }

    public Code {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(data, "data must not be null");
        subflows = List.copyOf(subflows);
    }

    public static Code of(String id, Kind kind, Type type, String data) {
        return new Code(id, kind, type, data, -1, List.of());
    }

    /** The end offset of {@code data} in the page source. */
    public int end() {
        return start + data.length();
    }

    /** True when this code and {@code other} are the same markup, ignoring position and id. */
    public boolean sameMarkup(Code other) {
        return kind == other.kind && type == other.type && data.equals(other.data);
    }
}
