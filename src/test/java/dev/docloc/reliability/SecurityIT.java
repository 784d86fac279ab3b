package dev.docloc.reliability;

import dev.docloc.testutil.ProjectFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docloc.DoclocException;
import dev.docloc.glossary.TbxFormat;
import dev.docloc.store.Memory;
import dev.docloc.store.StoredPage;
import dev.docloc.store.XliffFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Untrusted input cannot make docloc read files or publish markup: XML with a DOCTYPE (external
 * entities, entity expansion) is refused in XLIFF, TMX and TBX without reading the entity; script
 * and HTML in translations, glossary definitions and front matter reach the published pages as
 * text only; links and page paths cannot leave the project or the output folder.
 */
class SecurityIT {
    private static final List<String> PAYLOADS_TRIED = new ArrayList<>();
    @TempDir
    static Path base;
    static ProjectFixture template;

    @TempDir
    Path tmp;
    ProjectFixture p;
    Path marker;

    @BeforeAll
    static void prepare() {
        template = ProjectFixture.e2e(base.resolve("template"));
    }

    @BeforeEach
    void copyProject() throws IOException {
        ProjectFixture.copy(template.root, tmp.resolve("project"));
        p = new ProjectFixture(tmp.resolve("project"));
        marker = tmp.resolve("secret.txt");
        Files.writeString(marker, "SECRET-MARKER-7f3a9\n");
    }

    @AfterAll
    static void report() {
        PAYLOADS_TRIED.forEach(x -> System.out.println("[payload] " + x));
    }

    // --- XML: DTDs, external entities, entity expansion ---

    private String xxe() {
        return "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + marker.toUri() + "\">]>";
    }

    private static String laughs() {
        StringBuilder sb = new StringBuilder("<!DOCTYPE x [<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            sb.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        return sb.append("]>").toString();
    }

    private String parameterEntity() {
        return "<!DOCTYPE x [<!ENTITY % pe SYSTEM \"" + marker.toUri() + "\"> %pe;]>";
    }

    private List<String> doctypes() {
        return List.of(xxe(), laughs(), parameterEntity());
    }

    /** Nothing anywhere in the project, stdout or stderr holds the marker file's text. */
    private void markerNowhere() {
        assertThat(p.out + p.err).doesNotContain("SECRET-MARKER");
        try (Stream<Path> s = Files.walk(p.root)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1)).as(f.toString())
                        .doesNotContain("SECRET-MARKER");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void xliffWithEntitiesIsRefused() throws IOException {
        String xlf = "translations/pt-BR/guides/install.xlf";
        String original = p.read(xlf);
        for (String doctype : doctypes()) {
            p.write(xlf, original.replaceFirst("\\?>", "?>\n" + doctype)
                    .replace("<target>Verificação da CPU</target>", "<target>&xxe;&l9;</target>"));
            assertThat(p.run("extract")).as(p.err).isEqualTo(2);
            assertThat(p.err).contains("install.xlf:2:", "DOCTYPE is not allowed");
            assertThat(p.run("build")).isEqualTo(2);
            markerNowhere();
            Path file = p.file(xlf);
            assertThatThrownBy(() -> XliffFile.read(file, "pt-BR")).isInstanceOf(DoclocException.class)
                    .hasMessageContaining("DOCTYPE");
            PAYLOADS_TRIED.add("XLIFF " + doctype.substring(0, Math.min(60, doctype.length())) + "…");
        }
    }

