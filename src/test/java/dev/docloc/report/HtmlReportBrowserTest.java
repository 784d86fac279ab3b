package dev.docloc.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docloc.testutil.HeadlessChrome;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Opens the HTML review report in headless Chromium (Debian's chromium and chromium-driver). */
@Tag("browser")
class HtmlReportBrowserTest {
    private static HeadlessChrome browser;
    private static WebDriver driver;
    private static Path report;

    @BeforeAll
    static void openReport() throws IOException {
        HeadlessChrome.assumeInstalled();
        report = Path.of("target", "review-test", "review.html").toAbsolutePath();
        Files.createDirectories(report.getParent());
        try (Writer out = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
            ReportWriter.write(SampleIssues.report(), "html", out, false);
        }
        browser = HeadlessChrome.start(1280, 1000);
        driver = browser.driver();
        driver.get(report.toUri().toString());
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.close();
        }
    }

    private static List<WebElement> visibleRows() {
        return driver.findElements(By.cssSelector("tr.finding")).stream().filter(WebElement::isDisplayed).toList();
    }

    private static String count() {
        return driver.findElement(By.id("count")).getText();
    }

    @Test
    void filtersBySeverityThenLocaleAndCountsWhatIsVisible() throws IOException {
        assertThat(visibleRows()).hasSize(10);
        assertThat(count()).isEqualTo("Showing 10 of 10 findings: 4 errors, 4 warnings, 2 info");

        new Select(driver.findElement(By.id("filter-severity"))).selectByValue("error");
        assertThat(visibleRows()).hasSize(4)
                .allSatisfy(r -> assertThat(r.getDomAttribute("data-severity")).isEqualTo("error"));
        assertThat(count()).isEqualTo("Showing 4 of 10 findings: 4 errors, 0 warnings, 0 info");

        new Select(driver.findElement(By.id("filter-locale"))).selectByValue("pt-BR");
        List<WebElement> rows = visibleRows();
        assertThat(rows).extracting(r -> r.getDomAttribute("data-rule")).containsExactly("qa-codes", "qa-codes");
        assertThat(rows.get(1).getText()).contains("Configure a ponte <img src=x onerror=alert(1)>");
        assertThat(count()).isEqualTo("Showing 2 of 10 findings: 2 errors, 0 warnings, 0 info");
        assertThat(driver.findElements(By.cssSelector("section.locale")).stream().filter(WebElement::isDisplayed)
                .map(s -> s.getDomAttribute("data-locale")).toList()).containsExactly("pt-BR");
        assertThat(driver.findElement(By.cssSelector("section.page[data-page='reference/cli.md']")).isDisplayed())
                .isFalse();
        screenshot();

        new Select(driver.findElement(By.id("filter-severity"))).selectByValue("");
        new Select(driver.findElement(By.id("filter-locale"))).selectByValue("");
        assertThat(visibleRows()).hasSize(10);
    }

    @Test
    void filtersAreReadFromAndWrittenToTheUrlFragment() {
        driver.get(report.toUri() + "#severity=warning&locale=pt-BR");
        try {
            assertThat(new Select(driver.findElement(By.id("filter-severity"))).getFirstSelectedOption().getText())
                    .isEqualTo("warning");
            assertThat(visibleRows()).extracting(r -> r.getDomAttribute("data-rule"))
                    .containsExactly("term-missing", "qa-number", "qa-untranslated");

            new Select(driver.findElement(By.id("filter-rule"))).selectByValue("qa-number");
            assertThat(driver.getCurrentUrl()).endsWith("#locale=pt-BR&rule=qa-number&severity=warning");
            assertThat(count()).isEqualTo("Showing 1 of 10 findings: 0 errors, 1 warning, 0 info");
        } finally {
            driver.get(report.toUri().toString());
        }
    }

    @Test
    void hostileTranslationRunsNoScript() {
        Object pwned = ((JavascriptExecutor) driver).executeScript("return typeof window.pwned;");

        assertThat(pwned).isEqualTo("undefined");
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(driver.findElements(By.tagName("img"))).isEmpty();
    }

    private static void screenshot() throws IOException {
        Path png = Path.of("target", "screenshots", "review-report.png");
        Files.createDirectories(png.getParent());
        Files.write(png, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        assertThat(Files.size(png)).isGreaterThan(1000);
    }
}
