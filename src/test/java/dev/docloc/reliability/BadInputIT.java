package dev.docloc.reliability;

import dev.docloc.testutil.ProjectFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A catalogue of bad inputs through the command line: each fatal one exits with 2 and a message
 * naming the file (and line and column where there is one), prints no stack trace, and leaves
 * translations/ byte for byte as it was, with no temporary file behind. Inputs that are odd but
 * valid (a BOM, mixed line endings, names with spaces or in other scripts) must work.
 */
class BadInputIT {
    private static final List<String> OBSERVED = new ArrayList<>();
    @TempDir
    static Path base;
    static ProjectFixture template;

    @TempDir
    Path tmp;
    ProjectFixture p;

    @BeforeAll
    static void prepare() {
        template = ProjectFixture.e2e(base.resolve("template"));
    }

    @BeforeEach
    void copyProject() {
        ProjectFixture.copy(template.root, tmp.resolve("project"));
        p = new ProjectFixture(tmp.resolve("project"));
    }

    @AfterAll
    static void report() {
        OBSERVED.forEach(m -> System.out.println("[bad-input] " + m));
    }

    /** Runs a command that must stop with exit 2, {@code location} in the message and nothing written. */
    private String refused(String location, String... args) {
        Map<String, String> before = p.translations();
        int code = p.run(args);
        String message = p.err.strip();
        OBSERVED.add(String.join(" ", args) + " -> " + code + ": " + message.replace(p.root.toString(), "<project>"));
        assertThat(code).as(message).isEqualTo(2);
        assertThat(message).contains(location).doesNotContain("at dev.docloc", "Exception", "internal error");
        assertThat(p.translations()).as("translations/ unchanged").isEqualTo(before);
        assertThat(p.leftovers()).as("temporary files").isEmpty();
        return message;
    }

    private void glossary(String yaml) {
        p.write("glossary.yml", yaml);
    }

