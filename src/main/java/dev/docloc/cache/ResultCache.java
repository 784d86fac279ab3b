package dev.docloc.cache;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Results of one kind of per-page work, by content-hash key, kept in one JSON file between runs.
 * Thread-safe: pages are computed on all cores.
 *
 * <p>An entry not used for {@value #KEEP_RUNS} runs is dropped when the file is saved, so the
 * file follows the project instead of growing with every edit, while a run over a subset of
 * locales does not evict the others.
 *
 * <pre><code>
 * ResultCache&lt;PageResult&gt; cache = ResultCache.open(dir.resolve("check.json"), PageResult.class);
 * PageResult r = cache.get(key);
 * if (r == null) { r = compute(); cache.put(key, r); }
 * cache.save();
 * </code></pre>
 *
 * @param <T> the result type, a record Jackson can read and write
 */
public final class ResultCache<T> {
    static final int KEEP_RUNS = 5;
    // records are written by their components only: derived methods such as isSuppressed() are not state
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .setVisibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);

    private final Path file;
    private final Class<T> type;
    private final int run;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();
    private volatile boolean changed;

    /** A stored result and the run that last used it. */
    private static final class Entry {
        volatile int run;
        final JsonNode json;
        volatile Object value;

        Entry(int run, JsonNode json, Object value) {
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
        JsonNode root = read(file);
        boolean ours = root != null && header(type).equals(root.path("header").asText());
        int run = ours ? root.path("run").asInt() + 1 : 1;
        ResultCache<T> cache = new ResultCache<>(file, type, run);
        if (ours) {
            for (Iterator<Map.Entry<String, JsonNode>> it = root.path("entries").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                cache.entries.put(e.getKey(), new Entry(e.getValue().path("run").asInt(), e.getValue().path("value"),
                        null));
            }
        }
        return cache;
    }

    private static JsonNode read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return JSON.readTree(in);
        } catch (IOException | RuntimeException e) {
            return null; // a damaged cache is only slower
        }
    }

    /** The header that ties a file to this build of docloc and this result type. */
    private static String header(Class<?> type) {
        return "docloc-cache 1 " + type.getName() + " " + CodeVersion.fingerprint();
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
                value = JSON.treeToValue(e.json, type);
            } catch (IOException | RuntimeException ex) {
                entries.remove(key);
                misses.incrementAndGet();
                return null;
            }
            e.value = value;
        }
        if (e.run != run) {
            e.run = run;
            changed = true;
        }
        hits.incrementAndGet();
        return type.cast(value);
    }

    public void put(String key, T value) {
        entries.put(key, new Entry(run, null, value));
        changed = true;
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
     * Writes the file (temp file and rename) when this run used or added entries. A failure to
     * write only costs time next run, so it is not reported.
     */
    public synchronized void save() {
        if (!changed) {
            return;
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("header", header(type));
        root.put("run", run);
        ObjectNode out = root.putObject("entries");
        entries.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Entry entry = e.getValue();
            if (run - entry.run < KEEP_RUNS) {
                ObjectNode o = out.putObject(e.getKey());
                o.put("run", entry.run);
                o.set("value", entry.json != null ? entry.json : JSON.valueToTree(entry.value));
            }
        });
        Path tmp = null;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp");
            try (OutputStream os = Files.newOutputStream(tmp)) {
                JSON.writeValue(os, root);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            changed = false;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp);
        }
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp == null) {
            return;
        }
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            // never read: temporary names are not cache files
        }
    }
}
