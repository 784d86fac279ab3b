package dev.docloc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void disabledProgressWritesNothingToStandardError() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            Progress p = Progress.create(false);
            p.stage("extract", 3);
            p.step();
            p.step();
            p.done();
        } finally {
            System.setErr(saved);
        }

        assertThat(bytes.size()).isZero();
    }

    @Test
    void enabledProgressRewritesOneLinePerStage() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);

        p.stage("extract", 2);
        p.step();
        p.step();
        p.stage("check", 1);
        p.step();
        p.done();

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(
                "\rextract 0/2\rextract 1/2\rextract 2/2\rextract 2/2\n\rcheck 0/1\rcheck 1/1\rcheck 1/1\n");
    }

    @Test
    void manyStepsRedrawAboutAHundredTimes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);

        p.stage("merge", 10_000);
        for (int k = 0; k < 10_000; k++) {
            p.step();
        }
        p.done();

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out.chars().filter(c -> c == '\r').count()).isBetween(100L, 103L);
        assertThat(out).endsWith("\rmerge 10000/10000\n");
    }
}