    /**
     * The read of bytes taken as validated before (schemas and the safety pass skipped) is not a
     * way in either: should a file with a DOCTYPE ever be taken for such bytes (a file changed with
     * its size and time kept), Okapi's own parser supports no DTD. Each payload refers only to
     * entities it declares, from a local HTTP server that counts requests: nothing is fetched and
     * nothing is expanded, whether the read fails or not.
     */
    @Test
    void aDoctypeOnTheReadWithoutSchemasFetchesAndExpandsNothing() throws IOException {
        java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "<!ENTITY leaked \"SECRET-MARKER\">SECRET-MARKER".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            Map<String, String> payloads = new java.util.LinkedHashMap<>();
            payloads.put("<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + url + "/xxe\">]>", "&xxe;");
            payloads.put(laughs(), "&l9;");
            payloads.put("<!DOCTYPE x [<!ENTITY % pe SYSTEM \"" + url + "/pe\"> %pe;]>", "&leaked;");
            payloads.put("<!DOCTYPE x SYSTEM \"" + url + "/dtd\">", "");
            payloads.put("<!DOCTYPE x [<!ENTITY inner \"lol\">]>", "&inner;");
            String original = p.read("translations/pt-BR/guides/install.xlf");
            Path file = p.file("translations/pt-BR/guides/install.xlf");
            for (var payload : payloads.entrySet()) {
                byte[] bytes = original.replaceFirst("\\?>", "?>\n" + payload.getKey())
                        .replace("<target>Verificação da CPU</target>", "<target>x" + payload.getValue() + "</target>")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                try {
                    StoredPage read = XliffFile.read(file, bytes, "pt-BR", false);
                    String targets = read.segments().values().stream()
                            .map(s -> dev.docloc.segment.Parts.plainText(s.target())).toList().toString();
                    assertThat(targets).as(payload.getKey()).doesNotContain("SECRET-MARKER").doesNotContain("lol");
                } catch (DoclocException refused) {
                    assertThat(refused.getMessage()).doesNotContain("SECRET-MARKER");
                }
                assertThat(requests.get()).as("requests after " + payload.getKey()).isZero();
            }
        } finally {
            server.stop(0);
        }
    }

    @Test
    void tmxWithEntitiesIsRefused() throws IOException {
        for (String doctype : doctypes()) {
            Path tmx = tmp.resolve("in.tmx");
            Files.writeString(tmx, "<?xml version=\"1.0\"?>\n" + doctype + "\n<tmx version=\"1.4\"><header srclang=\"en\"/>"
                    + "<body><tu><tuv xml:lang=\"en\"><seg>Checking the CPU</seg></tuv><tuv xml:lang=\"pt-BR\">"
                    + "<seg>&xxe;&l9;</seg></tuv></tu></body></tmx>\n");
            assertThat(p.run("tm", "import", "--locale", "pt-BR", "--from", tmx.toString())).as(p.err).isEqualTo(2);
            assertThat(p.err).contains("in.tmx:2:", "DOCTYPE");
            markerNowhere();
            p.write("translations/pt-BR/memory.tmx", Files.readString(tmx));
            assertThatThrownBy(() -> Memory.read(p.file("translations/pt-BR/memory.tmx"), "en", "pt-BR"))
                    .isInstanceOf(DoclocException.class).hasMessageContaining("DOCTYPE");
            Files.delete(p.file("translations/pt-BR/memory.tmx"));
            PAYLOADS_TRIED.add("TMX " + doctype.substring(0, Math.min(60, doctype.length())) + "…");
        }
    }

    @Test
    void tbxWithEntitiesIsRefused() throws IOException {
        for (String doctype : doctypes()) {
            Path tbx = tmp.resolve("glossary.tbx");
            Files.writeString(tbx, "<?xml version=\"1.0\"?>\n" + doctype + "\n<tbx type=\"TBX-Basic\" style=\"dct\""
                    + " xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\"><text><body><conceptEntry id=\"c1\">"
                    + "<langSec xml:lang=\"en\"><termSec><term>&xxe;&l9;</term></termSec></langSec></conceptEntry>"
                    + "</body></text></tbx>\n");
            assertThatThrownBy(() -> TbxFormat.read(tbx)).isInstanceOf(DoclocException.class)
                    .hasMessageContaining("glossary.tbx:2:").hasMessageContaining("DOCTYPE")
                    .hasMessageNotContaining("SECRET-MARKER");
            PAYLOADS_TRIED.add("TBX " + doctype.substring(0, Math.min(60, doctype.length())) + "…");
        }
    }

    // --- markup through translations, glossary definitions and front matter ---

    static List<String> payloads() {
        return List.of(
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "[x](javascript:alert(1))",
                "![x](javascript:alert(1))",
                "<a href=\"javascript:alert(1)\">x</a>",
                "[x](jav&#x09;ascript:alert(1))",
                "<https://example.com\" onmouseover=\"alert(1)>",
                "<svg onload=alert(1)>",
                "<iframe src=\"javascript:alert(1)\"></iframe>",
                "\n\n<div onclick=\"alert(1)\">x</div>\n\n<script>alert(2)</script>\n\n",
                "x\n\n<details open ontoggle=alert(1)>",
                "&lt;script&gt;alert(1)&lt;/script&gt;",
                "\"><script>alert(1)</script>",
                "{{x}}{{{x}}}<%= x %>",
                "[x][ref]\n\n[ref]: javascript:alert(1)");
    }

    /** Each published page of {@code locale} adds no active markup to its source locale's page. */
    private void noActiveMarkupBeyondTheSource(String locale) throws IOException {
        Path site = p.file("target/site");
        try (Stream<Path> s = Files.walk(site.resolve(locale))) {
            for (Path page : s.filter(f -> f.toString().endsWith(".html")).toList()) {
                Path en = site.resolve("en").resolve(site.resolve(locale).relativize(page).toString());
                Map<String, Integer> source = Files.exists(en) ? active(Jsoup.parse(en.toFile())) : Map.of();
                assertThat(active(Jsoup.parse(page.toFile()))).as(page.toString()).isEqualTo(source);
            }
        }
    }

    /**
     * Script, embedding elements, event-handler attributes and javascript: URLs in URL attributes
     * (a meta description that reads "javascript:" is text), counted.
     */
    static Map<String, Integer> active(Document d) {
        Map<String, Integer> out = new TreeMap<>();
        for (Element e : d.getAllElements()) {
            if (List.of("script", "iframe", "object", "embed", "svg", "frame", "base").contains(e.tagName())) {
                out.merge("<" + e.tagName() + ">", 1, Integer::sum);
            }
            for (Attribute a : e.attributes()) {
                String v = a.getValue().replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(java.util.Locale.ROOT);
                if (a.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("on")) {
                    out.merge("@" + a.getKey(), 1, Integer::sum);
                }
                boolean url = List.of("href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcset")
                        .contains(a.getKey().toLowerCase(java.util.Locale.ROOT));
                if (url && (v.startsWith("javascript:") || v.startsWith("vbscript:") || v.startsWith("data:text/html"))) {
                    out.merge(a.getKey() + "=" + v, 1, Integer::sum);
                }
            }
        }
        return out;
    }

    private static String xmlText(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void markupInTranslationsIsPublishedAsText(String payload) throws IOException {
        for (String xlf : List.of("translations/pt-BR/guides/install.xlf", "translations/pt-BR/basics.xlf")) {
            p.write(xlf, p.read(xlf).replaceAll("<target>[^<]*</target>", "<target>" + xmlText(payload) + "</target>"));
        }
        PAYLOADS_TRIED.add("translation: " + payload.replace("\n", "\\n"));
        assertThat(p.run("build")).as(p.err).isZero();
        assertThat(p.read("target/site/pt-BR/guides/install.md")).as("the payload replaced the translations")
                .doesNotContain("Verificação da CPU").isNotEqualTo(p.read("target/site/en/guides/install.md"));
        noActiveMarkupBeyondTheSource("pt-BR");
    }

    /**
     * Bare URLs and e-mail addresses become links (GFM autolinks). The source's are locked, so a
     * translation keeps them and they stay links; any other a translator types is published as text
     * and reported by check.
     */
    @Test
    void bareUrlsAndAddressesTypedIntoTranslationsArePublishedAsText() throws IOException {
        p.write("source-docs/basics.md", p.read("source-docs/basics.md")
                + "\nRead www.linux-kvm.org and https://qemu.org/docs. Questions go to kvm@vger.kernel.org.\n");
        p.ok("extract");
        String xlf = "translations/pt-BR/basics.xlf";
        p.write(xlf, translate(translate(p.read(xlf), "Read ",
                "Leia <ph id=\"1\" dataRef=\"d1\"/> e <ph id=\"2\" dataRef=\"d2\"/>, não www.evil.com nem https://evil.example/x."),
                "Questions ", "Perguntas para <ph id=\"3\" dataRef=\"d3\"/>, não evil@evil.com."));
        p.ok("build");
        List<String> sourceLinks = List.of("http://www.linux-kvm.org", "https://qemu.org/docs", "mailto:kvm@vger.kernel.org");
        Document en = Jsoup.parse(p.file("target/site/en/basics.html").toFile());
        assertThat(en.select("article p:last-child a").eachAttr("href")).containsExactlyElementsOf(sourceLinks);
        Document pt = Jsoup.parse(p.file("target/site/pt-BR/basics.html").toFile());
        assertThat(pt.select("article p:last-child a").eachAttr("href")).containsExactlyElementsOf(sourceLinks);
        assertThat(pt.select("article p:last-child").text())
                .contains("não www.evil.com nem https://evil.example/x.", "não evil@evil.com.");
        assertThat(pt.select("a[href*=evil]")).isEmpty();
        assertThat(p.run("check", "--locale", "pt-BR", "--fail-on", "never")).as(p.err).isZero();
        // check says what publishing did: the typed URLs are text, not links
        assertThat(p.out).contains("[qa-link] The target adds the e-mail address \"evil@evil.com\" as text",
                "[qa-link] The target adds the URL \"https://evil.example/x\" as text",
                "[qa-link] The target adds the URL \"www.evil.com\" as text", "published as plain text, not as a link")
                .doesNotContain("The target links to");
    }

    /** The XLIFF with {@code target} added to the untranslated segment whose source starts with {@code sourceStart}. */
    private static String translate(String xliff, String sourceStart, String target) {
        return xliff.replaceFirst("<segment id=\"(s[0-9a-f]+)\">(\\s*<source>" + java.util.regex.Pattern.quote(sourceStart)
                        + ".*?</source>)",
                "<segment id=\"$1\" state=\"translated\">$2\n    <target>"
                        + java.util.regex.Matcher.quoteReplacement(target) + "</target>");
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void markupInGlossaryDefinitionsIsReportedAsText(String payload) throws IOException {
        p.write("glossary.yml", p.read("glossary.yml").replace("Software that creates and runs virtual machines.",
                "'" + payload.replace("'", "''").replace("\n", " ") + "'"));
        PAYLOADS_TRIED.add("glossary definition: " + payload.replace("\n", "\\n"));
        p.ok("extract");
        assertThat(p.run("check", "--format", "html", "--output", p.file("target/review.html").toString(),
                "--fail-on", "never")).as(p.err).isZero();
        assertThat(p.run("build")).as(p.err).isZero();
        noActiveMarkupBeyondTheSource("pt-BR");
        Document review = Jsoup.parse(p.file("target/review.html").toFile());
        Map<String, Integer> active = active(review);
        active.keySet().removeIf(k -> k.equals("<script>") && review.select("script").stream()
                .allMatch(s -> !s.html().contains("alert(")));
        assertThat(active).as("review report").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "\"><script>alert(1)</script>", "</title><script>alert(1)</script>",
            "javascript:alert(1)", "<img src=x onerror=alert(1)>"})
    void markupInFrontMatterIsPublishedAsText(String payload) throws IOException {
        String yaml = "\"" + payload.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        String page = "source-docs/basics.md";
        p.write(page, p.read(page).replace("title: KVM basics", "title: " + yaml)
                .replace("description: What KVM is and where to start.", "description: " + yaml));
        PAYLOADS_TRIED.add("front matter: " + payload);
        p.ok("extract");
        p.ok("pseudo", "--locale", "en-XA");
        p.ok("build", "--locale", "pt-BR", "--locale", "en-XA");
        for (String locale : List.of("en", "pt-BR", "en-XA")) {
            Document d = Jsoup.parse(p.file("target/site/" + locale + "/basics.html").toFile());
            Map<String, Integer> active = active(d);
            Map<String, Integer> index = active(Jsoup.parse(p.file("target/site/" + locale + "/guides/install.html").toFile()));
            assertThat(active).as(locale).isEqualTo(index);
        }
    }

    // --- paths ---

    @Test
    void linksOutOfTheProjectStayLinksAndReadNothing() throws IOException {
        Files.writeString(p.file("source-docs/escape.md"), "# Escape\n\nSee [passwd](../../../../../../etc/passwd) and "
                + "[secret](../../" + p.root.relativize(marker).toString().replace('\\', '/') + ") and "
                + "![img](../../../../../../etc/hostname).\n");
        p.ok("extract");
        p.ok("build");
        markerNowhere();
        assertThat(p.read("target/site/en/escape.html")).doesNotContain("root:x:0:0");
        try (Stream<Path> s = Files.walk(tmp)) {
            assertThat(s.filter(Files::isRegularFile).filter(f -> !f.startsWith(p.root)).map(Path::toString))
                    .containsExactlyInAnyOrder(marker.toString());
        }
    }

    @Test
    void aTmxPagePathCannotWriteOutsideTheTranslations() throws IOException {
        Path tmx = tmp.resolve("in.tmx");
        Files.writeString(tmx, "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"en\"/><body>"
                + "<tu><prop type=\"x-docloc-page\">../../../../escaped</prop><prop type=\"x-docloc-segment\">s1</prop>"
                + "<tuv xml:lang=\"en\"><seg>Checking the CPU</seg></tuv><tuv xml:lang=\"pt-BR\"><seg>Verificação</seg></tuv>"
                + "</tu></body></tmx>\n");
        p.run("tm", "import", "--locale", "pt-BR", "--from", tmx.toString());
        assertThat(p.err).doesNotContain("at dev.docloc");
        try (Stream<Path> s = Files.walk(tmp)) {
            assertThat(s.filter(f -> f.getFileName().toString().startsWith("escaped"))).isEmpty();
        }
    }

    @Test
    void anXliffOriginalCannotRedirectWhereTheStoreWrites() throws IOException {
        String xlf = "translations/pt-BR/guides/install.xlf";
        p.write(xlf, p.read(xlf).replaceFirst("original=\"[^\"]*\"", "original=\"../../../../escaped.md\""));
        p.write("source-docs/guides/install.md", p.read("source-docs/guides/install.md") + "\nOne more sentence.\n");
        p.ok("extract");
        p.ok("build");
        try (Stream<Path> s = Files.walk(tmp)) {
            assertThat(s.filter(f -> f.getFileName().toString().startsWith("escaped"))).isEmpty();
        }
        assertThat(p.read(xlf)).contains("original=\"guides/install.md\"");
    }
}
