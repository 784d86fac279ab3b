package dev.docloc.publish;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * Serves a written site from a folder over HTTP on the loopback interface, for previewing it as
 * readers will see it ({@code docloc serve}). Files only: a folder's {@code index.html}, nothing
 * outside the folder, no listing. Uses the JDK's own HTTP server.
 */
public final class SiteServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"),
            Map.entry("md", "text/markdown; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"));

    private final HttpServer http;
    private final Path root;

    private SiteServer(HttpServer http, Path root) {
        this.http = http;
        this.root = root;
    }

    /** Starts serving {@code root} on 127.0.0.1:{@code port} (0: any free port). */
    public static SiteServer start(Path root, int port) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        SiteServer server = new SiteServer(http, root.toAbsolutePath().normalize());
        http.createContext("/", server::handle);
        http.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "docloc-http");
            t.setDaemon(true);
            return t;
        }));
        http.start();
        return server;
    }

    /** The port it listens on. */
    public int port() {
        return http.getAddress().getPort();
    }

    /** The file a (decoded) request path stands for, or null when it is outside the site or is not a file. */
    Path resolve(String path) {
        if (path == null || path.indexOf('\0') >= 0) {
            return null;
        }
        Path file;
        try {
            file = root.resolve(path.replaceFirst("^/+", "")).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
        if (!file.startsWith(root)) {
            return null;
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            // a link inside the site must not lead out of it
            Path real = file.toRealPath();
            return real.startsWith(root.toRealPath()) ? real : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * True when the request names this machine ({@code 127.0.0.1}, {@code localhost} or
     * {@code [::1]}, any port) or names no host: a page on another site that a browser reaches
     * through a rebound DNS name gets nothing.
     */
    static boolean localHost(String host) {
        if (host == null) {
            return true;
        }
        String name = host.replaceFirst(":\\d+$", "").toLowerCase(Locale.ROOT);
        return name.equals("127.0.0.1") || name.equals("localhost") || name.equals("[::1]");
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(ex, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (!localHost(ex.getRequestHeaders().getFirst("Host"))) {
                send(ex, 403, "text/plain; charset=utf-8", "use http://127.0.0.1 or http://localhost\n"
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
            Path file = resolve(ex.getRequestURI().getPath());
            if (file == null) {
                send(ex, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            byte[] body;
            try {
                body = Files.readAllBytes(file);
            } catch (IOException e) {
                // being rewritten at this moment: the next request finds the new file
                send(ex, 503, "text/plain; charset=utf-8", "try again\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            send(ex, 200, type(file), method.equals("HEAD") ? null : body);
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.getResponseHeaders().set("Cache-Control", "no-cache");
        ex.sendResponseHeaders(status, body == null ? -1 : body.length);
        if (body != null) {
            try (OutputStream o = ex.getResponseBody()) {
                o.write(body);
            }
        }
    }

    private static String type(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    @Override
    public void close() {
        http.stop(0);
        ((java.util.concurrent.ExecutorService) http.getExecutor()).shutdownNow();
    }
}
