package dev.docloc.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.testutil.ProjectFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code extract} skips pages it would not change (ExtractCache). Two copies of the bundled
 * project (seven locales, four of them partly translated) go through the same edits: one runs
 * {@code extract} with the cache of its earlier runs, the other without any cache, as a first run
 * does. After every edit their translations files and memories must be byte for byte the same, and
 * the first must have updated only the pages the edit can reach.
 */
class ExtractIncrementalIT {
    private static final Pattern UPDATED = Pattern.compile("updated (\\d+) of (\\d+) page versions");
    private static final String NEW = "A new paragraph about qcow2 snapshots.";
    private static final String NEW_DE = "Ein neuer Absatz über qcow2-Snapshots.";

    @TempDir
    Path tmp;
    ProjectFixture cached;
    ProjectFixture full;

    @BeforeEach
    void copyBundledContent() {
        cached = copy(tmp.resolve("cached"));
        full = copy(tmp.resolve("full"));
    }

    @Test
    void everyEditGivesTheTranslationsOfARunWithoutCache() {
        assertThat(extract()).as("first run: every page").isEqualTo(70);
        assertThat(extract()).as("nothing changed").isZero();

        // a new sentence: the page in every locale (and once more in the next run, which finds
        // the files the first wrote: only an update that changed nothing is taken as settled)
        edit(p -> append(p, "source-docs/guides/storage.md", NEW));
        assertThat(extract()).isEqualTo(7);
        settle(7);

        // the same sentence on a page earlier in page order: untranslated there too
        edit(p -> append(p, "source-docs/concepts/architecture.md", NEW));
        assertThat(extract()).isEqualTo(7);
        settle(7);

        // translated in de on storage.md: the next run fills it on architecture.md from the memory;
        // of the other de pages, those with untranslated segments are updated again (their memory
        // changed), the fully translated ones are not
        edit(p -> translate(p, "translations/de/guides/storage.xlf", NEW, NEW_DE));
        assertThat(extract()).isEqualTo(2);
        assertThat(cached.read("translations/de/concepts/architecture.xlf")).contains(NEW_DE);
        settle(2);

        // a similar sentence: a fuzzy match from the memory is offered
        edit(p -> append(p, "source-docs/guides/networking.md", "A new paragraph about qcow2 snapshot chains."));
        assertThat(extract()).isEqualTo(7);
        assertThat(cached.read("translations/de/guides/networking.xlf")).contains(NEW_DE);
        settle(7);

        // a translator revises the translation on storage.md: architecture.md keeps its own, and
        // puts it back in the memory at its place in page order, so networking.md (between the
        // two) is offered the same match as before and is not updated; a full run agrees
        edit(p -> p.write("translations/de/guides/storage.xlf",
                p.read("translations/de/guides/storage.xlf").replace(NEW_DE, "Ein weiterer Absatz über qcow2-Snapshots.")));
        assertThat(extract()).isEqualTo(1);
        settle(0);

        // the same revision on architecture.md: now the memory networking.md is decided with
        // differs, and it is updated (with no change: the match it was offered stays)
        edit(p -> p.write("translations/de/concepts/architecture.xlf",
                p.read("translations/de/concepts/architecture.xlf").replace(NEW_DE, "Ein weiterer Absatz über qcow2-Snapshots.")));
        assertThat(extract()).isEqualTo(2);

        // a translated sentence moves from one page to another
        edit(p -> {
            String sentence = "libvirt supports several modes.";
            assertThat(p.read("source-docs/guides/networking.md")).contains(sentence);
            p.write("source-docs/guides/networking.md", p.read("source-docs/guides/networking.md").replace(sentence, ""));
            append(p, "source-docs/guides/security.md", sentence);
        });
        assertThat(extract()).isBetween(14, 70);
        extract();
        extract();

        // the memory file is deleted: rebuilt from the pages
        edit(p -> delete(p.file("translations/fr/memory.tmx")));
        extract();
        extract();

        // a page renamed
        edit(p -> move(p.file("source-docs/guides/troubleshooting.md"), p.file("source-docs/guides/debugging.md")));
        assertThat(extract()).isGreaterThanOrEqualTo(7);
        extract();

        // the glossary changes what the translations files say about terms: every page again
        edit(p -> p.write("glossary.yml", p.read("glossary.yml").replaceFirst("(?m)^(\\s+definition: )(\\S)", "$1Also $2")));
        assertThat(extract()).isEqualTo(70);
        extract();
        assertThat(extract()).as("nothing changed").isZero();
    }

