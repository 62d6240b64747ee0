package dev.concierge.stacktests.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.stacktests.browser.Accessibility;
import dev.concierge.stacktests.browser.Browser;
import dev.concierge.stacktests.browser.BrowserExtension;
import dev.concierge.stacktests.journey.RequestJourney;
import dev.concierge.stacktests.journey.Unique;
import dev.concierge.stacktests.stack.StackAddresses;
import dev.concierge.stacktests.stack.StackTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Issue 15, acceptance 3, for the pages built so far: each at 375 px (a phone) and 1440 px (a desktop)
 * fits the width, logs no console error and has no serious or critical axe-core violation.
 */
@StackTest
@ExtendWith(BrowserExtension.class)
class PagesAtEveryWidthTest {

    private final List<String> problems = new ArrayList<>();

    @Test
    void every_page_fits_a_phone_and_a_desktop_with_no_console_error_and_no_serious_accessibility_violation(
            Browser customer, Browser staff) {
        // one browser per person, as people use them: ManyPagesInOneBrowserTest proves many page loads in one are fine
        check(customer, "chat-sign-in", "/app/", By.id("phone"));
        String requestId = new WebChat(customer).signIn(Unique.phone())
                .newRequest("Amul taaza milk, 1 litre", WebChat.samplePhoto(Path.of("target", "photos")));
        // the profile page reads the customers read model, which a cold stack may fill a while after the sign-in
        customer.open(StackAddresses.PROJECTIONS.resolve("/app/profile"));
        customer.awaitVisible(By.cssSelector("#profile[data-customer-id]"), RequestJourney.STEP);
        customer.consoleErrors(); // the sign-in and the wait above are steps, not pages under check

        By requestPage = By.cssSelector("[data-request-id='" + requestId + "'] #messages");
        check(customer, "chat-history", "/app/", By.xpath("//h2[normalize-space()='Your requests']"));
        check(customer, "chat-new-request", "/app/new", By.id("request-text"));
        check(customer, "chat-request", "/app/requests/" + requestId, requestPage);
        check(customer, "chat-profile", "/app/profile", By.cssSelector("#profile[data-customer-id]"));

        check(staff, "dashboard-sign-in", "/", By.id("email"));
        new Dashboard(staff).signInAsAdmin();
        staff.consoleErrors();
        check(staff, "dashboard-inbox", "/", Dashboard.LIVE);
        check(staff, "dashboard-request", "/requests/" + requestId, requestPage);
        check(staff, "dashboard-services", "/services", By.xpath("//h2[normalize-space()='Services']"));
        check(staff, "dashboard-inbox-filtered", "/?sla=ok&from=2026-01-01", By.id("filter-sla"));
        check(staff, "dashboard-agents", "/agents", Dashboard.directoryLoaded("agents", "No agents yet."));
        check(staff, "dashboard-stores", "/stores", Dashboard.directoryLoaded("stores", "No stores match."));
        check(staff, "dashboard-payments", "/payments", By.cssSelector("#revenue-chart .recharts-surface"));
        check(staff, "dashboard-analytics", "/analytics", By.cssSelector("#funnel-chart .recharts-surface"));

        assertThat(problems).as("problems found on the pages (screenshots in target/screenshots)").isEmpty();
    }

    private void check(Browser browser, String page, String path, By ready) {
        // each page is loaded once and looked at in both widths (a resize re-lays it out): fewer page loads
        browser.resize(Accessibility.WIDTHS[0], 900);
        browser.open(StackAddresses.PROJECTIONS.resolve(path));
        browser.awaitVisible(ready);
        problems.addAll(Accessibility.problemsAtEveryWidth(browser, page));
    }
}
