package dev.docloc.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.testutil.HeadlessChrome;
import dev.docloc.testutil.ProjectFixture;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens the published fixture site in headless Chromium: switches language with the switcher,
 * checks right-to-left layout of the Arabic page and saves screenshots under
 * {@code target/screenshots/}. Skipped when Chromium or chromedriver is not installed.
 */
class SiteBrowserIT {
    private static final Path SITE = Path.of("target/site-test").toAbsolutePath();
    private static final Path SCREENSHOTS = Path.of("target/screenshots").toAbsolutePath();
    private static HeadlessChrome browser;
    private static ChromeDriver driver;

    @BeforeAll
    static void start() throws IOException {
        HeadlessChrome.assumeInstalled();
        ProjectFixture.deleteTree(SITE);
        SiteWriter.write(SiteFixture.site(), SITE);
        SiteWriterTest.copyImages(SITE, "en", "pt-BR", "ar");
        Files.createDirectories(SCREENSHOTS);
        browser = HeadlessChrome.start(1000, 1100, "--lang=en-US");
        driver = browser.driver();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void languageSwitcherLeadsFromPortugueseToTheEnglishArticle() throws IOException {
        open("pt-BR/guides/installing-kvm.html");
        assertThat(js("return document.documentElement.lang")).isEqualTo("pt-BR");
        screenshot("page-pt-BR.png");
        driver.findElement(By.cssSelector("nav.languages a[hreflang=en]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.urlMatches("/en/guides/installing-kvm\\.html$"));
        assertThat(Path.of(URI.create(driver.getCurrentUrl()))).isEqualTo(SITE.resolve("en/guides/installing-kvm.html"));
        assertThat(js("return document.documentElement.lang")).isEqualTo("en");
        assertThat(driver.findElement(By.cssSelector("nav.languages a[aria-current=page]")).getText()).isEqualTo("English");
    }

    @Test
    void arabicPageIsLaidOutRightToLeft() throws IOException {
        open("ar/guides/installing-kvm.html");
        assertThat(js("return getComputedStyle(document.documentElement).direction")).isEqualTo("rtl");
        assertThat(js("return getComputedStyle(document.querySelector('article p')).direction")).isEqualTo("rtl");
        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript("""
                const article = document.querySelector('article').getBoundingClientRect();
                const range = document.createRange();
                range.selectNodeContents(document.querySelector('article h1'));
                const text = range.getBoundingClientRect();
                return {articleLeft: article.left, articleRight: article.right,
                        textLeft: text.left, textRight: text.right};
                """);
        double articleRight = number(box, "articleRight");
        assertThat(number(box, "textRight")).as("heading text ends at the right edge: %s", box)
                .isCloseTo(articleRight, org.assertj.core.data.Offset.offset(2.0));
        assertThat(number(box, "textLeft") - number(box, "articleLeft")).as("and leaves the left side free: %s", box)
                .isGreaterThan(200);
        assertThat(js("return getComputedStyle(document.querySelector('article pre, article code')).direction"))
                .as("code stays left to right").isEqualTo("ltr");
        screenshot("page-ar.png");
    }

    @Test
    void rootPageSendsTheVisitorToTheirLanguageAndIndexesListArticles() throws IOException {
        open("index.html");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches("/en/index\\.html$"));
        assertThat(js("return navigator.languages[0]")).isEqualTo("en-US");
        open("index.html?choose");
        assertThat(driver.findElements(By.cssSelector("main a"))).extracting(e -> e.getText())
                .containsExactly("English", "Português (Brasil)", "العربية");
        open("ar/index.html");
        assertThat(js("return getComputedStyle(document.body).direction")).isEqualTo("rtl");
        screenshot("index-ar.png");
    }

    @Test
    void pagesFitANarrowScreenWithoutSidewaysScrolling() throws IOException {
        driver.manage().window().setSize(new Dimension(400, 900));
        try {
            for (String page : new String[] {"pt-BR/guides/installing-kvm.html", "ar/guides/installing-kvm.html"}) {
                open(page);
                assertThat(js("return document.documentElement.scrollWidth <= window.innerWidth")).as(page).isEqualTo(true);
            }
            screenshot("page-ar-narrow.png");
        } finally {
            driver.manage().window().setSize(new Dimension(1000, 1100));
        }
    }

    private static void open(String sitePath) {
        String[] parts = sitePath.split("\\?", 2);
        driver.get(SITE.resolve(parts[0]).toUri() + (parts.length > 1 ? "?" + parts[1] : ""));
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private static double number(Map<String, Object> box, String key) {
        return ((Number) box.get(key)).doubleValue();
    }

    private static void screenshot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name), png);
    }
}
