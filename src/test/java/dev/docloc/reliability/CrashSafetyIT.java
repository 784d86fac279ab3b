package dev.docloc.reliability;

import dev.docloc.testutil.ProjectFixture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.segment.Parts;
import dev.docloc.store.Memory;
import dev.docloc.store.StoredPage;
import dev.docloc.store.StoredSegment;
import dev.docloc.store.XliffFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code extract} and {@code tm import} (child JVMs) with SIGKILL at random moments, on a
 * copy of this repository's pt-BR translations whose source pages were edited, and checks after
 * each kill: every translations file parses and is byte for byte either its version before the run
 * or its version after a complete run, the memory parses, and no (source, target) pair that the
 * store and memory held before is missing. A kill can leave the atomic writer's temporary file
 * ({@code .<name><digits>.tmp}, which no run reads); they are counted, and a run after the kills
 * must bring the store to the state of a complete run.
 */
class CrashSafetyIT {
    static final int KILLS = Integer.getInteger("docloc.crash.kills", 15);
    static final String LOCALE = "pt-BR";

    @TempDir
    static Path dir;
    static ProjectFixture project;
    static Map<String, String> before;
    static Set<String> pairsBefore;

    @BeforeAll
    static void prepare() throws IOException {
        Path repo = Path.of(System.getProperty("user.dir"));
        project = new ProjectFixture(dir.resolve("project"));
        ProjectFixture.copy(repo.resolve("source-docs"), project.file("source-docs"));
        ProjectFixture.copy(repo.resolve("translations/" + LOCALE), project.file("translations/" + LOCALE));
        Files.copy(repo.resolve("glossary.yml"), project.file("glossary.yml"));
        editSources(project.file("source-docs"));
        before = files();
        pairsBefore = pairs(project.file("translations/" + LOCALE));
        assertThat(pairsBefore).hasSizeGreaterThan(100);
    }

    /** Rewords every fourth paragraph line and deletes every ninth, so that translations leave pages. */
    static void editSources(Path sourceDocs) throws IOException {
        try (Stream<Path> s = Files.walk(sourceDocs)) {
            for (Path page : s.filter(p -> p.toString().endsWith(".md")).toList()) {
                List<String> out = new ArrayList<>();
                int n = 0;
                for (String line : Files.readAllLines(page)) {
                    boolean prose = !line.isEmpty() && Character.isLetter(line.charAt(0));
                    n += prose ? 1 : 0;
                    if (prose && n % 9 == 0) {
                        continue;
                    }
                    out.add(prose && n % 4 == 0 ? line.replace(" the ", " this ").replace(" a ", " one ") + " Revised."
                            : line);
                }
                Files.write(page, out);
            }
        }
    }

    @Test
    void killedExtractLosesNothing() throws Exception {
        Map<String, String> after = completeRun(before, "extract", "--locale", LOCALE);
        assertThat(after).isNotEqualTo(before);
        int kills = killRepeatedly(before, after, new String[] {"extract", "--locale", LOCALE}, new Random(11));
        System.out.println("[crash] extract: " + kills + " kill points, 0 translations lost");
    }

    @Test
    void killedTmImportLosesNothing() throws Exception {
        Map<String, String> extracted = completeRun(before, "extract", "--locale", LOCALE);
        Path tmx = dir.resolve("import.tmx");
        Files.writeString(tmx, tmxForUntranslated(project.file("translations/" + LOCALE)));
        String[] args = {"tm", "import", "--locale", LOCALE, "--from", tmx.toString()};
        Map<String, String> after = completeRun(extracted, args);
        assertThat(after).isNotEqualTo(extracted);
        int kills = killRepeatedly(extracted, after, args, new Random(12));
        System.out.println("[crash] tm import: " + kills + " kill points, 0 translations lost");
    }

