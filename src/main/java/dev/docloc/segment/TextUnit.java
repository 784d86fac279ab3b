package dev.docloc.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A translatable block of a page (paragraph, heading, table cell, ...) or a translatable
 * attribute (link title, image alt text, front-matter value), split into segments.
 *
 * @param id      content-derived identifier, unique in its page
 * @param kind    what the unit is in the document
 * @param parts   segments and the whitespace between them, in source order
 * @param context where the unit is, for translators' notes (heading path), never null
 * @param region  where the unit's content lies in the page source, for merging
 * @param parent  id of the unit whose code holds this one (link title, alt text), or null
 */
public record TextUnit(String id, UnitKind kind, List<UnitPart> parts, String context, Region region, String parent) {
    public TextUnit {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        parts = List.copyOf(parts);
        context = context == null ? "" : context;
        Objects.requireNonNull(region, "region must not be null");
    }

    /** The segments, whitespace left out. */
    public List<Segment> segments() {
        List<Segment> out = new ArrayList<>();
        for (UnitPart p : parts) {
            if (p instanceof Segment s) {
                out.add(s);
            }
        }
        return out;
    }

    /** All source content, segments and whitespace, as one list of parts. */
    public List<Part> sourceParts() {
        List<Part> out = new ArrayList<>();
        for (UnitPart p : parts) {
            if (p instanceof Segment s) {
                out.addAll(s.source());
            } else if (p instanceof Ignorable ig) {
                out.add(new Text(ig.text()));
            }
        }
        return out;
    }
}