    private static final String HEAD = "sourceLocale: en\ntargetLocales: [pt-BR]\nterms:\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            tab indentation           | sourceLocale: en\\ntargetLocales: [pt-BR]\\nterms:\\n\\t- source: KVM\\n             | glossary.yml:4:1:
            duplicate key             | sourceLocale: en\\nsourceLocale: de\\ntargetLocales: [pt-BR]\\nterms: []\\n    | glossary.yml:2:
            bad type                  | HEAD  - source: KVM\\n    caseSensitive: maybe\\n                             | glossary.yml:5:
            list instead of text      | HEAD  - source: [KVM, QEMU]\\n                                               | glossary.yml:4:
            unknown key               | HEAD  - source: KVM\\n    colour: red\\n                                      | glossary.yml:5:
            unknown top-level key     | sourceLocale: en\\ntargetLocales: [pt-BR]\\nterms: []\\nlocales: [de]\\n       | glossary.yml:4:
            invalid locale            | sourceLocale: en\\ntargetLocales: [pt_BR]\\nterms: []\\n                      | glossary.yml:2:
            unknown locale            | sourceLocale: en\\ntargetLocales: [xx-YY]\\nterms: []\\n                      | glossary.yml:2:
            unknown translation locale| HEAD  - source: KVM\\n    translations:\\n      klingon: KVM\\n              | glossary.yml:6:
            term without source       | HEAD  - definition: no source here\\n                                     | glossary.yml:4:
            approved and forbidden    | HEAD  - source: hypervisor\\n    translations:\\n      pt-BR: hipervisor\\n    forbidden:\\n      pt-BR: [hipervisor]\\n | glossary.yml:
            not YAML                  | sourceLocale: en\\nterms:\\n  - source: [unclosed\\n                           | glossary.yml:4:
            empty file                | \\n                                                                                | glossary.yml
            """)
    void glossaryErrorsStopWithFileLineAndColumn(String name, String yaml, String location) {
        glossary(yaml.replace("HEAD", HEAD).replace("\\n", "\n").replace("\\t", "\t"));
        refused(location, "extract");
    }

    /** Every command that reads the glossary names the line and column of a byte that is not UTF-8. */
    @Test
    void glossaryWithInvalidUtf8() throws IOException {
        byte[] yaml = (HEAD + "  - source: KVM\n    definition: Kernel-based x\n").getBytes(StandardCharsets.UTF_8);
        yaml[yaml.length - 2] = (byte) 0xE9;
        Files.write(p.file("glossary.yml"), yaml);
        Path tbx = tmp.resolve("out.tbx");
        assertThat(refused("glossary.yml:5:30", "extract")).contains("invalid UTF-8 (byte 0xE9");
        assertThat(refused("glossary.yml:5:30", "glossary", "export-tbx", "--output", tbx.toString()))
                .contains("invalid UTF-8 (byte 0xE9");
        assertThat(tbx).doesNotExist();
    }

    // --- translations files (XLIFF) ---

    private static final String XLF = "translations/pt-BR/guides/install.xlf";

    private void edit(String relative, String regex, String replacement) {
        String before = p.read(relative);
        String after = before.replaceFirst(regex, replacement);
        assertThat(after).as("the edit applies").isNotEqualTo(before);
        p.write(relative, after);
    }

    @Test
    void xliffNotWellFormed() {
        String text = p.read(XLF);
        p.write(XLF, text.substring(0, text.indexOf("</unit>") + 3));
        refused("install.xlf:", "extract");
    }

    @Test
    void xliffWrongVersion() {
        edit(XLF, "version=\"2.1\"", "version=\"1.2\"");
        refused("install.xlf", "extract");
    }

    @Test
    void xliffWrongNamespace() {
        edit(XLF, "urn:oasis:names:tc:xliff:document:2.0", "urn:oasis:names:tc:xliff:document:1.2");
        refused("install.xlf", "extract");
    }

    @Test
    void xliffDuplicateSegmentIds() {
        String text = p.read(XLF);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<segment id=\"([^\"]+)\"").matcher(text);
        assertThat(m.find()).isTrue();
        String first = m.group(1);
        assertThat(m.find()).isTrue();
        p.write(XLF, text.replace("<segment id=\"" + m.group(1) + "\"", "<segment id=\"" + first + "\""));
        refused("install.xlf", "extract");
    }

    /**
     * Not fatal: a target whose codes do not match the source's is not kept, and the memory gives
     * the segment its last good translation back.
     */
    @Test
    void xliffCodeThatIsNotInTheSource() {
        edit(XLF, "<target>Instalação do KVM</target>", "<target><ph id=\"nope99\"/>Instalação do KVM</target>");
        p.ok("extract");
        assertThat(p.read(XLF)).doesNotContain("nope99").contains("<target>Instalação do KVM</target>");
        assertThat(p.leftovers()).isEmpty();
    }

    /**
     * Not fatal either: half of a surrogate pair in a target is a qa-codes error, which every
     * report format must be able to write to a file (the character itself cannot be encoded).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"text", "json", "sarif", "html"})
    void reportOfATargetWithHalfASurrogatePair(String format) throws IOException {
        edit(XLF, "<target>Instalação do KVM</target>", "<target>Instalação do <cp hex=\"D800\"/>KVM</target>");
        Path report = tmp.resolve("report." + format);
        assertThat(p.run("check", "--format", format, "--output", report.toString(), "--fail-on", "never"))
                .as(p.err).isZero();
        assertThat(Files.readString(report)).contains("U+D800");
    }

    /** As above, for a sentence the page has once: the bad target must not replace the memory's good one. */
    @Test
    void xliffCodeThatIsNotInTheSourceOfASentenceThePageHasOnce() {
        edit(XLF, "<target>Verificação da CPU</target>", "<target><pc id=\"nope99\">Verificação</pc> da CPU</target>");
        p.ok("extract");
        assertThat(p.read(XLF)).doesNotContain("nope99").contains("<target>Verificação da CPU</target>");
        assertThat(p.read(MEMORY)).doesNotContain("nope99").contains("<seg>Verificação da CPU</seg>");
        assertThat(p.leftovers()).isEmpty();
    }

    @Test
    void xliffTargetForAnotherLanguage() {
        edit(XLF, "trgLang=\"pt-BR\"", "trgLang=\"de\"");
        assertThat(refused("install.xlf:1", "extract")).contains("trgLang is de");
    }

    @Test
    void xliffWithADoctype() {
        edit(XLF, "\\?>", "?>\n<!DOCTYPE xliff [<!ENTITY x \"y\">]>");
        assertThat(refused("install.xlf:2:", "extract")).contains("DOCTYPE is not allowed");
    }

    // --- TMX, TBX, PO ---

    @Test
    void tmxNotWellFormed() throws IOException {
        Path tmx = tmp.resolve("in.tmx");
        Files.writeString(tmx, "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\">\n<body><tu><tuv xml:lang=\"en\"><seg>a</seg></tuv>\n</body></tmx>\n");
        refused("in.tmx:4:", "tm", "import", "--locale", "pt-BR", "--from", tmx.toString());
    }

    @Test
    void tmxWithADoctype() throws IOException {
        Path tmx = tmp.resolve("in.tmx");
        Files.writeString(tmx, "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx version=\"1.4\"><header/><body/></tmx>\n");
        assertThat(refused("in.tmx:2:", "tm", "import", "--locale", "pt-BR", "--from", tmx.toString()))
                .contains("DOCTYPE");
    }

    @Test
    void tmxThatIsNotTmx() throws IOException {
        Path tmx = tmp.resolve("in.tmx");
        Files.writeString(tmx, "<?xml version=\"1.0\"?>\n<html><body>not a memory</body></html>\n");
        refused("in.tmx", "tm", "import", "--locale", "pt-BR", "--from", tmx.toString());
    }

    @Test
    void tmxForOtherLanguages() throws IOException {
        Path tmx = tmp.resolve("in.tmx");
        Files.writeString(tmx, "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\">\n<header srclang=\"de\"/><body>"
                + "<tu><tuv xml:lang=\"de\"><seg>Die CPU prüfen</seg></tuv><tuv xml:lang=\"pt-BR\"><seg>Verificar</seg></tuv>"
                + "</tu></body></tmx>\n");
        assertThat(refused("in.tmx:3", "tm", "import", "--locale", "pt-BR", "--from", tmx.toString()))
                .contains("srclang) is de, the project's is en");
        Files.writeString(tmx, Files.readString(tmx).replace("\"de\"", "\"en\""));
        assertThat(refused("in.tmx", "tm", "import", "--locale", "fr", "--from", tmx.toString()))
                .contains("no <tuv> is in fr (the file has en, pt-BR)");
    }

    private static final String MEMORY = "translations/pt-BR/memory.tmx";

    /** Every command that reads the memory names it, with the line and column of the bad byte. */
    @Test
    void memoryWithInvalidUtf8() throws IOException {
        String text = p.read(MEMORY);
        int line = (int) text.substring(0, text.indexOf("<body>")).chars().filter(c -> c == '\n').count() + 1;
        byte[] bad = text.replace("<body>", "<body>\u00e9").getBytes(StandardCharsets.UTF_8);
        int at = text.indexOf("<body>") + "<body>".length();
        bad[text.substring(0, at).getBytes(StandardCharsets.UTF_8).length] = (byte) 0xFF;
        Files.write(p.file(MEMORY), bad);
        String where = "memory.tmx:" + line + ":" + (at - text.lastIndexOf('\n', at - 1));
        Path tmx = tmp.resolve("in.tmx");
        Files.writeString(tmx, "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"en\"/><body/></tmx>\n");
        assertThat(refused(where, "extract")).contains("invalid UTF-8 (byte 0xFF");
        assertThat(refused(where, "tm", "export", "--locale", "pt-BR")).contains("invalid UTF-8 (byte 0xFF");
        assertThat(refused(where, "tm", "import", "--locale", "pt-BR", "--from", tmx.toString()))
                .contains("invalid UTF-8 (byte 0xFF");
    }

    @Test
    void memoryThatIsAFolder() throws IOException {
        Files.delete(p.file(MEMORY));
        Files.createDirectories(p.file(MEMORY));
        assertThat(refused("memory.tmx", "extract")).contains("is a folder");
        assertThat(refused("memory.tmx", "tm", "export", "--locale", "pt-BR")).contains("is a folder");
    }

    @Test
    void poWithAnUnterminatedString() throws IOException {
        Path dir = tmp.resolve("po");
        Files.createDirectories(dir.resolve("guides"));
        Files.writeString(dir.resolve("guides/install.po"), "msgid \"\"\nmsgstr \"\"\n\nmsgctxt \"x\"\nmsgid \"Checking the CPU\nmsgstr \"x\"\n");
        refused("install.po:5", "po", "import", "--locale", "pt-BR", "--from", dir.toString());
    }

    /** The bad file comes after one the import would change: nothing may be written. */
    @Test
    void poImportWithABadFileAfterAGoodOneWritesNothing() throws IOException {
        Path dir = tmp.resolve("po");
        p.ok("po", "export", "--locale", "pt-BR", "--output", dir.toString());
        Path basics = dir.resolve("basics.po");
        Files.writeString(basics, Files.readString(basics).replace("Cada máquina virtual", "Toda máquina virtual"));
        Path install = dir.resolve("guides/install.po");
        Files.writeString(install, Files.readString(install) + "\nmsgctxt \"x\"\nmsgid \"Checking the CPU\nmsgstr \"x\"\n");
        refused("install.po:", "po", "import", "--locale", "pt-BR", "--from", dir.toString(), "--force");
    }

    /**
     * A translations file that does not validate stops a command that writes translations files
     * page by page before it writes the pages before it.
     */
    @Test
    void aBadTranslationsFileOfTheLastPageStopsImportsAndPseudoBeforeTheyWrite() throws IOException {
        Path po = tmp.resolve("po");
        Path tmx = tmp.resolve("in.tmx");
        p.ok("po", "export", "--locale", "pt-BR", "--output", po.toString());
        p.ok("tm", "export", "--locale", "pt-BR", "--output", tmx.toString());
        p.ok("pseudo", "--locale", "en-XA");
        Path basics = po.resolve("basics.po");
        Files.writeString(basics, Files.readString(basics).replace("Cada máquina virtual", "Toda máquina virtual"));
        Files.writeString(tmx, Files.readString(tmx).replace("Cada máquina virtual", "Toda máquina virtual"));
        String text = p.read(XLF);
        p.write(XLF, text.substring(0, text.indexOf("</unit>") + 3));
        p.write("translations/en-XA/guides/install.xlf", "not XML\n");
        refused("install.xlf:", "po", "import", "--locale", "pt-BR", "--from", po.toString(), "--force");
        refused("install.xlf:", "tm", "import", "--locale", "pt-BR", "--from", tmx.toString(), "--force");
        p.write("source-docs/basics.md", p.read("source-docs/basics.md").replace("Each virtual machine", "Every virtual machine"));
        refused("install.xlf:", "pseudo", "--locale", "en-XA");
    }

    @Test
    void poWithAnUnknownKeyword() throws IOException {
        Path dir = tmp.resolve("po");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("basics.po"), "msgid \"\"\nmsgstr \"\"\n\nmsgfoo \"x\"\n");
        refused("basics.po:4", "po", "import", "--locale", "pt-BR", "--from", dir.toString());
    }

    // --- Markdown ---

    @Test
    void markdownWithInvalidUtf8() throws IOException {
        Path page = p.file("source-docs/basics.md");
        byte[] b = Files.readAllBytes(page);
        String text = new String(b, StandardCharsets.UTF_8);
        int at = text.indexOf("turns");
        byte[] bad = new byte[b.length + 1];
        int offset = text.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
        System.arraycopy(b, 0, bad, 0, offset);
        bad[offset] = (byte) 0xE9;
        System.arraycopy(b, offset, bad, offset + 1, b.length - offset);
        Files.write(page, bad);
        assertThat(refused("basics.md:7:9", "extract")).contains("invalid UTF-8 (byte 0xE9");
    }

    /** The last page in order is bad: pseudo must stop before it writes the pages before it. */
    @Test
    void pseudoWithAPageThatIsNotUtf8WritesNothing() throws IOException {
        Files.write(p.file("source-docs/zz.md"), "# T\u00edtulo\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(refused("zz.md:1:4", "pseudo", "--locale", "en-XA")).contains("invalid UTF-8 (byte 0xED");
        assertThat(p.file("translations/en-XA")).doesNotExist();
    }

    /** As above for import-pages: the translated page that cannot be read comes after one it would change. */
    @Test
    void importPagesWithAPageThatIsNotUtf8WritesNothing() throws IOException {
        Path pages = tmp.resolve("pages");
        ProjectFixture.copy(base.resolve("template/pages-pt-BR"), pages);
        Path basics = pages.resolve("basics.md");
        Files.writeString(basics, Files.readString(basics).replace("Cada máquina virtual", "Toda máquina virtual"));
        p.write("source-docs/zz.md", "# Title\n");
        Files.write(pages.resolve("zz.md"), "# T\u00edtulo\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(refused("zz.md:1:4", "import-pages", "--locale", "pt-BR", "--from", pages.toString(), "--force"))
                .contains("invalid UTF-8 (byte 0xED");
    }

    @Test
    void bomAndMixedLineEndingsWorkAndArePreserved() throws IOException {
        String text = "\uFEFF# BOM page\r\n\r\nFirst paragraph with **KVM**.\nSecond line.\r\n\r\n- item one\r- item two\n";
        Files.writeString(p.file("source-docs/bom.md"), text);
        p.ok("extract");
        p.ok("pseudo", "--locale", "en-XA");
        p.ok("build", "--locale", "pt-BR", "--locale", "en-XA");
        Path site = p.file("target/site");
        assertThat(Files.readString(site.resolve("en/bom.md"))).isEqualTo(text);
        assertThat(Files.readString(site.resolve("pt-BR/bom.md"))).isEqualTo(text);
        String pseudo = Files.readString(site.resolve("en-XA/bom.md"));
        assertThat(pseudo).startsWith("\uFEFF# ").contains("\r\n\r\n").doesNotContain("First paragraph");
        assertThat(pseudo.split("\r\n", -1)).hasSameSizeAs(text.split("\r\n", -1));
        assertThat(p.leftovers()).isEmpty();
    }

    // --- source-docs ---

    @Test
    void symlinkLoopInSourceDocs() throws IOException {
        Files.createSymbolicLink(p.file("source-docs/guides/loop"), p.file("source-docs"));
        assertThat(refused("source-docs/guides/loop", "extract")).contains("symbolic link loops");
    }

    @Test
    void namesWithSpacesAndOtherScriptsWork() throws IOException {
        p.write("source-docs/my guides/first steps.md", "# First steps\n\nStart the **VM**.\n");
        p.write("source-docs/руководство/установка.md", "# Установка\n\nInstall KVM first.\n");
        p.write("source-docs/ガイド/はじめに.md", "# Start\n\nRead this first.\n");
        p.ok("extract");
        assertThat(p.file("translations/pt-BR/my guides/first steps.xlf")).isRegularFile();
        assertThat(p.file("translations/pt-BR/руководство/установка.xlf")).isRegularFile();
        assertThat(p.file("translations/pt-BR/ガイド/はじめに.xlf")).isRegularFile();
        p.ok("build");
        assertThat(p.file("target/site/pt-BR/руководство/установка.html")).isRegularFile();
        assertThat(p.file("target/site/pt-BR/my guides/first steps.html")).isRegularFile();
        assertThat(p.read("target/site/pt-BR/ガイド/はじめに.html")).contains("Read this first.");
    }

    @Test
    void unreadablePage() throws IOException {
        withoutPermissions(p.file("source-docs/basics.md"), () -> refused("basics.md", "extract"));
    }

    /** Runs {@code run} with {@code file} made unreadable (chmod 000), its permissions put back after. */
    private static void withoutPermissions(Path file, Runnable run) throws IOException {
        var permissions = Files.getPosixFilePermissions(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(file), "running as root: chmod 000 does not stop reading");
            run.run();
        } finally {
            Files.setPosixFilePermissions(file, permissions);
        }
    }

    @Test
    void outputFolderInsideSourceDocs() {
        assertThat(refused("source-docs", "build", "--out", p.file("source-docs/site").toString()))
                .contains("--out would write inside the project's source-docs/");
        assertThat(p.file("source-docs/site")).doesNotExist();
    }

    /** A page name no site path or URL can hold stops every command before anything is written. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            colon       | javascript:alert(3).md
            backslash   | guides\\install.md
            control     | tab\there.md
            folder      | odd:folder/page.md
            """)
    void pageNameThatCannotBePublished(String name, String file) {
        String page = file.replace("\\t", "\t");
        p.write("source-docs/" + page, "# A page\n\nSome text.\n");
        for (String command : new String[] {"extract", "build", "check"}) {
            assertThat(refused("source-docs/" + page.split("/")[0], command)).contains("rename it");
        }
    }

