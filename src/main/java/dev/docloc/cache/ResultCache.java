package dev.docloc.cache;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Results of one kind of per-page work, by content-hash key, kept in one file between runs.
 * Each result is stored as its JSON (Jackson) and read back only when a run asks for it, so
 * opening and saving a cache of a large site costs little more than reading and writing the file.
 * Thread-safe: pages are computed on all cores.
 *
 * <p>The file is written only by runs that added results. An entry that none of the last
 * {@value #KEEP_RUNS} such runs used is then dropped, so the file follows the project instead of
 * growing with every edit, while a run over a subset of locales does not evict the others.
 *
 * <pre><code>
 * ResultCache&lt;PageResult&gt; cache = ResultCache.open(dir.resolve("check.bin"), PageResult.class);
 * PageResult r = cache.get(key);
 * if (r == null) { r = compute(); cache.put(key, r); }
 * cache.save();
 * </code></pre>
 *
 * @param <T> the result type, a record Jackson can read and write
 */
public final class ResultCache<T> {
    static final int KEEP_RUNS = 5;
    private static final ObjectMapper JSON = RecordJson.MAPPER;

    private final Path file;
    private final Class<T> type;
    private final int run;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();
    private volatile boolean added;

    /** A stored result (its JSON as read, or the value put by this run) and the run that last used it. */
    private static final class Entry {
        volatile int run;
        final byte[] json;
        volatile Object value;

        Entry(int run, byte[] json, Object value) {
            this.run = run;
            this.json = json;
            this.value = value;
        }
    }

    private ResultCache(Path file, Class<T> type, int run) {
        this.file = file;
        this.type = type;
        this.run = run;
    }

    /**
     * Opens the cache kept in {@code file}; a missing, unreadable or foreign file (another build of
     * docloc, another result type) gives an empty cache.
     */
    public static <T> ResultCache<T> open(Path file, Class<T> type) {
        if (Files.isRegularFile(file)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                if (in.readUTF().equals(header(type))) {
                    ResultCache<T> cache = new ResultCache<>(file, type, in.readInt() + 1);
                    for (int n = in.readInt(); n > 0; n--) {
                        String key = in.readUTF();
                        int run = in.readInt();
                        byte[] json = in.readNBytes(in.readInt());
                        cache.entries.put(key, new Entry(run, json, null));
                    }
                    return cache;
                }
            } catch (IOException | RuntimeException e) {
                // a damaged cache is only slower
            }
        }
        return new ResultCache<>(file, type, 1);
    }

    /** The header that ties a file to this build of docloc and this result type. */
    private static String header(Class<?> type) {
        return "docloc-cache 2 " + type.getName() + " " + CodeVersion.fingerprint();
    }

    /** The result stored for {@code key}, or null. */
    public T get(String key) {
        Entry e = entries.get(key);
        if (e == null) {
            misses.incrementAndGet();
            return null;
        }
        Object value = e.value;
        if (value == null) {
            try {
                value = JSON.readValue(e.json, type);
            } catch (IOException | RuntimeException ex) {
                entries.remove(key);
                misses.incrementAndGet();
                return null;
            }
            e.value = value;
        }
        e.run = run;
        hits.incrementAndGet();
        return type.cast(value);
    }

    public void put(String key, T value) {
        entries.put(key, new Entry(run, null, value));
        added = true;
    }

    /** Lookups that found a result. */
    public int hits() {
        return hits.get();
    }

    /** Lookups that found none. */
    public int misses() {
        return misses.get();
    }

    /**
     * Writes the file (temp file and rename) when this run added results. A failure to write only
     * costs time next run, so it is not reported.
     */
    public synchronized void save() {
        if (!added) {
            return;
        }
        Map<String, Entry> kept = new TreeMap<>();
        entries.forEach((k, e) -> {
            if (run - e.run < KEEP_RUNS) {
                kept.put(k, e);
            }
        });
        added = !CacheFile.write(file, out -> {
            out.writeUTF(header(type));
            out.writeInt(run);
            out.writeInt(kept.size());
            for (Map.Entry<String, Entry> e : kept.entrySet()) {
                byte[] json = e.getValue().json != null ? e.getValue().json : JSON.writeValueAsBytes(e.getValue().value);
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().run);
                out.writeInt(json.length);
                out.write(json);
            }
        });
    }
}
