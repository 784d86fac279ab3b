package dev.docloc.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.cache.ContentHash;
import dev.docloc.segment.Code;
import dev.docloc.segment.Part;
import dev.docloc.segment.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page taken from the cache of read translations files is the page the read gave, segment order,
 * codes, notes, lines and offered matches included; an entry for other bytes, another locale or
 * another build of docloc, or a damaged one, is not used; and a store with the cache takes a page
 * read before from it instead of parsing the file.
 */
class StoredPageCacheTest {
    private static final byte[] FILE = "<xliff>the translations file</xliff>".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private static List<Path> bundledFiles() throws IOException {
        try (Stream<Path> s = Files.walk(Path.of("translations"))) {
            return s.filter(p -> p.toString().endsWith(".xlf")).sorted().toList();
        }
    }

    private static String locale(Path file) {
        return Path.of("translations").relativize(file).getName(0).toString();
    }

    @Test
    void everyBundledFileComesBackAsItWasRead() throws IOException {
        StoredPageCache cache = new StoredPageCache(dir);
        List<Path> files = bundledFiles();
        assertThat(files).hasSizeGreaterThan(50);
        int candidates = 0;
        for (Path file : files) {
            String locale = locale(file);
            byte[] bytes = Files.readAllBytes(file);
            StoredPage read = XliffFile.read(file, bytes, locale);
            String key = file.getFileName().toString().replace(".xlf", "") + "-" + files.indexOf(file);
            cache.put(locale, key, ContentHash.of(bytes), bytes, read);
            StoredPage back = cache.get(locale, key, ContentHash.of(bytes), bytes);
            assertThat(back).as(file.toString()).isEqualTo(read);
            assertThat(List.copyOf(back.segments().keySet())).isEqualTo(List.copyOf(read.segments().keySet()));
            candidates += read.segments().values().stream().mapToInt(s -> s.candidates().size()).sum();
        }
        assertThat(candidates).as("offered matches in the bundled files").isPositive();
    }

    @Test
    void anyTextComesBackWholeLongTextsAndLoneSurrogatesIncluded() {
        String longText = "Δ\uD83D\uDE00 ".repeat(30_000) + "\uD800 lone";
        List<Part> source = List.of(new Text(longText), Code.of("1", Code.Kind.OPEN, Code.Type.STRONG, "**"),
                new Text(""), new Code("1", Code.Kind.CLOSE, Code.Type.LINK, "](x)", 42, List.of("u1", "u2")));
        StoredSegment s = new StoredSegment("s1", source, List.of(new Text("alvo")), State.REVIEWED,
                List.of("a note", ""), 7, List.of(new Candidate(source, List.of(new Text("t")), 0.8125, "memory")));
        StoredPage page = new StoredPage("guides/a.md", "pt-BR", Map.of("s1", s));
        StoredPageCache cache = new StoredPageCache(dir);
        cache.put("pt-BR", "guides/a", "h1", FILE, page);
        assertThat(cache.get("pt-BR", "guides/a", "h1", FILE)).isEqualTo(page);
    }

    @Test
    void entriesOfPagesTheProjectNoLongerHasLeaveWhenThePageListChanges() throws IOException {
        StoredPage page = new StoredPage("a.md", "fr", Map.of());
        StoredPageCache cache = new StoredPageCache(dir);
        for (String key : List.of("guides/a", "guides/b", "old/c")) {
            cache.put("fr", key, "h-" + key, FILE, page);
            cache.put("de", key, "h-" + key, FILE, page);
        }
        cache.prune(List.of("guides/a", "guides/b", "old/c"));
        assertThat(entries()).isEqualTo(6);

        cache.prune(List.of("guides/a", "guides/b")); // old/c deleted or renamed
        assertThat(entries()).isEqualTo(4);
        assertThat(cache.get("fr", "guides/a", "h-guides/a", FILE)).isEqualTo(page);
        assertThat(cache.get("de", "old/c", "h-old/c", FILE)).isNull();

        // the same list again: the folders are not even listed
        cache.put("fr", "old/c", "h-old/c", FILE, page);
        cache.prune(List.of("guides/b", "guides/a"));
        assertThat(entries()).isEqualTo(5);
    }