    /**
     * The moment a kill rarely hits, made certain: extract has written the pages' files (from
     * which reworded sentences left) and then cannot save the memory they left to.
     */
    @Test
    void extractStoppedBeforeItSavesTheMemoryLosesNothing(@TempDir Path tmp) throws Exception {
        ProjectFixture.copy(Path.of(System.getProperty("user.dir"), "src/test/resources/e2e"), tmp);
        ProjectFixture p = new ProjectFixture(tmp.resolve("project"));
        p.ok("import-pages", "--locale", LOCALE, "--from", tmp.resolve("pages-pt-BR").toString());
        Set<String> stored = pairs(p.file("translations/" + LOCALE));
        // a memory of unrelated pairs, large enough that saving it fails where the pages' files still fit
        StringBuilder tmx = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"
                + "<header creationtool=\"t\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"x\" adminlang=\"en\""
                + " srclang=\"en\" datatype=\"plaintext\"/>\n<body>\n");
        for (int i = 0; i < 1500; i++) {
            tmx.append("<tu><tuv xml:lang=\"en\"><seg>Unrelated sentence number ").append(i)
                    .append(".</seg></tuv><tuv xml:lang=\"pt-BR\"><seg>Frase sem relação número ").append(i)
                    .append(".</seg></tuv></tu>\n");
        }
        p.write("translations/" + LOCALE + "/memory.tmx", tmx.append("</body>\n</tmx>\n").toString());
        for (String page : List.of("source-docs/basics.md", "source-docs/guides/install.md")) {
            p.write(page, p.read(page).replace(" the ", " this ").replace(" is ", " was ").replace(" a ", " one "));
        }
        assertThat(p.runWithFileSizeLimit(64, "extract")).as(p.err).isEqualTo(2);
        assertThat(p.err).contains("memory.tmx", "File too large");
        Set<String> missing = new HashSet<>(stored);
        missing.removeAll(pairs(p.file("translations/" + LOCALE)));
        assertThat(missing).as("pairs lost").isEmpty();
    }

    /** The translations after the command ran to the end from {@code start}. */
    private static Map<String, String> completeRun(Map<String, String> start, String... args) {
        restore(start);
        project.ok(args);
        return files();
    }

    /**
     * Kills the command {@link #KILLS} times, at random moments in the last two thirds of the time a
     * complete run takes; returns the number of kills (a run that ends first is not one) and
     * prints how many left the translations half-way between the old and the new state.
     */
    private static int killRepeatedly(Map<String, String> start, Map<String, String> end, String[] args, Random random)
            throws Exception {
        Set<String> pairs = pairs(restore(start));
        long t0 = System.nanoTime();
        Process full = project.start(dir.resolve("child.log"), args);
        assertThat(full.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(files()).isEqualTo(end);
        int span = (int) Math.max(100, (System.nanoTime() - t0) / 1_000_000);
        int kills = 0;
        int[] states = new int[3];
        for (int i = 0; i < KILLS; i++) {
            restore(start);
            Path log = dir.resolve("child.log");
            Process child = project.start(log, args);
            // most of a run is start-up and parsing; kills land in its last two thirds, where it writes
            long delay = Math.max(50, span / 3) + random.nextInt(Math.max(1, span * 2 / 3));
            boolean finished = child.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) {
                child.destroyForcibly();
                child.waitFor(30, TimeUnit.SECONDS);
                kills++;
            }
            String at = String.join(" ", args) + " killed after " + delay + " ms" + (finished ? " (had finished)" : "");
            checkAfterKill(start, end, pairs, at);
            Map<String, String> now = files();
            states[now.equals(start) ? 0 : now.equals(end) ? 2 : 1]++;
        }
        System.out.printf("[crash] %s: a complete run takes %d ms; after the kills: %d untouched, %d part-way, %d complete;"
                + " %d temporary files left so far%n", String.join(" ", args), span, states[0], states[1], states[2],
                TEMP_LEFT.get());
        // the next run, from the last killed state (temporary files included), completes the work: every
        // segment translated by an uninterrupted run is translated, and one more run changes nothing. The
        // files need not equal the uninterrupted run's byte for byte: translations that left a page before
        // the kill are already in the memory, so a page handled earlier in the order can get one back.
        project.ok(args);
        Map<String, String> after = files();
        assertThat(translatedSegments(after)).as("a run after the kills").containsAll(translatedSegments(end));
        project.ok(args);
        assertThat(files()).as("a second run after the kills changes nothing").isEqualTo(after);
        return kills;
    }

    private static void checkAfterKill(Map<String, String> start, Map<String, String> end, Set<String> pairs, String at) {
        Map<String, String> now = files();
        for (var e : now.entrySet()) {
            String name = e.getKey();
            assertThat(e.getValue()).as("%s: %s is its old or its new version", at, name)
                    .isIn(start.get(name), end.get(name));
        }
        assertThat(now.keySet()).as(at).containsAll(start.keySet());
        List<Path> leftovers = project.leftovers();
        assertThat(leftovers).as("%s: only the atomic writer's temporary files", at)
                .allMatch(f -> temporary(f.getFileName().toString()));
        TEMP_LEFT.addAndGet(leftovers.size());
        Set<String> missing = new HashSet<>(pairs);
        missing.removeAll(pairs(project.file("translations/" + LOCALE)));
        assertThat(missing).as("%s: stored (source, target) pairs lost", at).isEmpty();
    }

    /** "page#segment" of every segment with a target, from the files' text. */
    private static Set<String> translatedSegments(Map<String, String> files) {
        Set<String> out = new HashSet<>();
        java.util.regex.Pattern seg = java.util.regex.Pattern.compile("<segment id=\"([^\"]+)\"[^>]*>\\s*<source>.*?</source>\\s*<target>",
                java.util.regex.Pattern.DOTALL);
        files.forEach((name, text) -> {
            var m = seg.matcher(text);
            while (m.find()) {
                out.add(name + "#" + m.group(1));
            }
        });
        return out;
    }

    /** Temporary files a kill left behind, over all kills. */
    static final java.util.concurrent.atomic.AtomicInteger TEMP_LEFT = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * The translations files, without the lock file that every run creates and without the atomic
     * writer's temporary files ({@code .<name><digits>.tmp}), which a SIGKILL can leave behind.
     */
    private static Map<String, String> files() {
        Map<String, String> files = project.translations();
        files.remove(".docloc.lock");
        files.keySet().removeIf(CrashSafetyIT::temporary);
        return files;
    }

    static boolean temporary(String name) {
        return Path.of(name).getFileName().toString().matches("\\..+\\d+\\.tmp");
    }

    private static Path restore(Map<String, String> files) {
        Path t = project.file("translations");
        try {
            try (Stream<Path> s = Files.walk(t)) {
                for (Path f : s.filter(Files::isRegularFile).toList()) {
                    String name = t.relativize(f).toString();
                    if (!files.containsKey(name) && !name.equals(".docloc.lock")) {
                        Files.delete(f);
                    }
                }
            }
            for (var e : files.entrySet()) {
                Path f = t.resolve(e.getKey());
                Files.createDirectories(f.getParent());
                Files.write(f, e.getValue().getBytes(StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return t.resolve(LOCALE);
    }

    /** Every (source, target) pair of the locale's translations files and memory; each file must parse. */
    static Set<String> pairs(Path localeDir) {
        Set<String> out = new HashSet<>();
        try (Stream<Path> s = Files.walk(localeDir)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".xlf")).toList()) {
                StoredPage page = XliffFile.read(f, LOCALE);
                for (StoredSegment seg : page.segments().values()) {
                    if (seg.hasTarget()) {
                        out.add(Memory.key(seg.source()) + " => " + Parts.plainText(seg.target()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path memory = localeDir.resolve("memory.tmx");
        if (Files.exists(memory)) {
            for (Memory.Entry e : Memory.read(memory, "en", "pt-BR").entries().values()) {
                out.add(Memory.key(e.source()) + " => " + Parts.plainText(e.target()));
            }
        }
        return out;
    }

    /** A TMX with a made-up translation of every untranslated plain-text segment. */
    static String tmxForUntranslated(Path localeDir) throws IOException {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"
                + "<header creationtool=\"test\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"x\" adminlang=\"en\""
                + " srclang=\"en\" datatype=\"plaintext\"/>\n<body>\n");
        try (Stream<Path> s = Files.walk(localeDir)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".xlf")).sorted().toList()) {
                for (StoredSegment seg : XliffFile.read(f, LOCALE).segments().values()) {
                    if (!seg.hasTarget() && Parts.codes(seg.source()).isEmpty()) {
                        String src = escape(Parts.plainText(seg.source()));
                        sb.append("<tu><tuv xml:lang=\"en\"><seg>").append(src).append("</seg></tuv><tuv xml:lang=\"")
                                .append(LOCALE).append("\"><seg>[pt] ").append(src).append("</seg></tuv></tu>\n");
                    }
                }
            }
        }
        return sb.append("</body>\n</tmx>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
