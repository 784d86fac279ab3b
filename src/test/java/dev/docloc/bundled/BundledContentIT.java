package dev.docloc.bundled;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docloc.cli.Main;
import dev.docloc.publish.LinkChecker;
import dev.docloc.testutil.HeadlessChrome;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The repository's own KVM knowledge base through the whole pipeline, on a copy: {@code check}
 * passes with {@code --fail-on error}, the HTML review report and the site are written, every
 * link and anchor resolves, and the review report and the pt-BR and Arabic pages work in Chromium.
 */
class BundledContentIT {
    @TempDir
    static Path tmp;
    static Path project;
    static Path site;
    static Path review;
    static JsonNode checkJson;
    static int checkExit;
    static LinkChecker.Result links;

    @BeforeAll
    static void runThePipeline() throws IOException {
        project = tmp.resolve("project");
        for (String p : List.of("source-docs", "translations", "glossary.yml")) {
            copy(Path.of(p), project.resolve(p));
        }
        site = project.resolve("target/site");
        review = site.resolve("review.html");
        StringWriter json = new StringWriter();
        checkExit = run(json, "check", "--format", "json", "--fail-on", "error");
        checkJson = new ObjectMapper().readTree(json.toString());
        assertThat(run(new StringWriter(), "build")).isZero();
        assertThat(run(new StringWriter(), "check", "--format", "html", "--output", review.toString(),
                "--fail-on", "never")).isZero();
        links = LinkChecker.check(site);
    }

    static int run(StringWriter out, String... args) {
        String[] all = Stream.concat(Stream.of("--project", project.toString(), "--quiet"), Stream.of(args))
                .toArray(String[]::new);
        return Main.run(all, new PrintWriter(out), new PrintWriter(new StringWriter()));
    }

    @Test
    void checkPassesOnTheBundledContentWithEveryRemainingFindingSuppressedWithAReason() {
        assertThat(checkExit).isZero();
        assertThat(checkJson.get("summary").get("errors").asInt()).isZero();
        assertThat(checkJson.get("summary").get("warnings").asInt()).isZero();
        assertThat(checkJson.get("summary").get("segments").asInt()).isGreaterThan(5000);
        checkJson.get("suppressed").forEach(s -> assertThat(s.get("reason").asText()).hasSizeGreaterThan(15));
    }

    @Test
    void everyLinkAndAnchorOfEveryLocaleResolves() {
        assertThat(links.broken()).isEmpty();
        assertThat(links.pages()).isGreaterThanOrEqualTo(80);
        assertThat(links.anchors()).isPositive();
    }

    @Test
    void pagesDeclareLanguageAndDirectionAndSymmetricAlternates() throws IOException {
        Map<String, Set<String>> alternatesByPage = new HashMap<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String rel = site.relativize(f).toString().replace('\\', '/');
                if (!rel.contains("/") || rel.endsWith("/index.html") || rel.equals("review.html")) {
                    continue;
                }
                String locale = rel.substring(0, rel.indexOf('/'));
                Document doc = Jsoup.parse(f.toFile());
                Element html = doc.selectFirst("html");
                assertThat(html.attr("lang")).as(rel).isEqualTo(locale);
                assertThat(html.attr("dir")).as(rel).isEqualTo(locale.equals("ar") ? "rtl" : "ltr");
                Set<String> alternates = new TreeSet<>(doc.select("link[rel=alternate][hreflang]").eachAttr("hreflang"));
                assertThat(alternates).as(rel).contains("x-default", locale);
                alternatesByPage.merge(rel.substring(rel.indexOf('/') + 1), alternates, (a, b) -> {
                    assertThat(b).as("hreflang of %s in %s", rel, locale).isEqualTo(a);
                    return a;
                });
            }
        }
        assertThat(alternatesByPage.get("concepts/what-is-kvm.html")).contains("pt-BR", "es", "de", "fr", "ru", "ja", "ar");
    }

    @Test
    void theReviewReportAndThePortugueseAndArabicPagesWorkInABrowser() throws IOException {
        try (HeadlessChrome browser = HeadlessChrome.start(1280, 1000)) {
            WebDriver driver = browser.driver();
            driver.get(review.toUri().toString());
            int suppressed = checkJson.get("summary").get("suppressed").asInt();
            assertThat(driver.findElement(By.tagName("body")).getText()).contains(suppressed + " suppressed");
            Select locales = new Select(driver.findElement(By.id("filter-locale")));
            assertThat(locales.getOptions()).extracting(WebElement::getText).contains("pt-BR", "de", "ar");
            locales.selectByValue("de");
            assertThat(locales.getFirstSelectedOption().getText()).isEqualTo("de");
            screenshot(driver, "bundled-review.png");

            driver.get(site.resolve("pt-BR/concepts/what-is-kvm.html").toUri().toString());
            assertThat(driver.findElement(By.tagName("h1")).getText()).isNotEqualTo("What is KVM?");
            screenshot(driver, "bundled-pt-BR.png");
            driver.findElement(By.cssSelector("nav.languages a[hreflang='ar']")).click();
            assertThat(driver.getCurrentUrl()).endsWith("/ar/concepts/what-is-kvm.html");
            Object dir = ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return getComputedStyle(document.querySelector('article')).direction");
            assertThat(dir).isEqualTo("rtl");
            screenshot(driver, "bundled-ar.png");
        }
    }

    private static void screenshot(WebDriver driver, String name) throws IOException {
        Path to = Path.of("target", "screenshots", name);
        Files.createDirectories(to.getParent());
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), to,
                StandardCopyOption.REPLACE_EXISTING);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.createDirectories(t.getParent());
                    Files.copy(p, t);
                }
            }
        }
    }
}
