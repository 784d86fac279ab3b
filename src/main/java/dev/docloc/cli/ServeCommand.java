package dev.docloc.cli;

import dev.docloc.DoclocException;
import dev.docloc.Project;
import dev.docloc.publish.SiteServer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code docloc serve}: builds the site, serves it on the loopback interface and builds it again
 * whenever an input changes, in the same process: a build after a one-page change then costs
 * what the changed pages cost, without starting a JVM and reading the caches each time. A build
 * that fails (a broken translations file, say) is reported and the last site stays served.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build the site, serve it on http://127.0.0.1:PORT/ and build it again when a source page, "
                + "translations file, template or glossary.yml changes (Ctrl-C stops).")
final class ServeCommand implements Callable<Integer> {
    @ParentCommand Main main;
    @CommandLine.Mixin Main.Locales l;

    @Option(names = "--port", defaultValue = "8000", description = "the port (0: any free port)")
    int port;

    @CommandLine.Mixin Main.SiteArgs site;

    @Override
    public Integer call() throws IOException {
        Project project = Project.open(main.project);
        Path root = project.root();
        // serve's own reasons first: they say why a folder it watches cannot take the site
        checkOutput(root, site.out != null ? site.out.toAbsolutePath() : root.resolve("target/site"));
        Path dir = site.dir(project);
        // the port first: a port in use is known before a build is paid for
        try (SiteServer server = start(dir); ChangeWatcher watcher = ChangeWatcher.of(root)) {
            build(null);
            main.out.printf("serving %s at http://127.0.0.1:%d/ and building again when source-docs/, "
                    + "translations/, templates/ or glossary.yml change (Ctrl-C stops)%n", dir, server.port());
            main.out.flush();
            Set<String> changed;
            while ((changed = watcher.await()) != null) {
                build(changed);
            }
        }
        return 0;
    }

    private SiteServer start(Path dir) {
        if (port < 0 || port > 65535) {
            throw new DoclocException("--port " + port + " is not a port; use 1 to 65535, or 0 for any free port");
        }
        try {
            return SiteServer.start(dir, port);
        } catch (IOException e) {
            throw new DoclocException("cannot serve on port " + port + ": " + e.getMessage()
                    + "; choose another with --port (0 takes any free port)");
        }
    }

    /**
     * Refuses an output folder that serve would watch (each build would start the next) or that
     * holds the project (its sources, translations and anything else would be served); links
     * are followed, so another name for such a folder is refused too.
     */
    static void checkOutput(Path root, Path dir) {
        Path out = Project.real(dir);
        Path project = Project.real(root);
        for (String tree : ChangeWatcher.TREES) {
            if (out.startsWith(Project.real(root.resolve(tree)))) {
                throw new DoclocException(dir, 0, 0, "the output folder of serve must not be inside " + tree
                        + "/ (each build would start another); use --out outside it, e.g. target/site");
            }
        }
        if (project.startsWith(out)) {
            throw new DoclocException(dir, 0, 0, "the output folder of serve must not hold the project (it would "
                    + "serve its sources and translations); use --out target/site");
        }
    }

    /** Builds the site (first, or again after {@code changed}); a failure is reported and waits for the next change. */
    private void build(Set<String> changed) {
        long start = System.nanoTime();
        if (changed != null) {
            main.out.printf("changed: %s%s%n", String.join(", ", changed.stream().limit(5).toList()),
                    changed.size() > 5 ? " and " + (changed.size() - 5) + " more" : "");
        }
        try {
            Main.Build.build(main, l.locales, site);
            if (changed != null) {
                main.out.printf("built again in %d ms%n", (System.nanoTime() - start) / 1_000_000);
            }
        } catch (DoclocException e) {
            main.err.println("docloc: " + e.getMessage() + " (still serving the last site built)");
        } catch (RuntimeException e) {
            // a file removed while it was read, say: the next change builds again
            main.err.println("docloc: the build failed: " + e + " (still serving the last site built)");
            if (main.debug) {
                e.printStackTrace(main.err);
            }
        }
        main.out.flush();
        main.err.flush();
    }
}
