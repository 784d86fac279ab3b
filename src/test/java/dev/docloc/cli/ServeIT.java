package dev.docloc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.testutil.ProjectFixture;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code docloc serve} on the bundled project: serves the site, builds again on a change, survives a bad one. */
class ServeIT {
    private static final Pattern SERVING = Pattern.compile("at http://127\\.0\\.0\\.1:(\\d+)/");
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path tmp;
    ProjectFixture project;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final AtomicInteger exit = new AtomicInteger(-1);
    Thread server;
    int port;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void serveBundledProject() throws IOException {
        Path root = tmp.resolve("project");
        ProjectFixture.copy(Path.of("source-docs"), root.resolve("source-docs"));
        ProjectFixture.copy(Path.of("translations"), root.resolve("translations"));
        project = new ProjectFixture(root);
        project.write("glossary.yml", Files.readString(Path.of("glossary.yml")));
        server = new Thread(() -> exit.set(Main.run(new String[] {"--project", root.toString(), "--quiet", "serve",
                "--port", "0"}, new PrintWriter(out, true), new PrintWriter(err, true))));
        server.start();
        waitFor(() -> SERVING.matcher(out.toString()).find(), "the server to start");
        Matcher m = SERVING.matcher(out.toString());
        assertThat(m.find()).isTrue();
        port = Integer.parseInt(m.group(1));
    }

    @AfterEach
    void stop() throws InterruptedException {
        server.interrupt();
        server.join(WAIT.toMillis());
    }

