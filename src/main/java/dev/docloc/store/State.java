package dev.docloc.store;

import java.util.Locale;

/** The XLIFF 2 segment state. Only translated, reviewed and final targets are published. */
public enum State {
    INITIAL, TRANSLATED, REVIEWED, FINAL;

    public boolean published() {
        return this != INITIAL;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static State fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
