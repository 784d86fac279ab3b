package dev.docloc.bench;

import dev.docloc.parse.Markdown;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The practical limit of the whole job: commonmark-java alone reads every Markdown file under a
 * folder, parses it (with docloc's extensions and source spans) and renders it to HTML, on a
 * fixed number of threads, as one process. {@code bench/run} times it, JVM start included:
 *
 * <pre><code>
 * java -cp target/test-classes:target/classes:$(cat target/bench-classpath.txt) \
 *     dev.docloc.bench.CommonmarkBaseline 2 DIR
 * </code></pre>
 */
public final class CommonmarkBaseline {
    private CommonmarkBaseline() {
    }

    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[0]);
        List<Path> files = markdownFiles(Path.of(args[1]));
        HtmlRenderer renderer = Markdown.htmlRenderer().build();
        AtomicLong html = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = files.stream()
                    .<Future<?>>map(f -> pool.submit(() -> html.addAndGet(render(renderer, f))))
                    .toList();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        System.out.println(files.size() + " files, " + html.get() + " chars of HTML");
    }

    static int render(HtmlRenderer renderer, Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return renderer.render(Markdown.parser().parse(text)).length();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code .md} files under {@code root}, sorted. */
    static List<Path> markdownFiles(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).sorted().toList();
        }
    }
}
