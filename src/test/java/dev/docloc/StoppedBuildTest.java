package dev.docloc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.report.Progress;
import dev.docloc.testutil.ProjectFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build stopped part-way (Ctrl-C, a CI timeout) can leave the temporary file of a page it was
 * writing in the site; the next build into the same folder removes it, and only then.
 */
class StoppedBuildTest {
    @TempDir
    Path tmp;
    Localizer loc;
    Path out;

    /** The small project, built once into target/site. */
    @BeforeEach
    void build() {
        ProjectFixture p = ProjectFixture.e2e(tmp.resolve("project"));
        loc = new Localizer(Project.open(p.root), Progress.create(false));
        out = p.root.resolve("target/site");
        loc.build(List.of("pt-BR"), out);
    }

    @Test
    void theNextBuildRemovesWhatAStoppedBuildLeftInTheSite() throws IOException {
        Path mark = new SiteBuild(loc).runningMark(out);
        assertThat(mark).as("a finished build leaves no mark").doesNotExist();

        // what a build killed while writing pt-BR/basics.html leaves: its mark and half a page
        Path half = out.resolve("pt-BR/.basics.html7310998612345.tmp");
        writeOld(half, "<!DOCTYPE html><html lang=\"pt-BR\"><body><p>Metade de uma pá");
        Path kept = out.resolve("pt-BR/.notes.tmp");
        writeOld(kept, "a user's file, not one of docloc's temporary files");
        // named like one, but for no file docloc writes there
        Path other = out.resolve("pt-BR/.session2024.tmp");
        writeOld(other, "another program's file");
        Files.createFile(mark);

        loc.build(List.of("pt-BR"), out);
        assertThat(half).doesNotExist();
        assertThat(kept).exists();
        assertThat(other).exists();
        assertThat(mark).doesNotExist();
        assertThat(out.resolve("pt-BR/basics.html")).isRegularFile();
    }

    @Test
    void withoutTheMarkNothingIsSwept() throws IOException {
        // another run's write in progress looks the same; without a stopped build's mark it stays
        Path other = out.resolve("pt-BR/.basics.html42.tmp");
        writeOld(other, "<!DOCTYPE html>");
        loc.build(List.of("pt-BR"), out);
        assertThat(other).exists();
    }

    /** Writes {@code file} as a run a minute ago would have left it. */
    private static void writeOld(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    }
}
