package dev.docloc.testutil;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium for the browser tests, with a profile folder of its own that {@link #close()}
 * removes with the browser (each start used to leave a 2 MB profile in the temporary folder). The
 * tests that use it are skipped where Chromium and its driver are not installed
 * ({@code .ci/install-browser} installs them).
 */
public final class HeadlessChrome implements AutoCloseable {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;

    private HeadlessChrome(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Skips the calling test unless Chromium and its driver are installed. */
    public static void assumeInstalled() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "needs /usr/bin/chromium and /usr/bin/chromedriver (.ci/install-browser)");
    }

    /** Starts a browser with a window of {@code width} x {@code height} and {@code extraArguments}. */
    public static HeadlessChrome start(int width, int height, String... extraArguments) throws IOException {
        assumeInstalled();
        Path profile = Files.createTempDirectory("docloc-chromium");
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile);
        options.addArguments(List.of(extraArguments));
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(options);
        } catch (RuntimeException e) {
            deleteTree(profile);
            throw e;
        }
        driver.manage().window().setSize(new Dimension(width, height));
        return new HeadlessChrome(driver, profile);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Quits the browser and removes its profile (as far as it can: cleaning up never fails a test). */
    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path dir) {
        try {
            ProjectFixture.deleteTree(dir);
        } catch (java.io.UncheckedIOException e) {
            // a file the browser was still writing: the folder stays, the test's result does not change
        }
    }
}
