package dev.docloc.store;

import dev.docloc.cache.CacheFile;
import dev.docloc.cache.CodeVersion;
import dev.docloc.cache.ContentHash;
import dev.docloc.cache.FileHashes;
import dev.docloc.segment.Code;
import dev.docloc.segment.Part;
import dev.docloc.segment.Text;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stored pages as {@link XliffFile#read} gave them, one file per page and locale
 * ({@code <dir>/<locale>/<hash of the page key>.bin}), with the content hash of the translations
 * file they were read from. A command that reads a translations file another command read before
 * (check, then build; or any command after one that read it) takes the page from here instead of
 * parsing the XLIFF through Okapi again, which was a third of a full check or build. An entry is
 * only ever the result of a successful read of the same bytes in the same folder, so a hit gives
 * what the read would; each page has one entry, replaced when its file changes. A missing, foreign
 * (other build of docloc) or damaged entry is a miss; a failed write only costs the next run time.
 * Thread-safe: pages are read on all cores, each page's entry by one thread.
 */
final class StoredPageCache {
    private static final String HEADER = "docloc-stored-page-3 " + CodeVersion.fingerprint();

    private final Path dir;

    StoredPageCache(Path dir) {
        this.dir = dir;
    }

    /**
     * The page read earlier from {@code bytes}, known by {@code hash}, or null. The hash comes from
     * {@link FileHashes}, which trusts what a file's size and times say (on a file system without
     * change time, a file changed with size and modification time kept keeps its old hash), so the
     * entry also holds the {@link FileHashes#bytesId} of the bytes it was read from and a hit needs
     * the bytes in hand to match: an old page is never taken for new bytes (extract would write it
     * back).
     */
    StoredPage get(String locale, String pageKey, String hash, byte[] bytes) {
        Path file = file(locale, pageKey);
        byte[] entry;
        try {
            entry = Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(entry))) {
            if (!in.readUTF().equals(HEADER) || !in.readUTF().equals(hash) || !in.readUTF().equals(locale)
                    || !CacheFile.readString(in).equals(pageKey) || !in.readUTF().equals(FileHashes.bytesId(bytes))) {
                return null;
            }
            long checksum = in.readLong();
            byte[] payload = in.readAllBytes();
            if (checksum != crc(payload)) {
                return null;
            }
            return readPage(new DataInputStream(new ByteArrayInputStream(payload)), locale);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static long crc(byte[] bytes) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes);
        return crc.getValue();
    }

    /**
     * Keeps {@code page}, read from {@code bytes}, known by {@code hash}. The page is written with a
     * checksum, in place ({@link CacheFile#writeChecked}): an entry read half written, or damaged
     * on disk by a crash, is a miss, never another page.
     */
    void put(String locale, String pageKey, String hash, byte[] bytes, StoredPage page) {
        java.io.ByteArrayOutputStream payload = new java.io.ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(payload)) {
            writePage(out, page);
        } catch (IOException e) {
            return;
        }
        byte[] content = payload.toByteArray();
        CacheFile.writeChecked(file(locale, pageKey), out -> {
            out.writeUTF(HEADER);
            out.writeUTF(hash);
            out.writeUTF(locale);
            CacheFile.writeString(out, pageKey);
            out.writeUTF(FileHashes.bytesId(bytes));
            out.writeLong(crc(content));
            out.write(content);
        });
    }

    /**
     * Removes the entries of pages that are not in {@code pageKeys} (pages deleted or renamed since
     * they were read), in every locale; entries are otherwise replaced, never removed, and a cache
     * kept for years (or between CI jobs) would keep every page it ever read. Runs only when the
     * list of pages differs from the one of its last run ({@code pages.id}), so that an ordinary
     * run does not list the folders. Failures only leave entries behind.
     */
    void prune(java.util.Collection<String> pageKeys) {
        ContentHash id = ContentHash.start();
        pageKeys.stream().sorted().forEach(id::add);
        String list = id.hex();
        Path mark = dir.resolve("pages.id");
        try {
            if (Files.isRegularFile(mark) && Files.readString(mark).equals(list)) {
                return;
            }
            if (Files.isDirectory(dir)) {
                java.util.Set<String> kept = new java.util.HashSet<>();
                pageKeys.forEach(k -> kept.add(name(k)));
                try (var locales = Files.newDirectoryStream(dir, Files::isDirectory)) {
                    for (Path locale : locales) {
                        try (var entries = Files.newDirectoryStream(locale, "*.bin")) {
                            for (Path entry : entries) {
                                if (!kept.contains(entry.getFileName().toString())) {
                                    Files.deleteIfExists(entry);
                                }
                            }
                        }
                    }
                }
            }
            CacheFile.write(mark, out -> out.write(list.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            // entries of old pages only take room; the next run with another page list tries again
        }
    }

    private static String name(String pageKey) {
        return ContentHash.start().add(pageKey).hex().substring(0, 24) + ".bin";
    }

    /** One folder per locale, an entry named by a hash of the page key: no folder per page folder to create. */
    private Path file(String locale, String pageKey) {
        return dir.resolve(locale).resolve(name(pageKey));
    }

    private static void writePage(DataOutputStream out, StoredPage page) throws IOException {
        CacheFile.writeString(out, page.page());
        out.writeInt(page.segments().size());
        for (StoredSegment s : page.segments().values()) {
            CacheFile.writeString(out, s.id());
            writeParts(out, s.source());
            writeParts(out, s.target());
            out.writeByte(s.state().ordinal());
            out.writeInt(s.notes().size());
            for (String note : s.notes()) {
                CacheFile.writeString(out, note);
            }
            out.writeInt(s.line());
            out.writeInt(s.candidates().size());
            for (Candidate c : s.candidates()) {
                writeParts(out, c.source());
                writeParts(out, c.target());
                out.writeDouble(c.similarity());
                CacheFile.writeString(out, c.origin());
            }
        }
    }

    private static StoredPage readPage(DataInputStream in, String locale) throws IOException {
        String page = CacheFile.readString(in);
        int n = in.readInt();
        Map<String, StoredSegment> segments = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String id = CacheFile.readString(in);
            List<Part> source = readParts(in);
            List<Part> target = readParts(in);
            State state = State.values()[in.readByte()];
            List<String> notes = new ArrayList<>();
            for (int k = in.readInt(); k > 0; k--) {
                notes.add(CacheFile.readString(in));
            }
            int line = in.readInt();
            List<Candidate> candidates = new ArrayList<>();
            for (int k = in.readInt(); k > 0; k--) {
                candidates.add(new Candidate(readParts(in), readParts(in), in.readDouble(), CacheFile.readString(in)));
            }
            segments.put(id, new StoredSegment(id, source, target, state, notes, line, candidates));
        }
        if (in.read() != -1) {
            throw new IOException("trailing bytes");
        }
        return new StoredPage(page, locale, segments);
    }

    private static void writeParts(DataOutputStream out, List<Part> parts) throws IOException {
        out.writeInt(parts.size());
        for (Part p : parts) {
            if (p instanceof Text t) {
                out.writeByte(0);
                CacheFile.writeString(out, t.text());
            } else if (p instanceof Code c) {
                out.writeByte(1);
                CacheFile.writeString(out, c.id());
                out.writeByte(c.kind().ordinal());
                out.writeByte(c.type().ordinal());
                CacheFile.writeString(out, c.data());
                out.writeInt(c.start());
                out.writeInt(c.subflows().size());
                for (String subflow : c.subflows()) {
                    CacheFile.writeString(out, subflow);
                }
            }
        }
    }

    private static List<Part> readParts(DataInputStream in) throws IOException {
        int n = in.readInt();
        // not sized by n: a damaged count must end in an EOFException, not in a huge allocation
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (in.readByte() == 0) {
                parts.add(new Text(CacheFile.readString(in)));
                continue;
            }
            String id = CacheFile.readString(in);
            Code.Kind kind = Code.Kind.values()[in.readByte()];
            Code.Type type = Code.Type.values()[in.readByte()];
            String data = CacheFile.readString(in);
            int start = in.readInt();
            List<String> subflows = new ArrayList<>();
            for (int k = in.readInt(); k > 0; k--) {
                subflows.add(CacheFile.readString(in));
            }
            parts.add(new Code(id, kind, type, data, start, subflows));
        }
        return parts;
    }
}
