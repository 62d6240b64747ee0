package dev.concierge.stacktests.browser;

import dev.concierge.stacktests.Directories;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.openqa.selenium.By;

/**
 * What a failing browser test leaves behind for whoever reads the build: its screenshots, a screenshot
 * of the page at the failure, and the page's source. Needs Chromium, not the dev stack.
 */
class BrowserExtensionTest {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("user.dir"), "target", "screenshots",
            "FailsWithAPageOpen.checks_the_wrong_heading");
    /** Set only while this test runs the class below: surefire must never run it on its own. */
    private static volatile boolean runFromHere;

    @Test
    void a_failing_browser_test_leaves_its_steps_a_failure_screenshot_and_the_page_source() throws IOException {
        Directories.deleteRecursively(SCREENSHOTS);

        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClass(FailsWithAPageOpen.class))
                .build();
        runFromHere = true;
        try {
            LauncherFactory.create().execute(request, summary);
        } finally {
            runFromHere = false;
        }

        assertThat(summary.getSummary().getTestsFailedCount()).isEqualTo(1);
        assertThat(SCREENSHOTS.resolve("01-page-opened.png")).isNotEmptyFile();
        assertThat(SCREENSHOTS.resolve("02-failure.png")).isNotEmptyFile();
        assertThat(Files.readString(SCREENSHOTS.resolve("failure.html"))).contains("Order 42 is on its way");
    }

    @ExtendWith(BrowserExtension.class)
    static class FailsWithAPageOpen {

        @Test
        void checks_the_wrong_heading(Browser browser) {
            Assumptions.assumeTrue(runFromHere, "run only by BrowserExtensionTest");
            browser.open(URI.create("data:text/html;charset=utf-8,"
                    + URLEncoder.encode("<h1>Order 42 is on its way</h1>", StandardCharsets.UTF_8).replace("+", "%20")));
            browser.screenshot("page-opened");
            if (!browser.awaitVisible(By.tagName("h1")).getText().equals("Order 43 is on its way")) {
                fail("the heading names another order");
            }
        }
    }
}
