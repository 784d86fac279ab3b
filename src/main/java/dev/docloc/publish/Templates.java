package dev.docloc.publish;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import dev.docloc.DoclocException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The page templates and stylesheet: a project's own file from the template folder when it has
 * one, else the built-in one in {@code dev/docloc/publish/}.
 */
final class Templates {
    static final String PAGE = "page.mustache";
    static final String INDEX = "index.mustache";
    static final String ROOT = "root.mustache";
    static final String STYLE = "style.css";
    private final Path dir;
    private final Mustache page;
    private final Mustache index;
    private final Mustache root;

    Templates(Path dir) {
        this.dir = dir;
        // Partials ({{> name}}) in a project's templates are looked up in its template folder.
        DefaultMustacheFactory factory = dir == null ? new DefaultMustacheFactory()
                : new DefaultMustacheFactory(dir.toAbsolutePath().toFile());
        this.page = compile(factory, PAGE);
        this.index = compile(factory, INDEX);
        this.root = compile(factory, ROOT);
    }

    String page(Map<String, Object> model) {
        return execute(page, model);
    }

    String index(Map<String, Object> model) {
        return execute(index, model);
    }

    String root(Map<String, Object> model) {
        return execute(root, model);
    }

    /**
     * A hash of the four templates' texts, built-in or the project's, and of every other file of
     * the template folder: the partials ({@code {{> footer}}}) the templates include are read from
     * there, and a changed partial changes the pages and listings as a changed template does.
     */
    String fingerprint() {
        dev.docloc.cache.ContentHash hash = dev.docloc.cache.ContentHash.start().add(read(PAGE)).add(read(INDEX))
                .add(read(ROOT)).add(read(STYLE));
        if (dir != null && Files.isDirectory(dir)) {
            try (var files = Files.walk(dir)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    hash.add(dir.relativize(f).toString().replace('\\', '/')).add(Files.readAllBytes(f));
                }
            } catch (IOException | UncheckedIOException e) {
                throw new DoclocException(dir, 0, 0, "the templates cannot be read: " + e.getMessage()
                        + "; check the folder and its permissions", e);
            }
        }
        return hash.hex();
    }

    String stylesheet() {
        return read(STYLE);
    }

    private Mustache compile(DefaultMustacheFactory factory, String name) {
        try {
            return factory.compile(new StringReader(read(name)), name);
        } catch (RuntimeException e) {
            throw new DoclocException(dir == null ? null : dir.resolve(name), 0, 0,
                    "the template cannot be read: " + e.getMessage() + "; fix or remove it", e);
        }
    }

    /**
     * The HTML of a template and its model, without control characters ({@link ControlCharacters}),
     * written as they are or as the references Mustache makes of them ({@code &#1;}).
     */
    private static String execute(Mustache template, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        template.execute(out, model);
        return ControlCharacters.replace(out.toString());
    }

    private String read(String name) {
        try {
            if (dir != null && Files.isRegularFile(dir.resolve(name))) {
                return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
            }
            try (InputStream in = Templates.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("built-in template " + name + " is missing from the jar");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
