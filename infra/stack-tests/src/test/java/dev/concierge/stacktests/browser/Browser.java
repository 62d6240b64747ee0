package dev.concierge.stacktests.browser;

import dev.concierge.stacktests.Directories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium}, driven through Debian's {@code chromedriver}) for
 * one test. Every {@link #screenshot(String)} lands in its directory as {@code NN-<step>.png}, numbered
 * in the order taken; {@link #keepFailureEvidence()} adds the page as it was when a test failed.
 * Waits are explicit: each waits for a condition on the page, never for a length of time.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final Path screenshots;
    private final Path profile;
    private int step;

    private Browser(ChromeDriver driver, Path screenshots, Path profile) {
        this.driver = driver;
        this.screenshots = screenshots;
        this.profile = profile;
    }

    /** Starts Chromium with a fresh profile; screenshots go to {@code screenshots}. */
    public static Browser start(Path screenshots, Path profiles) {
        try {
            Files.createDirectories(screenshots);
            Files.createDirectories(profiles);
            Path profile = Files.createTempDirectory(profiles, "profile-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            // the house flags (shared/FACTS.md): without the last ones Chromium stalls on refused connections here
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-quic", "--no-first-run",
                    "--disable-component-update", "--disable-sync", "--window-size=1280,900",
                    "--user-data-dir=" + profile);
            // Debian's driver, named explicitly: Selenium Manager would try to download one
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .withLogFile(screenshots.resolve("chromedriver.log").toFile())
                    .build();
            return new Browser(new ChromeDriver(service, options), screenshots, profile);
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare Chromium's directories under " + profiles, e);
        }
    }

    public void open(URI address) {
        driver.get(address.toString());
    }

    /** The element, once it is on the page and visible. */
    public WebElement awaitVisible(By locator) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits until the element's text is exactly {@code text}. */
    public void awaitText(By locator, String text) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBe(locator, text));
    }

    /** Clicks and waits for the page the click loads (a form post answered with a new page). */
    public void clickAndAwaitNewPage(By locator) {
        WebElement element = awaitVisible(locator);
        element.click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.stalenessOf(element));
    }

    /** Every element matching now, without waiting: for asserting that something is absent. */
    public List<WebElement> findAll(By locator) {
        return driver.findElements(locator);
    }

    /** {@code NN-<step>.png} in this browser's screenshot directory. */
    public Path screenshot(String stepName) {
        step++;
        Path file = screenshots.resolve(String.format("%02d-%s.png", step, stepName));
        write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /** A screenshot and the page's source, named {@code failure}: what the page showed when the test failed. */
    public void keepFailureEvidence() {
        screenshot("failure");
        write(screenshots.resolve("failure.html"), driver.getPageSource().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private static void write(Path file, byte[] content) {
        try {
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    private void deleteProfile() {
        try {
            Directories.deleteRecursively(profile);
        } catch (UncheckedIOException e) {
            // a leftover profile under target/ harms nothing; the next mvn clean removes it
        }
    }
}
