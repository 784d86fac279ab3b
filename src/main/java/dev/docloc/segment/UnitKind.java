package dev.docloc.segment;

/** What a unit is in the document; its {@link #id()} is written to XLIFF as the unit type. */
public enum UnitKind {
    PARAGRAPH("paragraph"),
    HEADING("heading"),
    TABLE_CELL("table-cell"),
    LINK_TITLE("link-title"),
    IMAGE_ALT("image-alt"),
    IMAGE_TITLE("image-title"),
    FRONT_MATTER("front-matter"),
    ADMONITION_TITLE("admonition-title"),
    TAB_TITLE("tab-title"),
    HTML_TEXT("html-text");

    private final String id;

    UnitKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static UnitKind fromId(String id) {
        for (UnitKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown unit kind " + id);
    }
}