    private long entries() throws IOException {
        try (var files = java.nio.file.Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".bin")).count();
        }
    }

    @Test
    void anEntryForOtherBytesAnotherLocaleOrDamagedIsNotUsed() throws IOException {
        StoredPage page = new StoredPage("a.md", "fr", Map.of("s1", new StoredSegment("s1", List.of(new Text("x")),
                List.of(), State.INITIAL, List.of(), 3)));
        StoredPageCache cache = new StoredPageCache(dir);
        cache.put("fr", "a", "h1", FILE, page);
        assertThat(cache.get("fr", "a", "h1", FILE)).isEqualTo(page);
        assertThat(cache.get("fr", "a", "h2", FILE)).isNull();
        assertThat(cache.get("de", "a", "h1", FILE)).isNull();
        assertThat(cache.get("fr", "b", "h1", FILE)).isNull();
        // the same hash for other bytes (a file changed with its size and time kept): no hit
        byte[] edited = FILE.clone();
        edited[3] = 'X';
        assertThat(cache.get("fr", "a", "h1", edited)).isNull();
        assertThat(cache.get("fr", "a", "h1", java.util.Arrays.copyOf(FILE, FILE.length + 1))).isNull();

        Path entry;
        try (Stream<Path> entries = Files.list(dir.resolve("fr"))) {
            entry = entries.findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(entry);
        // entries are written in place: a reader can find one cut anywhere
        for (int cut = 0; cut < bytes.length; cut++) {
            Files.write(entry, java.util.Arrays.copyOf(bytes, cut));
            assertThat(cache.get("fr", "a", "h1", FILE)).as("cut at " + cut).isNull();
        }
        byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        Files.write(entry, longer);
        assertThat(cache.get("fr", "a", "h1", FILE)).isNull();
        // any byte changed after the header (a count, a length, a letter of the text) is a miss
        for (int at = bytes.length - 1; at > 0 && bytes.length - at < 40; at--) {
            byte[] damaged = bytes.clone();
            damaged[at] ^= 0x7F;
            Files.write(entry, damaged);
            assertThat(cache.get("fr", "a", "h1", FILE)).as("byte " + at).isNull();
        }
        Files.write(entry, bytes);
        assertThat(cache.get("fr", "a", "h1", FILE)).isEqualTo(page);

        // the folder removed while the process runs: made again
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        cache.put("fr", "a", "h1", FILE, page);
        assertThat(cache.get("fr", "a", "h1", FILE)).isEqualTo(page);
    }

    @Test
    void aStoreTakesAPageReadBeforeFromTheCacheAndParsesAChangedFile() throws IOException {
        Path translations = dir.resolve("translations");
        Path valid = dir.resolve("cache/xliff-valid.bin");
        String page = "guides/a.md";
        String key = StoreFixture.key(page);
        TranslationStore store = new TranslationStore(translations, "en", valid);
        store.update(StoreFixture.LOCALE, page, key, StoreFixture.units(page, "# Disks\n\nUse qcow2 images.\n"),
                Memory.empty());
        Path file = store.file(StoreFixture.LOCALE, key);
        byte[] bytes = Files.readAllBytes(file);
        StoredPage read = store.load(StoreFixture.LOCALE, key, page);
        assertThat(read.segments()).hasSize(2);
        try (Stream<Path> entries = Files.list(dir.resolve("cache/xliff-pages").resolve(StoreFixture.LOCALE))) {
            assertThat(entries.toList()).hasSize(1);
        }

        // an entry for these bytes is what the store returns: the file is not parsed again
        List<StoredSegment> one = new ArrayList<>(read.segments().values()).subList(0, 1);
        StoredPage planted = new StoredPage(page, StoreFixture.LOCALE, Map.of(one.get(0).id(), one.get(0)));
        new StoredPageCache(dir.resolve("cache/xliff-pages")).put(StoreFixture.LOCALE, key, ContentHash.of(bytes), bytes,
                planted);
        assertThat(new TranslationStore(translations, "en", valid).load(StoreFixture.LOCALE, key, page)).isEqualTo(planted);

        // other bytes under the same hash (FileHashes keeps a hash while size and time are kept) are
        // parsed: extract would otherwise write the old page over the edit
        String edited = Files.readString(file).replace("Use qcow2 images.", "Use qcow3 images.");
        assertThat(edited.length()).isEqualTo(bytes.length);
        StoredPage stale = new TranslationStore(translations, "en", valid).load(StoreFixture.LOCALE, key, page,
                edited.getBytes(java.nio.charset.StandardCharsets.UTF_8), ContentHash.of(bytes));
        assertThat(stale.segments().values().stream().map(s -> dev.docloc.segment.Parts.plainText(s.source())))
                .contains("Use qcow3 images.");

        // other bytes are parsed, and their page replaces the entry
        Files.writeString(file, Files.readString(file).replace("Use qcow2 images.", "Use raw images."));
        StoredPage changed = new TranslationStore(translations, "en", valid).load(StoreFixture.LOCALE, key, page);
        assertThat(changed.segments()).hasSize(2);
        assertThat(changed.segments().values().stream().map(s -> dev.docloc.segment.Parts.plainText(s.source())))
                .contains("Use raw images.");
    }
}
