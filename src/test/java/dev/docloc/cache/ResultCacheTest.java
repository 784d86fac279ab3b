package dev.docloc.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultCacheTest {
    record Result(String text, List<Integer> numbers) {}

    record Other(String text) {}

    @TempDir
    Path dir;

    @Test
    void keepsResultsBetweenRuns() {
        Path file = dir.resolve("c.bin");
        ResultCache<Result> first = ResultCache.open(file, Result.class);
        assertThat(first.get("k")).isNull();
        first.put("k", new Result("a", List.of(1, 2)));
        first.save();

        ResultCache<Result> second = ResultCache.open(file, Result.class);
        assertThat(second.get("k")).isEqualTo(new Result("a", List.of(1, 2)));
        assertThat(second.get("missing")).isNull();
        assertThat(second.hits()).isEqualTo(1);
        assertThat(second.misses()).isEqualTo(1);
    }

    @Test
    void ignoresAFileOfAnotherResultType() {
        Path file = dir.resolve("c.bin");
        ResultCache<Other> other = ResultCache.open(file, Other.class);
        other.put("k", new Other("x"));
        other.save();
        assertThat(ResultCache.open(file, Result.class).get("k")).isNull();
    }

    @Test
    void aDamagedFileIsAnEmptyCache() throws Exception {
        Path file = dir.resolve("c.bin");
        Files.write(file, new byte[] {0, 40, 'd', 'o', 'c'});
        ResultCache<Result> cache = ResultCache.open(file, Result.class);
        assertThat(cache.get("k")).isNull();
        cache.put("k", new Result("b", List.of()));
        cache.save();
        assertThat(ResultCache.open(file, Result.class).get("k")).isEqualTo(new Result("b", List.of()));
    }

    @Test
    void dropsEntriesNoRunUsedForAWhile() {
        Path file = dir.resolve("c.bin");
        ResultCache<Result> cache = ResultCache.open(file, Result.class);
        cache.put("old", new Result("old", List.of()));
        cache.put("used", new Result("used", List.of()));
        cache.save();
        for (int run = 0; run < ResultCache.KEEP_RUNS; run++) {
            cache = ResultCache.open(file, Result.class);
            assertThat(cache.get("used")).isNotNull();
            cache.put("new " + run, new Result("new", List.of()));
            cache.save();
        }
        cache = ResultCache.open(file, Result.class);
        assertThat(cache.get("used")).isNotNull();
        assertThat(cache.get("old")).isNull();
    }

    @Test
    void aRunThatOnlyReadsLeavesTheFileAlone() throws Exception {
        Path file = dir.resolve("c.bin");
        ResultCache<Result> cache = ResultCache.open(file, Result.class);
        cache.put("k", new Result("a", List.of()));
        cache.save();
        String before = Files.readString(file);
        ResultCache.open(file, Result.class).save();
        assertThat(Files.readString(file)).isEqualTo(before);
    }

    @Test
    void hashesFrameTheirParts() {
        assertThat(ContentHash.start().add("ab").add("c").hex())
                .isNotEqualTo(ContentHash.start().add("a").add("bc").hex());
        assertThat(ContentHash.start().add((byte[]) null).hex()).isNotEqualTo(ContentHash.start().add(new byte[0]).hex());
        assertThat(ContentHash.of("x")).isEqualTo(ContentHash.of("x")).hasSize(64);
    }
}
