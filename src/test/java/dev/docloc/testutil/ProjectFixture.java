package dev.docloc.testutil;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A docloc project in a temporary folder, with commands run in-process ({@link #run}) or as
 * child JVMs ({@link #start}), and snapshots of its translations to prove nothing was half-written.
 */
public final class ProjectFixture {
    public final Path root;
    public String out = "";
    public String err = "";

    public ProjectFixture(Path root) {
        this.root = root;
    }

    /**
     * The small end-to-end project ({@code src/test/resources/e2e}) copied to {@code dir}, without
     * translations; its translated pages are in {@code dir/pages-pt-BR}.
     */
    public static ProjectFixture copyOfE2e(Path dir) {
        try {
            copy(Path.of(ProjectFixture.class.getResource("/e2e").toURI()), dir);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return new ProjectFixture(dir.resolve("project"));
    }

    /** The small end-to-end project with pt-BR translations imported and extracted. */
    public static ProjectFixture e2e(Path dir) {
        ProjectFixture p = copyOfE2e(dir);
        p.ok("import-pages", "--locale", "pt-BR", "--from", dir.resolve("pages-pt-BR").toString());
        p.ok("extract");
        return p;
    }

    /** Runs docloc in-process on the project; returns the exit code and keeps stdout and stderr. */
    public int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        String[] all = Stream.concat(Stream.of("--project", root.toString()), Stream.of(args)).toArray(String[]::new);
        int code = Main.run(all, new PrintWriter(o), new PrintWriter(e));
        out = o.toString();
        err = e.toString();
        return code;
    }

    public void ok(String... args) {
        assertThat(run(args)).as("docloc %s%n%s", String.join(" ", args), err).isZero();
    }

    /** Starts docloc in a child JVM on the project, with this JVM's class path. */
    public Process start(Path log, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), "dev.docloc.cli.Main", "--project", root.toString()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /**
     * Runs docloc in a child JVM whose files may not grow beyond {@code kilobytes} (the shell's
     * {@code ulimit -f}): writes fail with "File too large" as they would on a full disk. Waits for
     * it and returns the exit code; the output goes to {@link #err}.
     */
    public int runWithFileSizeLimit(int kilobytes, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaBin(), "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), "dev.docloc.cli.Main", "--project", root.toString()));
        command.addAll(List.of(args));
        StringBuilder cmd = new StringBuilder("ulimit -f " + kilobytes + " && exec");
        command.forEach(a -> cmd.append(" '").append(a.replace("'", "'\\''")).append('\''));
        Process p = new ProcessBuilder("bash", "-c", cmd.toString()).redirectErrorStream(true).start();
        err = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .lines().filter(l -> !l.startsWith("SLF4J")).collect(java.util.stream.Collectors.joining("\n"));
        return p.waitFor();
    }

    public static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public Path file(String relative) {
        return root.resolve(relative);
    }

    public void write(String relative, String text) {
        try {
            Files.createDirectories(file(relative).getParent());
            Files.writeString(file(relative), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(String relative) {
        try {
            return Files.readString(file(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under {@code translations/} with its bytes (as ISO-8859-1 text, for readable diffs). */
    public Map<String, String> translations() {
        return snapshot(file("translations"));
    }

    public static Map<String, String> snapshot(Path dir) {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(f).toString(), new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Temporary files (the atomic writer's {@code .tmp}) left anywhere in the project. */
    public List<Path> leftovers() {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void copy(Path from, Path to) {
        try {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a) throws IOException {
                    Files.createDirectories(to.resolve(from.relativize(d).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
                    Files.copy(f, to.resolve(from.relativize(f).toString()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes {@code dir} and everything in it; nothing when it does not exist. */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
