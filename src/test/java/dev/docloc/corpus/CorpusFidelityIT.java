package dev.docloc.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.docloc.parse.PageParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Identity and structure over every Markdown file of the shared corpora (four KVM documentation
 * sets, the English pages of the bilingual set and, as a third group, their pt-BR translations).
 * Run with {@code mvn -B -Pcorpus verify}. The corpora are looked up in the system property
 * {@code docloc.corpora}, else in {@code ../shared/corpora} next to the project root or next to
 * one of its parent directories (a worktree lives one level deeper); the test is skipped when
 * they are absent. It prints {@code identical N/M} and {@code structure-preserved N/M} per set,
 * per group and in total, then every failing file, and fails if any file failed. With
 * {@code -Ddocloc.corpus.shape=true} it also prints {@code re-extracted-same N/M} (re-extracting the
 * en-XA page gives the same units, segments and codes), for information only: it does not fail.
 */
@Tag("corpus")
class CorpusFidelityIT {
    private static final Duration PER_DOCUMENT = Duration.ofSeconds(20);
    private static final boolean SHAPE = Boolean.getBoolean("docloc.corpus.shape");
    private static final List<String[]> SETS = List.of(
            new String[] {"kvm", "firecracker"}, new String[] {"kvm", "cloud-hypervisor"},
            new String[] {"kvm", "kata-containers"}, new String[] {"kvm", "kubevirt-user-guide"},
            new String[] {"bilingual-en", "bilingual/en"}, new String[] {"bilingual-pt-br", "bilingual/pt-br"});

    /** The outcome for one file: {@code null} checks passed (shape: or were not run). */
    record Result(String set, String group, Path file, String identity, String structure, String shape) {
        Result(String set, String group, Path file, String identity, String structure) {
            this(set, group, file, identity, structure, null);
        }

        boolean identical() {
            return identity == null;
        }

        boolean structurePreserved() {
            return structure == null;
        }
    }

    @Test
    void everyCorpusPageRoundTripsUnchangedAndKeepsItsStructure() {
        Path corpora = corpora();
        Assumptions.assumeTrue(corpora != null, "no corpora: set -Ddocloc.corpora or provide ../shared/corpora");
        List<Result> results = new ArrayList<>();
        for (String[] set : SETS) {
            Path dir = corpora.resolve(set[1]);
            for (Path file : markdownFiles(dir)) {
                results.add(check(set[1], set[0], dir, file));
            }
        }
        String report = CorpusReport.render(results, SETS.stream().map(s -> s[1]).toList(),
                SETS.stream().map(s -> s[0]).distinct().toList(), SHAPE);
        System.out.println(report);
        CorpusReport.write(Path.of("target", "corpus-report.txt"), report);
        assertThat(results).as("corpus files").isNotEmpty();
        assertThat(results.stream().filter(r -> !r.identical() || !r.structurePreserved()).toList())
                .as("files that failed (see the report above and target/corpus-report.txt)").isEmpty();
    }

    private static Result check(String set, String group, Path dir, Path file) {
        String rel = dir.relativize(file).toString();
        String[] outcome = new String[3];
        try {
            String text = PageParser.decode(Files.readAllBytes(file), file);
            assertTimeoutPreemptively(PER_DOCUMENT, () -> {
                outcome[0] = Fidelity.identity(text);
                outcome[1] = Fidelity.structure(text);
                outcome[2] = SHAPE ? Fidelity.shape(text) : null;
            });
        } catch (Throwable t) {
            String failure = t.getClass().getSimpleName() + ": " + t.getMessage();
            outcome[0] = outcome[0] == null ? failure : outcome[0];
            outcome[1] = outcome[1] == null ? failure : outcome[1];
        }
        return new Result(set, group, Path.of(rel), outcome[0], outcome[1], outcome[2]);
    }

    static List<Path> markdownFiles(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The corpora directory, or {@code null} when there is none. */
    static Path corpora() {
        String property = System.getProperty("docloc.corpora");
        if (property != null && !property.isBlank()) {
            Path p = Path.of(property);
            return Files.isDirectory(p) ? p : null;
        }
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null;
                dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("corpora");
            if (dir.getParent() != null && Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
