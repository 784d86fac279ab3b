package dev.docloc.segment;

import java.util.Objects;

/** Plain translatable text, unescaped (what a reader sees, not Markdown syntax). */
public record Text(String text) implements Part {
    public Text {
        Objects.requireNonNull(text, "text must not be null");
    }
}
