package dev.docloc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.cache.ResultCache;
import dev.docloc.report.Issue;
import dev.docloc.report.Severity;
import dev.docloc.segment.Code;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of result the commands keep in {@code target/docloc-cache} comes back equal from the
 * file: long and non-BMP text, nulls where a record allows them, enums, sets and nested records.
 */
class CachedResultsTest {
    @TempDir
    Path dir;

    private static final Issue ISSUE = new Issue(Severity.ERROR, "qa-codes", "pt-BR", "guides/a.md",
            "translations/pt-BR/guides/a.xlf", 12, 3, "u1-s2", "Run `virsh list`.", "Execute «virsh list».",
            "", "translation not published, its markup does not match the source: missing code",
            "virsh", "");

    @Test
    void eachCommandsResultsComeBackEqual() throws Exception {
        String longText = "ç€😀 ".repeat(40_000);
        Issue suppressed = new Issue(Severity.INFO, "term-missing", "de", "p.md", "f.xlf", 0, 0, "", longText, "",
                "hypervisor", "m", "", "accepted: product name");
        roundTrip(Localizer.PageCheck.class, new Localizer.PageCheck(List.of(ISSUE, suppressed), 42));
        roundTrip(Localizer.PageStatus.class, new Localizer.PageStatus("ja", "guides/a.md", 10, 120, 7, 80, 1, 2));
        roundTrip(SiteBuild.Merged.class, new SiteBuild.Merged("KVM", "", 0.875, List.of(0, 3, 17), List.of(ISSUE),
                "m-abc", "b12-1-2"));
        roundTrip(SiteBuild.Listing.class, new SiteBuild.Listing("b9-1-2"));
        roundTrip(SiteBuild.Rendered.class, new SiteBuild.Rendered("h-abc", "b99-3-4", List.of()));
        roundTrip(dev.docloc.publish.LinkChecker.Scan.class, new dev.docloc.publish.LinkChecker.Scan(
                List.of("../a.html#x", "https://example.com/"), Set.of("intro", "how-it-works")));
        ExtractCache.StoredPart text = new ExtractCache.StoredPart("Run ", null, null, null, null, null);
        ExtractCache.StoredPart code = new ExtractCache.StoredPart(null, "1", Code.Kind.OPEN, Code.Type.LINK, "[",
                List.of("u7"));
        ExtractCache.Pair pair = new ExtractCache.Pair(List.of(text, code), List.of(code, text));
        roundTrip(ExtractCache.FilePairs.class, new ExtractCache.FilePairs(List.of(pair, pair)));
        roundTrip(ExtractCache.Unchanged.class, new ExtractCache.Unchanged(12, 9, null, List.of(pair)));
        roundTrip(Boolean.class, Boolean.TRUE); // the validation cache's flags
    }

    private <T> void roundTrip(Class<T> type, T value) throws Exception {
        Path file = dir.resolve(type.getSimpleName() + ".bin");
        ResultCache<T> cache = ResultCache.open(file, type);
        cache.put("key", value);
        cache.save();
        assertThat(ResultCache.open(file, type).get("key")).as(type.getName()).isEqualTo(value);
    }
}
