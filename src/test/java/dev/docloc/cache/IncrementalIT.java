package dev.docloc.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.testutil.ProjectFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build} and {@code check} after a change redo only what the change touches, and their
 * output is always the output of a run without the cache: on a copy of the bundled knowledge base
 * (10 articles, 8 locales), each incremental run is compared file by file with a run from scratch.
 */
class IncrementalIT {
    private static final Pattern WORK = Pattern.compile(
            "merged (\\d+) of (\\d+) page versions and rendered (\\d+) of (\\d+) pages");

    @TempDir
    Path tmp;
    ProjectFixture project;

    @BeforeEach
    void copyBundledContent() {
        Path root = tmp.resolve("project");
        ProjectFixture.copy(Path.of("source-docs"), root.resolve("source-docs"));
        ProjectFixture.copy(Path.of("translations"), root.resolve("translations"));
        project = new ProjectFixture(root);
        project.write("glossary.yml", read(Path.of("glossary.yml")));
    }

    /**
     * A translations file changed with its size and modification time kept ({@code cp -p},
     * {@code touch -r}, a restore from a backup) keeps its old hash in {@code files.bin}; the page
     * read from its old bytes must not stand in for the new ones, or extract writes the old
     * translation back over the edit.
     */
    @Test
    void aTranslationEditedWithItsSizeAndTimeKeptSurvivesTheNextExtract() throws Exception {
        Thread.sleep(2_100); // the copied files are now older than the racy window of files.bin
        project.run("check");
        String xlf = "translations/de/concepts/architecture.xlf";
        editKeepingSizeAndTime(xlf, "Wer versteht, welche Schicht", "Wer begreift, welche Schicht");
        String page = "source-docs/concepts/architecture.md";
        project.write(page, project.read(page) + "\nA new closing paragraph.\n");

        project.ok("extract");
        assertThat(project.read(xlf)).contains("Wer begreift, welche Schicht").doesNotContain("Wer versteht, welche Schicht");
    }

