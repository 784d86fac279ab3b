package dev.docloc.reliability;

import dev.docloc.testutil.ProjectFixture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.store.TranslationStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs that write translations at once: one of them stops with exit code 2 and the lock
 * message, and the store ends as a single run leaves it.
 */
class ConcurrencyIT {
    @TempDir
    Path tmp;

    private ProjectFixture project() throws IOException {
        ProjectFixture p = ProjectFixture.e2e(tmp.resolve("e2e"));
        for (String page : List.of("source-docs/basics.md", "source-docs/guides/install.md")) {
            p.write(page, p.read(page).replace(" the ", " this ") + "\nA new paragraph to translate.\n");
        }
        return p;
    }

    @Test
    void aRunWhileAnotherHoldsTheLockStopsWithExitCode2() throws Exception {
        ProjectFixture p = project();
        Map<String, String> before = p.translations();
        TranslationStore store = new TranslationStore(p.file("translations"), "en");
        try (AutoCloseable lock = store.lock()) {
            for (String[] args : List.of(new String[] {"extract"}, new String[] {"pseudo", "--locale", "en-XA"},
                    new String[] {"import-pages", "--locale", "pt-BR", "--from", tmp.resolve("e2e/pages-pt-BR").toString()})) {
                assertThat(p.run(args)).as(p.err).isEqualTo(2);
                assertThat(p.err).contains(".docloc.lock: another docloc run is writing translations/; wait for it to finish"
                        + " and run again").doesNotContain("Exception", "at dev.docloc");
            }
        }
        assertThat(p.translations()).isEqualTo(before);
        p.ok("extract");
        assertThat(p.translations()).isNotEqualTo(before);
    }

    @Test
    void twoExtractProcessesAtOnce() throws Exception {
        ProjectFixture p = project();
        ProjectFixture single = new ProjectFixture(tmp.resolve("single/project"));
        ProjectFixture.copy(p.root, single.root);
        single.ok("extract");
        Map<String, String> expected = single.translations();
        int overlapped = 0;
        for (int round = 0; round < 3; round++) {
            ProjectFixture r = new ProjectFixture(tmp.resolve("round" + round + "/project"));
            ProjectFixture.copy(p.root, r.root);
            List<Process> runs = new ArrayList<>();
            List<Path> logs = List.of(tmp.resolve("a" + round + ".log"), tmp.resolve("b" + round + ".log"));
            for (Path log : logs) {
                runs.add(r.start(log, "extract"));
            }
            List<Integer> codes = new ArrayList<>();
            for (Process run : runs) {
                assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();
                codes.add(run.exitValue());
            }
            for (int i = 0; i < 2; i++) {
                String log = Files.readString(logs.get(i));
                assertThat(codes.get(i)).as(log).isIn(0, 2);
                if (codes.get(i) == 2) {
                    overlapped++;
                    assertThat(log).contains("another docloc run is writing translations/")
                            .doesNotContain("Exception", "at dev.docloc");
                }
            }
            assertThat(codes).as("one of them runs to the end").contains(0);
            assertThat(r.translations()).as("the store as one run leaves it").isEqualTo(expected);
            assertThat(r.leftovers()).isEmpty();
        }
        System.out.println("[concurrency] 3 rounds of two extracts at once; " + overlapped + " stopped by the lock");
    }
}