    @Test
    void outputFolderInsideTranslations() {
        refused("translations", "build", "--out", p.file("translations/site").toString());
    }

    @Test
    void outputFolderThroughALinkIntoTranslations() throws IOException {
        Path link = p.root.resolveSibling(p.root.getFileName() + "-link");
        Files.createSymbolicLink(link, p.file("translations"));
        try {
            assertThat(refused("site", "build", "--out", link.resolve("site").toString()))
                    .contains("inside the project's translations/");
            assertThat(p.file("translations/site")).doesNotExist();
        } finally {
            Files.delete(link);
        }
    }

    /** {@code link/..} is where the system resolves it, the link's target's parent, not beside the link. */
    @Test
    void outputThroughALinkAndDotDotIntoSourceDocs() throws IOException {
        Files.createDirectories(p.file("source-docs/sub"));
        Path outside = tmp.resolve("outside");
        Files.createDirectories(outside);
        Files.createSymbolicLink(outside.resolve("lnk"), p.file("source-docs/sub"));
        assertThat(refused("evil.json", "check", "--format", "json", "--output",
                outside.resolve("lnk/../evil.json").toString())).contains("inside the project's source-docs/");
        assertThat(p.file("source-docs/evil.json")).doesNotExist();
        refused("site", "build", "--out", outside.resolve("lnk/../site").toString());
        assertThat(p.file("source-docs/site")).doesNotExist();
    }