    /** Two more runs: the first updates again the {@code written} page versions the last run wrote, the second none. */
    private void settle(int written) {
        assertThat(extract()).as("the files the last run wrote").isEqualTo(written);
        assertThat(extract()).as("nothing changed").isZero();
    }

    /**
     * One sentence translated two ways on two pages, and a page between them offered a fuzzy
     * match for a similar sentence: a skipped page must put its own translation back in the
     * memory at its place, or the page after it sees another memory and is updated again. The
     * pages have no inline codes, so their records hold no pairs of their own beyond the file's.
     */
    @Test
    void aSkippedPagePutsItsTranslationsBackInTheMemoryAtItsPlace() {
        String sentence = "Guests keep their disks on the host.";
        edit(p -> {
            p.write("source-docs/plain/a.md", "# Disks\n\n" + sentence + "\n");
            p.write("source-docs/plain/b.md", "# Remote disks\n\nGuests keep their disks on the remote host.\n");
            p.write("source-docs/plain/c.md", "# Local disks\n\n" + sentence + "\n");
        });
        extract();
        extract();
        edit(p -> {
            translate(p, "translations/de/plain/a.xlf", sentence, "Gäste behalten ihre Platten auf dem Host.");
            translate(p, "translations/de/plain/c.xlf", sentence, "Die Platten der Gäste liegen auf dem Host.");
        });
        extract();
        extract();
        assertThat(extract()).as("nothing changed").isZero();
        // an unrelated edit after the three pages: they are skipped, and stay skipped
        edit(p -> append(p, "source-docs/guides/troubleshooting.md", "One more troubleshooting hint."));
        assertThat(extract()).isEqualTo(7);
        assertThat(extract()).isEqualTo(7);
        assertThat(extract()).as("nothing changed").isZero();
    }

    @Test
    void aTranslationsFileRestoredToAnEarlierVersionGetsTheUpdateOfThatVersion() {
        extract();
        String xlf = "translations/ja/guides/storage.xlf";
        String before = cached.read(xlf);
        edit(p -> append(p, "source-docs/guides/storage.md", NEW));
        extract();
        extract();
        // as a checkout of the older file would: the page is updated again, not taken as up to date
        edit(p -> p.write(xlf, before));
        assertThat(extract()).isEqualTo(1);
        assertThat(cached.read(xlf)).contains(NEW);
    }

    /**
     * Real pages with their imported translations (links, code, emphasis; sentences translated
     * differently on different pages), through rounds of random edits of sources and translations.
     */
    @Test
    void randomEditsOfRealTranslatedPagesGiveTheTranslationsOfARunWithoutCache() throws Exception {
        Path pairs = Path.of(ExtractIncrementalIT.class.getResource("/adoption").toURI());
        for (ProjectFixture p : List.of(cached, full)) {
            ProjectFixture.deleteTree(p.file("source-docs"));
            ProjectFixture.deleteTree(p.file("translations"));
            ProjectFixture.copy(pairs.resolve("en"), p.file("source-docs"));
            p.ok("import-pages", "--locale", "pt-BR", "--from", pairs.resolve("pt-br").toString());
        }
        String[] locales = {"--locale", "pt-BR", "--locale", "fr"};
        extract(locales);
        Random random = new Random(20261126);
        for (int round = 1; round <= 6; round++) {
            long seed = random.nextLong();
            int n = round;
            edit(p -> randomEdits(p, new Random(seed), n));
            extract(locales);
            assertThat(extract(locales)).as("round %d, run after the run that wrote", round).isLessThan(10);
        }
    }

