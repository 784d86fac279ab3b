package dev.docloc.store;

import dev.docloc.Localizer;
import dev.docloc.Project;
import dev.docloc.report.Progress;
import dev.docloc.segment.Part;
import dev.docloc.segment.Segment;
import dev.docloc.segment.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * A copy of the e2e project with a pt-BR store that has every kind of segment an exchange must
 * carry: translated, reviewed and final targets, a draft (a target in state initial), an
 * untranslated segment offering a candidate, codes of every kind, text that looks like a
 * placeholder, backslashes, quotes and a tab.
 */
final class TmxPoFixture {
    static final String LOCALE = "pt-BR";
    static final String SPECIAL = """
            # Placeholders

            Write `<1>` as code, and <1> or \\\\<2/> as text, and press <kbd>Ctrl</kbd>.
            A second line, soft-wrapped,
            with "quotes" and a tab\there.

            ![A *diagram*](img.png "The title") and a line \s
            break.
            """;

    final Path project;
    final Localizer localizer;

    private TmxPoFixture(Path project) {
        this.project = project;
        this.localizer = new Localizer(Project.open(project), Progress.create(false));
    }

    static TmxPoFixture create(Path tmp) {
        copy("/e2e", tmp);
        Path project = tmp.resolve("project");
        write(project.resolve("source-docs/special.md"), SPECIAL);
        TmxPoFixture f = new TmxPoFixture(project);
        f.localizer.importPages(LOCALE, tmp.resolve("pages-pt-BR"), State.TRANSLATED, false);
        f.fillSpecial();
        f.localizer.extract(List.of(LOCALE));
        f.setState("guides/install.md", "Checking the CPU", "reviewed");
        f.setState("basics.md", "What KVM is", "final");
        f.setState("guides/install.md", "Run ", "initial");
        f.localizer.extract(List.of(LOCALE));
        String basics = f.read(project.resolve("source-docs/basics.md"));
        write(project.resolve("source-docs/basics.md"), basics.replace("runs as a QEMU", "runs as a separate QEMU"));
        f.localizer.extract(List.of(LOCALE));
        return f;
    }

    /** Translates special.md: the text upper-cased, the codes kept. */
    private void fillSpecial() {
        TranslationStore store = new TranslationStore(project.resolve("translations"), "en");
        Localizer.SourcePage p = localizer.sourcePages().stream().filter(s -> s.path().equals("special.md"))
                .findFirst().orElseThrow();
        store.fill(LOCALE, p.path(), p.key(), p.units(), s -> upper(s.source()), State.TRANSLATED, null, false);
    }

    static List<Part> upper(List<Part> source) {
        List<Part> out = new ArrayList<>();
        for (Part part : source) {
            out.add(part instanceof Text t ? new Text(t.text().toUpperCase(Locale.ROOT)) : part);
        }
        return out;
    }

    /** The id of the first segment of {@code page} whose plain text starts with {@code start}. */
    String segmentId(String page, String start) {
        return segment(page, start).id();
    }

    Segment segment(String page, String start) {
        return localizer.sourcePages().stream().filter(p -> p.path().equals(page))
                .flatMap(p -> p.units().stream()).flatMap(u -> u.segments().stream())
                .filter(s -> s.plainText().startsWith(start)).findFirst().orElseThrow();
    }

    Path xliff(String page) {
        return project.resolve("translations/" + LOCALE + "/" + Project.key(page) + ".xlf");
    }

    void setState(String page, String start, String state) {
        Path file = xliff(page);
        String id = segmentId(page, start);
        String xml = read(file);
        String changed = xml.replaceFirst("(<segment id=\"" + id + "\") state=\"[^\"]*\"",
                Matcher.quoteReplacement("<segment id=\"" + id + "\" state=\"" + state + "\""));
        if (changed.equals(xml)) {
            throw new IllegalStateException("no translated segment " + id + " in " + file);
        }
        write(file, changed);
    }

    StoredSegment stored(String page, String start) {
        return XliffFile.read(xliff(page), LOCALE).segments().get(segmentId(page, start));
    }

    /** Removes every target and state from the XLIFF files, as if nothing had been translated. */
    void wipeTargets() {
        for (Path f : files(project.resolve("translations"))) {
            if (f.toString().endsWith(".xlf")) {
                write(f, read(f).replaceAll("(?s)(<segment [^>]*>\\s*<source>.*?</source>)\\s*<target>.*?</target>", "$1")
                        .replaceAll("(<segment id=\"[^\"]*\") state=\"[^\"]*\"", "$1"));
            }
        }
    }

    /** Every file of translations/ (the lock file left out) by relative path, with its content. */
    Map<String, String> snapshot() {
        Map<String, String> out = new TreeMap<>();
        Path dir = project.resolve("translations");
        for (Path f : files(dir)) {
            if (!f.getFileName().toString().equals(".docloc.lock")) {
                out.put(dir.relativize(f).toString(), read(f));
            }
        }
        return out;
    }

    /** Segments of the store that have a target. */
    int targets() {
        int n = 0;
        for (Path f : files(project.resolve("translations"))) {
            if (f.toString().endsWith(".xlf")) {
                n += (int) XliffFile.read(f, LOCALE).segments().values().stream().filter(StoredSegment::hasTarget)
                        .count();
            }
        }
        return n;
    }

    static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path f, String text) {
        try {
            Files.createDirectories(f.getParent());
            Files.writeString(f, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void copy(String resource, Path to) {
        try {
            Path from = Path.of(TmxPoFixture.class.getResource(resource).toURI());
            for (Path f : files(from)) {
                Path t = to.resolve(from.relativize(f).toString());
                Files.createDirectories(t.getParent());
                Files.copy(f, t);
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
