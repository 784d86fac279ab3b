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

    /** The state of an XLIFF {@code state} value; throws {@link IllegalArgumentException} naming the value. */
    public static State fromId(String id) {
        for (State s : values()) {
            if (s.id().equals(id.toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown state '" + id + "'; use initial, translated, reviewed or final");
    }
}