    /** Edits two source pages and two pt-BR translations files at random (the same in both copies for one seed). */
    private static void randomEdits(ProjectFixture p, Random r, int round) {
        List<Path> pages = files(p.file("source-docs"), ".md");
        for (int k = 0; k < 2; k++) {
            Path page = pages.get(r.nextInt(pages.size()));
            String rel = p.root.relativize(page).toString();
            List<String> paras = new java.util.ArrayList<>(List.of(p.read(rel).split("\n\n", -1)));
            int i = r.nextInt(paras.size());
            switch (r.nextInt(4)) {
                case 0 -> paras.add("A sentence added in round " + round + " about KVM guests.");
                case 1 -> {
                    String other = p.read(p.root.relativize(pages.get(r.nextInt(pages.size()))).toString());
                    String[] op = other.split("\n\n");
                    paras.add(i, op[r.nextInt(op.length)]);
                }
                case 2 -> {
                    if (paras.size() > 3 && !paras.get(i).startsWith("---")) {
                        paras.remove(i);
                    }
                }
                default -> paras.set(i, paras.get(i).replaceFirst("\\bthe\\b", "this"));
            }
            p.write(rel, String.join("\n\n", paras));
        }
        List<Path> xlfs = files(p.file("translations/pt-BR"), ".xlf");
        for (int k = 0; k < 2; k++) {
            String rel = p.root.relativize(xlfs.get(r.nextInt(xlfs.size()))).toString();
            String text = p.read(rel);
            if (r.nextBoolean()) {
                // a translator revises a translation
                List<int[]> targets = spans(text, "<target>([^<]{3,})</target>");
                if (!targets.isEmpty()) {
                    int[] t = targets.get(r.nextInt(targets.size()));
                    text = text.substring(0, t[1]) + " (rev " + round + ")" + text.substring(t[1]);
                }
            } else {
                // a translator translates a segment without codes
                Matcher m = Pattern.compile("(<segment id=\"[^\"]+\")(>\\s*<source>)([^<]+)(</source>)").matcher(text);
                List<java.util.regex.MatchResult> open = m.results().toList();
                if (!open.isEmpty()) {
                    var x = open.get(r.nextInt(open.size()));
                    text = text.substring(0, x.start()) + x.group(1) + " state=\"translated\"" + x.group(2) + x.group(3)
                            + x.group(4) + "<target>" + x.group(3) + " [" + round + "]</target>" + text.substring(x.end());
                }
            }
            p.write(rel, text);
        }
    }

    private static List<int[]> spans(String text, String regex) {
        return Pattern.compile(regex).matcher(text).results().map(m -> new int[] {m.start(1), m.end(1)}).toList();
    }

    private static List<Path> files(Path dir, String suffix) {
        try (var s = Files.walk(dir)) {
            return s.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs extract in both copies, checks they agree, and returns how many page versions the cached run updated. */
    private int extract(String... args) {
        String[] command = java.util.stream.Stream.concat(java.util.stream.Stream.of("extract"), List.of(args).stream())
                .toArray(String[]::new);
        cached.ok(command);
        String cachedOut = cached.out;
        deleteCache(full);
        full.ok(command);
        assertThat(summary(cachedOut)).isEqualTo(summary(full.out));
        assertThat(cached.translations()).isEqualTo(full.translations());
        Matcher m = UPDATED.matcher(cachedOut);
        assertThat(m.find()).as(cachedOut).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private void edit(Consumer<ProjectFixture> edit) {
        edit.accept(cached);
        edit.accept(full);
    }

    /** The per-locale lines of extract's output (segments, kept, carried, from memory, files written). */
    private static List<String> summary(String out) {
        return out.lines().filter(l -> !UPDATED.matcher(l).find()).toList();
    }

    private static void append(ProjectFixture p, String page, String sentence) {
        p.write(page, p.read(page) + "\n" + sentence + "\n");
    }

    /** Gives the untranslated segment with source {@code source} a target, as a translator's tool would. */
    private static void translate(ProjectFixture p, String xlf, String source, String target) {
        String text = p.read(xlf);
        String segment = "(<segment id=\"[^\"]+\")(>\\s*<source>" + Pattern.quote(source) + "</source>)";
        String translated = text.replaceFirst(segment, "$1 state=\"translated\"$2<target>" + target + "</target>");
        assertThat(translated).isNotEqualTo(text);
        p.write(xlf, translated);
    }

    private static ProjectFixture copy(Path dir) {
        Path root = dir.resolve("project");
        ProjectFixture.copy(Path.of("source-docs"), root.resolve("source-docs"));
        ProjectFixture.copy(Path.of("translations"), root.resolve("translations"));
        ProjectFixture p = new ProjectFixture(root);
        try {
            p.write("glossary.yml", Files.readString(Path.of("glossary.yml")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteCache(ProjectFixture p) {
        ProjectFixture.deleteTree(p.file("target/docloc-cache"));
    }
}
