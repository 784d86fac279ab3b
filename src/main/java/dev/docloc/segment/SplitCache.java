package dev.docloc.segment;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sentence boundaries already computed, by text, kept in a file between runs (under the
 * project's {@code target/}), so that {@code extract}, {@code pseudo}, {@code check} and
 * {@code build} segment an unchanged text once instead of once per command. A boundary list is a
 * pure function of the text, the language and the SRX rules; the file starts with a header naming
 * the language and a checksum of the rules and is ignored when either differs, or when it cannot
 * be read. Thread-safe.
 */
final class SplitCache {
    private final Path file;
    private final String header;
    private final Map<String, int[]> starts = new ConcurrentHashMap<>();
    // the texts this run looked up: on a run that segmented every page, the texts the project has
    private final java.util.Set<String> used = ConcurrentHashMap.newKeySet();
    private volatile boolean loaded;
    private volatile boolean changed;

    SplitCache(Path file, String header) {
        this.file = file;
        this.header = header;
    }

    /** The boundaries of {@code plain}, or null when they are not known yet. */
    int[] get(String plain) {
        if (!loaded) {
            load();
        }
        int[] known = starts.get(plain);
        if (known != null) {
            used.add(plain);
        }
        return known;
    }

    void put(String plain, int[] boundaries) {
        used.add(plain);
        if (starts.putIfAbsent(plain, boundaries) == null) {
            changed = true;
        }
    }

    private synchronized void load() {
        if (loaded || !Files.isRegularFile(file)) {
            loaded = true;
            return;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readUTF().equals(header)) {
                for (int n = in.readInt(); n > 0; n--) {
                    String text = new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
                    int[] b = new int[in.readInt()];
                    for (int i = 0; i < b.length; i++) {
                        b[i] = in.readInt();
                    }
                    starts.putIfAbsent(text, b);
                }
            }
        } catch (IOException | RuntimeException e) {
            starts.clear(); // a damaged cache is only slower
        }
        loaded = true;
    }

    /**
     * Writes the file when something was added, or when {@code complete} (this run segmented every
     * page of the project) and the file holds texts this run did not look up: those are texts the
     * project no longer has (edited or deleted paragraphs), and without this the file would grow
     * with every edit. A failure to write only costs time next run.
     */
    synchronized void save(boolean complete) {
        if (complete && loaded && starts.size() > used.size()) {
            changed |= starts.keySet().retainAll(used);
        }
        if (!changed) {
            return;
        }
        // the next run segments again when this fails; a half-written cache never stays behind
        changed = !dev.docloc.cache.CacheFile.write(file, out -> {
            out.writeUTF(header);
            out.writeInt(starts.size());
            for (Map.Entry<String, int[]> e : starts.entrySet()) {
                byte[] text = e.getKey().getBytes(StandardCharsets.UTF_8);
                out.writeInt(text.length);
                out.write(text);
                out.writeInt(e.getValue().length);
                for (int b : e.getValue()) {
                    out.writeInt(b);
                }
            }
        });
    }
}
