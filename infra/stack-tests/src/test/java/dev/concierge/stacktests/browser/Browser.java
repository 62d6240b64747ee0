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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium}, driven through Debian's {@code chromedriver}) for
 * one test. Every {@link #screenshot(String)} lands in its directory as {@code NN-<step>.png}, numbered
 * in the order taken; {@link #keepFailureEvidence()} adds the page as it was when a test failed.
 * Waits are explicit: each waits for a condition on the page, never for a length of time.
 * Several browsers of one test (a customer's and an agent's) share the directory and the numbering,
 * so the files tell the story in the order it happened; each but the first names its own files
 * ({@code failure-2.png}, {@code chromedriver-2.log}).
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final Path screenshots;
    private final Path profile;
    private final String suffix;
    private final AtomicInteger steps;

    private Browser(ChromeDriver driver, Path screenshots, Path profile, String suffix, AtomicInteger steps) {
        this.driver = driver;
        this.screenshots = screenshots;
        this.profile = profile;
        this.suffix = suffix;
        this.steps = steps;
    }

    /** Starts Chromium with a fresh profile; screenshots go to {@code screenshots}. */
    public static Browser start(Path screenshots, Path profiles) {
        return start(screenshots, profiles, "", new AtomicInteger());
    }

    /**
     * Starts one more Chromium for the same test: its screenshots are numbered by {@code steps} (shared
     * with the test's other browsers), its own files end in {@code suffix} (empty for the first).
     */
    public static Browser start(Path screenshots, Path profiles, String suffix, AtomicInteger steps) {
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
            // the page's console (errors, failed loads) is read back through chromedriver's log
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
            // Debian's driver, named explicitly: Selenium Manager would try to download one
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .withLogFile(screenshots.resolve("chromedriver" + suffix + ".log").toFile())
                    .build();
            return new Browser(new ChromeDriver(service, options), screenshots, profile, suffix, steps);
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare Chromium's directories under " + profiles, e);
        }
    }

    public void open(URI address) {
        driver.get(address.toString());
    }

    /** The browser's Back button. */
    public void back() {
        driver.navigate().back();
    }

    /** The browser's Forward button. */
    public void forward() {
        driver.navigate().forward();
    }

    /** The browser's Reload button. */
    public void reload() {
        driver.navigate().refresh();
    }

    /**
     * Waits up to {@code timeout} until {@code condition}, a script expression, is true in the page; a page
     * still being replaced by the next one counts as not yet.
     */
    public void awaitTrue(String condition, Duration timeout) {
        new WebDriverWait(driver, timeout).ignoring(JavascriptException.class)
                .until(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript("return " + condition + ";")));
    }

    /** The element, once it is on the page and visible. */
    public WebElement awaitVisible(By locator) {
        return awaitVisible(locator, WAIT);
    }

    /** The element, once visible, waiting up to {@code timeout}: for what a few Kafka hops bring into the page. */
    public WebElement awaitVisible(By locator, Duration timeout) {
        return new WebDriverWait(driver, timeout).until(ExpectedConditions.visibilityOfElementLocated(locator));
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

    /** Types into a field once it is visible, replacing what it held. */
    public void type(By locator, String text) {
        WebElement field = awaitVisible(locator);
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks once the element is visible and enabled. */
    public void click(By locator) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    /** Chooses the option showing {@code text} in a native {@code <select>}, once it is visible. */
    public void select(By locator, String text) {
        new Select(awaitVisible(locator)).selectByVisibleText(text);
    }

    /** Chooses {@code file} in a file input (the input itself, which may be styled but must be in the page). */
    public void attach(By fileInput, Path file) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(fileInput))
                .sendKeys(file.toAbsolutePath().toString());
    }

    /** The element, once it is in the page (visible or not). */
    public WebElement awaitPresent(By locator) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    /** Resizes the window (the viewport follows), e.g. 375 wide for a phone. */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Runs {@code script} in the page; its {@code return} value, as Selenium converts it. */
    public Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    /** Runs {@code script}, which calls its last argument with the result, waiting up to {@code timeout}. */
    public Object asyncScript(Duration timeout, String script, Object... arguments) {
        driver.manage().timeouts().scriptTimeout(timeout);
        return driver.executeAsyncScript(script, arguments);
    }

    /**
     * The console errors (SEVERE entries: uncaught exceptions, {@code console.error}, failed loads)
     * logged since the last call; reading them empties chromedriver's buffer.
     */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Every element matching now, without waiting: for asserting that something is absent. */
    public List<WebElement> findAll(By locator) {
        return driver.findElements(locator);
    }

    /** {@code NN-<step>.png} in this browser's screenshot directory. */
    public Path screenshot(String stepName) {
        Path file = screenshots.resolve(String.format("%02d-%s.png", steps.incrementAndGet(), stepName));
        write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /** A screenshot and the page's source, named {@code failure}: what the page showed when the test failed. */
    public void keepFailureEvidence() {
        screenshot("failure" + suffix);
        write(screenshots.resolve("failure" + suffix + ".html"), driver.getPageSource().getBytes(StandardCharsets.UTF_8));
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
