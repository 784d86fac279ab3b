package dev.docloc.report;

import java.io.PrintStream;
import java.util.Objects;

/**
 * Progress of a long run on a terminal: one line per stage, rewritten in place with
 * {@code \r} ({@code extract 12/450}), finished with a newline by {@link #done()}. A disabled
 * progress writes nothing; the command line enables it only when {@code System.console()} is
 * not null and {@code --quiet} is not given. Thread-safe, so parallel steps may call
 * {@link #step()}.
 *
 * <pre><code>
 * Progress progress = Progress.create(System.console() != null &amp;&amp; !quiet);
 * progress.stage("extract", pages.size());
 * for (Page p : pages) { extract(p); progress.step(); }
 * progress.done();
 * </code></pre>
 */
public final class Progress {
    private final PrintStream err;
    private final boolean enabled;
    private String stage = "";
    private int total;
    private int done;
    private int shownWidth;
    private boolean open;

    Progress(PrintStream err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** A progress that writes to standard error when {@code enabled}, else does nothing. */
    public static Progress create(boolean enabled) {
        return new Progress(System.err, enabled);
    }

    /** Starts a stage of {@code total} steps, finishing the previous one if it is still shown. */
    public synchronized void stage(String name, int total) {
        Objects.requireNonNull(name, "name must not be null");
        if (total < 0) {
            throw new IllegalArgumentException("total " + total + " must be >= 0");
        }
        done();
        this.stage = name;
        this.total = total;
        this.done = 0;
        show();
    }

    /** Counts one step of the current stage. */
    public synchronized void step() {
        done++;
        // Redraw at most about a hundred times per stage: a terminal is slow at 10,000 lines.
        if (done >= total || total <= 100 || done % (total / 100) == 0) {
            show();
        }
    }

    /** Ends the current line; the next stage starts on a new one. */
    public synchronized void done() {
        if (enabled && open) {
            show();
            err.print('\n');
            err.flush();
            open = false;
            shownWidth = 0;
        }
    }

    private void show() {
        if (!enabled) {
            return;
        }
        String line = stage + " " + Math.min(done, total) + "/" + total;
        String pad = " ".repeat(Math.max(0, shownWidth - line.length()));
        err.print("\r" + line + pad);
        err.flush();
        shownWidth = line.length();
        open = true;
    }
}
