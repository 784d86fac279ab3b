package dev.docloc.store;

import java.lang.reflect.Field;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;

/**
 * Lets the XLIFF readers of one thread share Okapi's compiled XML Schema validator. Okapi
 * compiles the eleven XLIFF 2 schemas again for every reader, which cost more than reading the
 * file itself (a fifth of {@code check} on 450 pages). The validator is kept per thread because
 * a {@code javax.xml.validation.Validator} is not thread-safe. Validation and its messages are
 * Okapi's, unchanged; if a later Okapi renames its private field, readers simply compile their
 * own schemas again.
 */
final class SharedSchema {
    private static final Field FIELD = field();
    private static final ThreadLocal<Object> VALIDATOR = new ThreadLocal<>();

    private SharedSchema() {
    }

    /** Gives {@code reader} this thread's validator, or keeps its validator for the next readers. */
    static XLIFFReader share(XLIFFReader reader) {
        if (FIELD == null) {
            return reader;
        }
        try {
            Object cached = VALIDATOR.get();
            if (cached == null) {
                VALIDATOR.set(FIELD.get(reader));
            } else {
                FIELD.set(reader, cached);
            }
        } catch (IllegalAccessException | RuntimeException e) {
            // the reader keeps its own validator
        }
        return reader;
    }

    private static Field field() {
        try {
            Field f = XLIFFReader.class.getDeclaredField("schValidator");
            f.setAccessible(true);
            return f;
        } catch (NoSuchFieldException | RuntimeException e) {
            return null;
        }
    }
}