    @Test
    void outputFolderHoldingTheProject() {
        assertThat(refused(p.root.toString(), "build", "--out", p.root.toString()))
                .contains("a folder that holds the project's source-docs/");
    }

    /** Reports and exports never replace what the project is made of, whatever --output says. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            check report over a translations file | translations/pt-BR/basics.xlf | check --format json --output
            TMX export over a memory               | translations/pt-BR/memory.tmx | tm export --locale pt-BR --output
            PO export into translations            | translations/pt-BR/po          | po export --locale pt-BR --output
            TBX export over the glossary           | glossary.yml                  | glossary export-tbx --output
            report over a source page              | source-docs/basics.md         | check --output
            """)
    void outputOverAnInput(String name, String target, String command) throws IOException {
        Path file = p.file(target);
        byte[] before = Files.exists(file) ? Files.readAllBytes(file) : null;
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add(file.toString());
        assertThat(refused(target, args.toArray(String[]::new))).contains("--output would write");
        assertThat(Files.exists(file) ? Files.readAllBytes(file) : null).isEqualTo(before);
    }

    @Test
    void readOnlyTranslationsFolder() throws IOException {
        p.write("source-docs/new.md", "# New page\n\nSomething to extract.\n");
        Path dir = p.file("translations/pt-BR");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(dir), "running as root: a read-only folder is still writable");
            refused("translations", "extract");
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /**
     * Works as root too: the folder a translations file goes into is a regular file, so the
     * write fails the way a read-only or vanished folder makes it fail.
     */
    @Test
    void translationsFolderThatIsAFile() throws IOException {
        p.write("source-docs/more/new.md", "# New page\n\nSomething to extract.\n");
        p.write("translations/pt-BR/more", "not a folder");
        refused("more", "extract");
    }