    /**
     * The sentence boundaries of a paragraph that was edited stay cached while runs segment only
     * the changed pages, and leave the cache with the first run that segments every page.
     */
    @Test
    void aRunThatSegmentsEveryPageDropsTheTextsOfEditedParagraphs() throws IOException {
        String page = "source-docs/guides/storage.md";
        project.write(page, project.read(page) + "\nA paragraph that will change. Its first version.\n");
        project.ok("build");
        project.write(page, project.read(page).replace("Its first version.", "Its second version."));
        project.ok("build");
        Path srx = project.file("target/docloc-cache/srx-en.bin");
        assertThat(Files.readString(srx, java.nio.charset.StandardCharsets.ISO_8859_1))
                .contains("Its first version.").contains("Its second version.");

        Files.deleteIfExists(project.file("target/docloc-cache/check.bin"));
        project.run("check");
        assertThat(Files.readString(srx, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("Its first version.").contains("Its second version.");
    }

    @Test
    void anUnchangedProjectIsNotRenderedAgain() {
        project.ok("build");
        Map<String, String> first = ProjectFixture.snapshot(project.file("target/site"));
        project.ok("build");
        assertThat(work()).containsExactly(0, 80, 0, 89 - 9);
        assertThat(ProjectFixture.snapshot(project.file("target/site"))).isEqualTo(first);
    }

    @Test
    void aOnePageChangeRedoesThatPageAndGivesTheSiteOfAFullBuild() {
        project.ok("build");
        // a source edit touches the page in every locale; a translation edit one version
        String page = "source-docs/guides/storage.md";
        project.write(page, project.read(page) + "\nSee also [live migration](live-migration.md#how-live-migration-works).\n");
        String xlf = "translations/de/guides/networking.xlf";
        project.write(xlf, project.read(xlf).replaceFirst("(<target>)([A-Z])", "$1Neu: $2"));
        project.ok("build");
        int[] work = work();
        assertThat(work[0]).as("page versions merged").isEqualTo(8 + 1);
        assertThat(work[2]).as("pages rendered").isEqualTo(8 + 1);
        assertThat(project.err).doesNotContain("publish-dead-link");

        Map<String, String> incremental = ProjectFixture.snapshot(project.file("target/site"));
        assertThat(incremental.get("de/guides/networking.md")).contains("Neu: ");
        assertThat(incremental).isEqualTo(fullBuild());
    }

    /**
     * A CI job: a fresh checkout (every file new, with a new modification time) and the cache and
     * site of the previous job restored; the job redoes only what the push changed.
     */
    @Test
    void aCacheRestoredIntoAFreshCheckoutIsUsedAndGivesTheSiteOfAFullBuild() {
        project.ok("build");
        project.ok("check");
        project = checkoutWithCacheAndSite(tmp.resolve("checkout"));
        String page = "source-docs/guides/storage.md";
        project.write(page, project.read(page) + "\nA paragraph this push adds.\n");

        project.ok("build");
        assertThat(work()).as("merged, of, rendered, of").containsExactly(8, 80, 8, 80);
        project.ok("check");
        String restored = project.out;
        assertThat(incrementalSite()).isEqualTo(fullBuild());
        deleteCheckResults();
        project.ok("check");
        assertThat(restored).isEqualTo(project.out);
    }

    /**
     * A CI job in another folder (runners with several workspaces) with the previous job's cache
     * and site: a page the push deleted leaves the restored site, and the link check sees it gone.
     */
    @Test
    void aPageDeletedInACheckoutElsewhereLeavesTheRestoredSite() throws IOException {
        project.ok("build");
        project = checkoutWithCacheAndSite(tmp.resolve("elsewhere/checkout"));
        Files.delete(project.file("source-docs/guides/security.md"));

        project.ok("build");
        assertThat(ProjectFixture.snapshot(project.file("target/site")).keySet())
                .noneMatch(f -> f.contains("guides/security."));
        assertThat(project.out).contains("checked 81 pages").doesNotContain(": 0 broken");
        assertThat(incrementalSite()).isEqualTo(fullBuild());
    }

    /** A copy of the project at {@code root} (every file new) with its cache and site, as a CI job restores them. */
    private ProjectFixture checkoutWithCacheAndSite(Path root) {
        for (String dir : new String[] {"source-docs", "translations", "target/docloc-cache", "target/site"}) {
            ProjectFixture.copy(project.file(dir), root.resolve(dir));
        }
        ProjectFixture checkout = new ProjectFixture(root);
        checkout.write("glossary.yml", project.read("glossary.yml"));
        return checkout;
    }

    private Map<String, String> incrementalSite() {
        return ProjectFixture.snapshot(project.file("target/site"));
    }

    private void deleteCheckResults() {
        try {
            Files.deleteIfExists(project.file("target/docloc-cache/check.bin"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aDeletedOutputFileIsWrittenAgain() throws IOException {
        project.ok("build");
        Path html = project.file("target/site/pt-BR/guides/security.html");
        String before = Files.readString(html);
        Files.delete(html);
        Files.delete(project.file("target/site/es/guides/security.md"));
        project.ok("build");
        assertThat(Files.readString(html)).isEqualTo(before);
        assertThat(project.file("target/site/es/guides/security.md")).exists();
        assertThat(work()[0]).isEqualTo(1);
    }

    @Test
    void aDeletedPageLeavesTheSiteAndTheLinksToItAreReported() throws IOException {
        project.ok("build");
        long read = readPages();
        Files.writeString(project.file("target/site/de/guides/mine.txt"), "a file of the user's");
        Files.delete(project.file("source-docs/guides/security.md"));
        project.ok("build");
        assertThat(readPages()).as("translations files as read, one a locale less").isEqualTo(read - 7);
        assertThat(ProjectFixture.snapshot(project.file("target/site")).keySet())
                .noneMatch(f -> f.contains("guides/security."))
                .contains("de/guides/mine.txt");
        assertThat(project.out).contains("checked 81 pages").doesNotContain(": 0 broken");
        assertThat(project.err).contains("links to a file that does not exist in the site");
        Map<String, String> incremental = ProjectFixture.snapshot(project.file("target/site"));
        incremental.remove("de/guides/mine.txt");
        assertThat(incremental).isEqualTo(fullBuild());
        // a build of one locale removes that locale's deleted pages and leaves the others' pages
        project.ok("build");
        Files.delete(project.file("source-docs/guides/storage.md"));
        project.ok("build", "--locale", "fr");
        assertThat(project.file("target/site/fr/guides/storage.html")).doesNotExist();
        assertThat(project.file("target/site/en/guides/storage.html")).doesNotExist();
        assertThat(project.file("target/site/de/guides/storage.html")).exists();
        assertThat(project.file("target/site/de/guides/networking.html")).exists();
    }

    /**
     * Each locale's index, the language chooser, the sitemap and the stylesheet are written again
     * only when what it lists changed (a title, a page's coverage) or its file did; a rewrite is an
     * atomic rename, so a file left alone keeps its inode.
     */
    @Test
    void theListingsAreWrittenAgainOnlyWhenWhatTheyListChanged() throws IOException {
        project.ok("build");
        String[] listings = {"index.html", "de/index.html", "fr/index.html", "sitemap.xml", "style.css"};
        Map<String, Object> first = fileKeys(listings);
        assertThat(project.out).contains(": 0 broken");
        // a translation edit that leaves titles and coverage as they were: the page only
        String xlf = "translations/de/guides/networking.xlf";
        project.write(xlf, project.read(xlf).replaceFirst("(<target>)(Die Netzwerkkonfiguration)", "$1Neu: $2"));
        project.ok("build");
        assertThat(work()[2]).as("pages rendered").isEqualTo(1);
        assertThat(fileKeys(listings)).isEqualTo(first);

        project.write(xlf, project.read(xlf).replace("<target>Netzwerke für virtuelle Maschinen</target>",
                "<target>Netzwerke für VMs</target>"));
        Files.delete(project.file("target/site/fr/index.html"));
        project.ok("build");
        Map<String, Object> second = fileKeys(listings);
        assertThat(second.get("de/index.html")).isNotEqualTo(first.get("de/index.html"));
        // what does not list German titles is left as it is
        for (String untouched : new String[] {"index.html", "sitemap.xml", "style.css"}) {
            assertThat(second.get(untouched)).as(untouched).isEqualTo(first.get(untouched));
        }
        assertThat(project.read("target/site/de/index.html")).contains("Netzwerke für VMs");
        assertThat(project.file("target/site/fr/index.html")).exists();

        // a listing edited by something else is written again
        project.write("target/site/sitemap.xml", "<urlset/>\n");
        project.ok("build");
        assertThat(project.read("target/site/sitemap.xml")).contains("<loc>");
        assertThat(project.out).as("each listing's own links checked").contains(": 0 broken");
        Map<String, String> incremental = ProjectFixture.snapshot(project.file("target/site"));
        assertThat(incremental).isEqualTo(fullBuild());
    }

    private Map<String, Object> fileKeys(String... sitePaths) throws IOException {
        Map<String, Object> keys = new java.util.TreeMap<>();
        for (String f : sitePaths) {
            keys.put(f, Files.readAttributes(project.file("target/site/" + f),
                    java.nio.file.attribute.BasicFileAttributes.class).fileKey());
        }
        return keys;
    }

    @Test
    void aTemplateChangeRendersEveryPage() {
        project.ok("build");
        project.write("templates/page.mustache", "<!doctype html><html lang=\"{{lang}}\"><title>{{title}}</title>"
                + "<body>{{{content}}}</body></html>\n");
        project.ok("build");
        assertThat(work()).containsExactly(0, 80, 80, 80);
        assertThat(project.read("target/site/fr/guides/storage.html")).startsWith("<!doctype html><html lang=\"fr\">");
    }

    /** A partial ({@code {{> footer}}}) is part of the templates that include it. */
    @Test
    void aChangedPartialRendersThePagesAndListingsThatIncludeItAgain() {
        project.write("templates/page.mustache", "<!doctype html><html lang=\"{{lang}}\"><title>{{title}}</title>"
                + "<body>{{{content}}}{{> footer}}</body></html>\n");
        project.write("templates/root.mustache", "<!doctype html><title>{{title}}</title>{{> footer}}\n");
        project.write("templates/footer.mustache", "<footer>first</footer>");
        project.ok("build");
        project.write("templates/footer.mustache", "<footer>second</footer>");
        project.ok("build");
        assertThat(project.read("target/site/index.html")).contains("<footer>second</footer>");
        assertThat(project.read("target/site/fr/guides/storage.html")).contains("<footer>second</footer>");
        assertThat(incrementalSite()).isEqualTo(fullBuild());
    }

    @Test
    void checkAfterAChangeFindsWhatAFullCheckFinds() {
        String xlf = "translations/pt-BR/guides/networking.xlf";
        // a doubled space
        checkAgainAfter(() -> project.write(xlf, project.read(xlf).replaceFirst("<target>Todo convidado do",
                "<target>Todo convidado  do")), "qa-whitespace");
    }

    @Test
    void checkAfterAnEditThatKeptTheSizeAndTheTimeFindsWhatAFullCheckFinds() throws Exception {
        // the change time that tells comes from the unix attributes (Linux, macOS; not Windows)
        org.junit.jupiter.api.Assumptions.assumeTrue(
                java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("unix"));
        Thread.sleep(FileHashes.RACY_MILLIS + 100); // the copied files are out of the racy window
        // a doubled space, one letter less: same size; then the old modification time (cp -p, touch -r)
        checkAgainAfter(() -> editKeepingSizeAndTime("translations/pt-BR/guides/networking.xlf",
                "<target>Todo convidado do", "<target>Todo convidado  d"), "qa-whitespace");
    }

    /** Replaces {@code from} with {@code to} (same length) in a file and puts its modification time back. */
    private void editKeepingSizeAndTime(String relative, String from, String to) {
        try {
            Path file = project.file(relative);
            java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(file);
            String before = project.read(relative);
            String edited = before.replace(from, to);
            assertThat(edited).isNotEqualTo(before).hasSameSizeAs(before);
            project.write(relative, edited);
            Files.setLastModifiedTime(file, time);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aGlossaryChangeChecksEveryPageAgain() {
        // another approved pt-BR term for 'hypervisor': every page that uses it lacks it now
        checkAgainAfter(() -> project.write("glossary.yml", project.read("glossary.yml")
                .replaceFirst("(?m)^      pt-BR: hipervisor$", "      pt-BR: supervisor")), "supervisor");
    }

    /** A check, {@code edit}, a check with the cache: it reports {@code newFinding} as a full check does. */
    private void checkAgainAfter(Runnable edit, String newFinding) {
        project.ok("check", "--format", "json", "--output", out("target/first.json"));
        edit.run();
        project.ok("check", "--format", "json", "--output", out("target/incremental.json"), "--fail-on", "never");
        String incremental = project.read("target/incremental.json");
        assertThat(incremental).isNotEqualTo(project.read("target/first.json")).contains(newFinding);
        assertThat(incremental).isEqualTo(fullCheck());
    }

    @Test
    void statusAfterAChangeCountsWhatAFullStatusCounts() {
        project.ok("status", "--format", "json");
        String first = project.out;
        String xlf = "translations/fr/guides/storage.xlf";
        // one translated segment taken back to "initial": fewer translated words in fr
        project.write(xlf, project.read(xlf).replaceFirst("state=\"(translated|reviewed|final)\"", "state=\"initial\""));
        project.ok("status", "--format", "json");
        String incremental = project.out;
        assertThat(incremental).isNotEqualTo(first);
        deleteCache();
        project.ok("status", "--format", "json");
        assertThat(incremental).isEqualTo(project.out);
    }

    private String fullCheck() {
        deleteCache();
        project.ok("check", "--format", "json", "--output", out("target/full.json"), "--fail-on", "never");
        return project.read("target/full.json");
    }

    @Test
    void aTranslationsFileThatChangedIsValidatedAgainstTheSchemas() {
        project.ok("check");
        String xlf = "translations/es/guides/storage.xlf";
        project.write(xlf, project.read(xlf).replaceFirst("<segment id=", "<segment bogus=\"1\" id="));
        assertThat(project.run("check")).isEqualTo(2);
        assertThat(project.err).contains("storage.xlf").contains("bogus");
    }

    @Test
    void aTranslationsFileEditedAfterExtractWroteItIsValidatedAgain() {
        String page = "source-docs/guides/storage.md";
        project.write(page, project.read(page) + "\nOne more sentence for every locale.\n");
        project.ok("extract");
        project.ok("check", "--fail-on", "never");
        String xlf = "translations/es/guides/storage.xlf";
        project.write(xlf, project.read(xlf).replaceFirst("<segment id=", "<segment bogus=\"1\" id="));
        assertThat(project.run("check")).isEqualTo(2);
        assertThat(project.err).contains("storage.xlf").contains("bogus");
    }

    private String out(String relative) {
        return project.file(relative).toString();
    }

    /** The number of translations files kept as read in the cache ({@code xliff-pages/}). */
    private long readPages() throws IOException {
        try (var files = Files.walk(project.file("target/docloc-cache/xliff-pages"))) {
            return files.filter(f -> f.toString().endsWith(".bin")).count();
        }
    }

    private Map<String, String> fullBuild() {
        deleteCache();
        project.ok("build", "--out", project.file("target/full").toString());
        return ProjectFixture.snapshot(project.file("target/full"));
    }

    private void deleteCache() {
        try (var files = Files.walk(project.file("target/docloc-cache"))) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The four counts of the build's "merged … rendered …" line; all published when it has none. */
    private int[] work() {
        Matcher m = WORK.matcher(project.out);
        if (!m.find()) {
            return new int[] {-1, -1, -1, -1};
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4))};
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