    @Test
    void servesTheSiteAndNothingOutsideIt() throws Exception {
        HttpResponse<String> page = get("/de/guides/storage.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body()).contains("lang=\"de\"");
        assertThat(get("/").statusCode()).isEqualTo(200);
        assertThat(get("/de/guides/no-such-page.html").statusCode()).isEqualTo(404);
        // a path that climbs out of the site, sent as is
        assertThat(raw("GET /../../../../etc/passwd HTTP/1.0\r\n\r\n")).startsWith("HTTP/1.1 404");
        assertThat(raw("GET /%2e%2e/%2e%2e/%2e%2e/etc/passwd HTTP/1.0\r\n\r\n")).startsWith("HTTP/1.1 404");
        assertThat(raw("POST /index.html HTTP/1.0\r\nContent-Length: 0\r\n\r\n")).startsWith("HTTP/1.1 405");
        // a link planted in the site that leads out of it
        Files.createSymbolicLink(project.file("target/site/outside"), tmp);
        Files.writeString(tmp.resolve("secret.txt"), "secret");
        assertThat(get("/outside/secret.txt").statusCode()).isEqualTo(404);
        // another host name that resolves here (DNS rebinding)
        assertThat(raw("GET /index.html HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 403");
        assertThat(raw("GET /index.html HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 200");
    }

    @Test
    void aChangedPageIsBuiltAgainAndABrokenTranslationLeavesTheLastSiteServed() throws Exception {
        String page = "source-docs/guides/storage.md";
        project.write(page, project.read(page) + "\nA paragraph about qcow2 zebra snapshots.\n");
        // the build writes the page before it prints what it did
        waitFor(() -> out.toString().contains("built again in"), "the build after the change");
        assertThat(get("/de/guides/storage.html").body()).contains("zebra");
        assertThat(out.toString()).contains("changed: " + page).contains("merged 8 of 80 page versions");

        String xlf = "translations/fr/guides/networking.xlf";
        String good = project.read(xlf);
        String before = get("/fr/guides/networking.html").body();
        project.write(xlf, good.replaceFirst("<segment id=", "<segment bogus=\"1\" id="));
        waitFor(() -> err.toString().contains("still serving the last site built"), "the failed build");
        assertThat(err.toString()).contains("networking.xlf");
        assertThat(get("/fr/guides/networking.html").body()).isEqualTo(before);

        // a published translation (the file's first <target> can be a match offered from the memory)
        project.write(xlf, good.replaceFirst(
                "(state=\"(?:translated|reviewed|final)\">\\s*<source>[^<]*</source>\\s*<target>)([A-Z])", "$1Zebra-$2"));
        waitFor(() -> get("/fr/guides/networking.html").body().contains("Zebra-"), "the repaired page");
    }

    @Test
    void stopsWhenInterruptedAndFreesThePort() throws Exception {
        server.interrupt();
        server.join(WAIT.toMillis());
        assertThat(server.isAlive()).isFalse();
        assertThat(exit.get()).isZero();
        // the listening socket is released once the server's dispatcher thread has seen it closed
        waitFor(() -> {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return false;
            } catch (ConnectException closed) {
                return true;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, "port " + port + " to be closed", false);
    }

    @Test
    void aPortInUseIsAnErrorBeforeAnyBuild() {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(new String[] {"--project", project.root.toString(), "--quiet", "serve", "--port",
                String.valueOf(port), "--out", tmp.resolve("second-site").toString()}, new PrintWriter(o), new PrintWriter(e));
        assertThat(code).isEqualTo(2);
        assertThat(e.toString()).contains("cannot serve on port " + port).contains("--port");
        assertThat(o.toString()).doesNotContain("wrote");
        assertThat(tmp.resolve("second-site")).doesNotExist();
    }

    @Test
    void refusesAnOutputFolderItWouldWatchOrThatHoldsTheProjectAndABadPort() throws IOException {
        Files.createDirectories(project.file("templates"));
        Files.createSymbolicLink(project.file("outlink"), project.file("translations"));
        for (String out : new String[] {"templates/site", project.file("outlink/site").toString(), ".", ".."}) {
            StringWriter e = new StringWriter();
            int code = Main.run(new String[] {"--project", project.root.toString(), "--quiet", "serve", "--port", "0",
                    "--out", project.root.resolve(out).toString()}, new PrintWriter(new StringWriter()), new PrintWriter(e));
            assertThat(code).as(out).isEqualTo(2);
            assertThat(e.toString()).as(out).contains("the output folder");
        }
        StringWriter e = new StringWriter();
        assertThat(Main.run(new String[] {"--project", project.root.toString(), "serve", "--port", "70000"},
                new PrintWriter(new StringWriter()), new PrintWriter(e))).isEqualTo(2);
        assertThat(e.toString()).contains("--port 70000 is not a port").doesNotContain("internal error");
    }

    @Test
    void anEditInAFolderReachedThroughALinkIsBuiltAgain() throws IOException {
        Path outside = tmp.resolve("linked/deeper");
        Files.createDirectories(outside);
        Files.writeString(outside.resolve("extra.md"), "# Extra\n\nA page kept outside the project.\n");
        Files.createSymbolicLink(project.file("source-docs/ext"), tmp.resolve("linked"));
        waitFor(() -> get("/en/ext/deeper/extra.html").statusCode() == 200, "the linked page");
        Files.writeString(outside.resolve("extra.md"), "# Extra\n\nA page about zebras kept outside the project.\n");
        waitFor(() -> get("/en/ext/deeper/extra.html").body().contains("zebras"), "the linked page built again");
    }

    private HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends a request byte for byte (no client normalizes its path) and returns the response. */
    private String raw(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            OutputStream o = s.getOutputStream();
            o.write(request.getBytes(StandardCharsets.ISO_8859_1));
            o.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private void waitFor(Supplier<Boolean> condition, String what) {
        waitFor(condition, what, true);
    }

    private void waitFor(Supplier<Boolean> condition, String what, boolean serving) {
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end) {
            if (serving && !server.isAlive()) {
                throw new AssertionError("serve stopped (exit " + exit.get() + ") waiting for " + what + ":\n" + out + err);
            }
            if (condition.get()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("timed out waiting for " + what + ":\n" + out + err);
    }
}
