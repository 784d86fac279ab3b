package dev.docloc.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.DoclocException;
import dev.docloc.parse.PageParser;
import dev.docloc.testutil.SpecExamples;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.PropagationMode;

/**
 * Fuzzing extract and merge: documents from a grammar of CommonMark and GFM constructs, and
 * random byte mutations of the CommonMark and GFM spec examples and of the vendored corpus pages.
 * Every document is checked by {@link Fuzz}: no exception, no hang (5 s per document), the
 * untranslated page byte for byte, no pseudo-translation rejected, and for grammar pages the
 * source's element tree in both pseudo-locales. Mutated pages are often not what any writer would
 * write (half a link, a stray fence), and several defects of such pages are known (see
 * {@link FuzzRegressionTest}): their element trees are compared and counted, not asserted. A
 * mutated page that is no longer UTF-8 must be refused with its line and column.
 *
 * <p>The declared tries add up to {@link FuzzTries#DEFAULT_TOTAL}; {@code -Ddocloc.fuzz.tries=N}
 * scales them. Inputs that failed are kept as plain tests in {@link FuzzRegressionTest}.
 */
@AddLifecycleHook(value = FuzzTries.class, propagateTo = PropagationMode.DIRECT_DESCENDANTS)
class MarkdownFuzzTest {
    static final List<String> SPEC = Stream.concat(SpecExamples.read("/spec.txt").stream(),
            SpecExamples.read("/gfm-spec.txt").stream()).map(SpecExamples.Example::markdown).toList();
    static final List<byte[]> CORPUS = corpus();

    @Property(tries = 2800, seed = FuzzTries.SEED)
    void grammarPagesComeOutUntranslatedByteForByte(@ForAll("documents") String md) {
        Fuzz.identity(md);
    }

    @Property(tries = 1700, seed = FuzzTries.SEED)
    void grammarPagesKeepTheirElementTreeWhenPseudoTranslated(@ForAll("balancedDocuments") String md) {
        Fuzz.pseudo(md, true);
    }

    @Property(tries = 5200, seed = FuzzTries.SEED)
    void mutatedSpecExamplesSurviveTheRoundTrip(@ForAll("specExample") String md, @ForAll("mutations") List<Mutation> ms) {
        check(Mutation.apply(md.getBytes(StandardCharsets.UTF_8), ms));
    }

    @Property(tries = 300, seed = FuzzTries.SEED)
    void mutatedCorpusPagesSurviveTheRoundTrip(@ForAll("corpusPage") byte[] page, @ForAll("mutations") List<Mutation> ms) {
        check(Mutation.apply(page, ms));
    }

    @AfterContainer
    static void report() {
        System.out.printf("[fuzz] %d documents checked; pseudo: %d skipped for a known defect (NUL, lone CR), %d differing"
                + " only in emphasis, %d mutated pages with another element tree%n", Fuzz.CASES.get(), Fuzz.SKIPPED.get(),
                Fuzz.EMPHASIS.get(), Fuzz.DIFFERED.get());
        if (Fuzz.shortestDiffering() != null) {
            System.out.println("[fuzz] shortest mutated page with another element tree: "
                    + Minimizer.literal(Fuzz.shortestDiffering()));
        }
    }

    /** Identity and pseudo on a mutated page, or a clear refusal when it is no longer UTF-8. */
    static void check(byte[] bytes) {
        String text;
        try {
            text = PageParser.decode(bytes, Path.of("page.md"));
        } catch (DoclocException e) {
            Fuzz.CASES.incrementAndGet();
            assertThat(e.line()).as(e.getMessage()).isPositive();
            assertThat(e.column()).as(e.getMessage()).isPositive();
            assertThat(e.getMessage()).startsWith("page.md:" + e.line() + ":" + e.column() + ": invalid UTF-8");
            return;
        }
        Fuzz.identity(text);
        Fuzz.pseudo(text, false);
    }

    @Provide
    Arbitrary<String> documents() {
        return MarkdownGrammar.ADVERSARIAL.document();
    }

    @Provide
    Arbitrary<String> balancedDocuments() {
        return MarkdownGrammar.BALANCED.documentWithoutLoneCr();
    }

    @Provide
    Arbitrary<String> specExample() {
        return Arbitraries.of(SPEC);
    }

    @Provide
    Arbitrary<byte[]> corpusPage() {
        return Arbitraries.of(CORPUS);
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return Mutation.some();
    }

    private static List<byte[]> corpus() {
        try {
            Path root = Path.of(MarkdownFuzzTest.class.getResource("/corpus").toURI());
            try (Stream<Path> s = Files.walk(root)) {
                return s.filter(p -> p.toString().endsWith(".md") && root.relativize(p).getNameCount() > 1)
                        .sorted().map(MarkdownFuzzTest::bytes).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