    /**
     * A translations file that cannot be looked at is not a missing one: status, check and build
     * took the pages under it for untranslated (0 %, no findings, the source published).
     */
    @Test
    void aFileWhereALocaleSubfolderShouldBe() throws IOException {
        Path guides = p.file("translations/pt-BR/guides");
        try (var files = Files.walk(guides)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        Files.writeString(guides, "not a folder\n");
        for (String command : List.of("status", "check", "build")) {
            assertThat(refused("translations/pt-BR/guides/install.xlf", command)).contains("cannot read");
        }
    }

    @Test
    void unreadableLocaleFolder() throws IOException {
        withoutPermissions(p.file("translations/pt-BR"), () -> {
            refused("translations/pt-BR", "status");
            refused("translations/pt-BR", "check");
        });
    }

    @Test
    void buildOutputUnderARegularFile() throws IOException {
        p.write("target/blocker", "a file where a folder should be");
        refused("blocker", "build", "--out", p.file("target/blocker/site").toString());
    }

    /**
     * A full disk, simulated with the shell's file-size limit ({@code ulimit -f}) on a child JVM:
     * a tmpfs cannot be mounted by a test, and this makes the write itself fail part-way, as
     * ENOSPC does, rather than the opening of the file.
     */
    @Test
    void fullDiskWhileWritingTranslations() throws Exception {
        p.write("source-docs/big.md", "# Big page\n\n" + "A sentence to translate, one of many. ".repeat(400) + "\n");
        Map<String, String> before = p.translations();
        int code = p.runWithFileSizeLimit(8, "extract");
        OBSERVED.add("extract (file size limit 8 KB) -> " + code + ": " + p.err.replace(p.root.toString(), "<project>"));
        assertThat(code).as(p.err).isEqualTo(2);
        assertThat(p.err).contains("big.xlf: cannot write: File too large", "disk is not full")
                .doesNotContain("at dev.docloc", "Exception");
        assertThat(p.translations()).isEqualTo(before);
        assertThat(p.leftovers()).isEmpty();
    }

    static Stream<Arguments> badTbx() {
        return Stream.of(
                Arguments.of("not well-formed", "<?xml version=\"1.0\"?>\n<tbx type=\"TBX-Basic\" "
                        + "xmlns=\"urn:iso:std:iso:30042:ed-2\">\n<text><body>\n</tbx>\n", "glossary.tbx:4:"),
                Arguments.of("not TBX", "<?xml version=\"1.0\"?>\n<html><body/></html>\n", "glossary.tbx"),
                Arguments.of("DOCTYPE", "<?xml version=\"1.0\"?>\n<!DOCTYPE tbx SYSTEM \"TBXcoreStructV03.dtd\">\n<tbx/>\n",
                        "glossary.tbx:2:"),
                Arguments.of("empty", "\n", "glossary.tbx"));
    }

    /** TBX has no command of its own: {@code TbxFormat.read} is what an import calls. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("badTbx")
    void tbxErrorsNameFileLineAndColumn(String name, String xml, String location) throws IOException {
        Path tbx = tmp.resolve("glossary.tbx");
        Files.writeString(tbx, xml);
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> dev.docloc.glossary.TbxFormat.read(tbx));
        OBSERVED.add("TbxFormat.read(" + name + ") -> " + t);
        assertThat(t).isInstanceOf(dev.docloc.DoclocException.class).hasMessageContaining(location)
                .hasMessageNotContaining("Exception");
    }
}
