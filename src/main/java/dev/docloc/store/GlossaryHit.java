package dev.docloc.store;

import java.util.List;

/** A glossary term used in a unit's source, written to XLIFF with the Glossary module. */
public record GlossaryHit(String term, String definition, List<String> translations) {
    public GlossaryHit {
        definition = definition == null ? "" : definition;
        translations = List.copyOf(translations);
    }
}
