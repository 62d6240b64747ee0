package dev.concierge.stacktests.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.stacktests.browser.Browser;
import dev.concierge.stacktests.browser.BrowserExtension;
import dev.concierge.stacktests.journey.JourneyTest;
import dev.concierge.stacktests.journey.Unique;
import dev.concierge.stacktests.stack.StackTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** Issue 15, acceptance 2: the dashboard's inbox shows a new request without a reload. */
@StackTest
@ExtendWith(BrowserExtension.class)
class InboxLiveTest extends JourneyTest {

    @Test
    void a_request_created_through_the_ingest_api_appears_in_the_open_inbox_without_a_reload(Browser browser) {
        new Dashboard(browser).signInAsAdmin();
        // a mark on this page's window: a reload would make a new window object without it
        browser.script("window.__sameDocument = true;");
        browser.screenshot("inbox-open");

        String customer = journey.signedInCustomer();
        String text = "Inbox live test " + Unique.suffix();
        Instant posted = Instant.now();
        String requestId = journey.createRequest(customer, text);

        new Dashboard(browser).awaitInboxRow(requestId);
        Duration delay = Duration.between(posted, Instant.now());
        browser.screenshot("inbox-shows-the-new-request");
        System.out.printf("issue 15 acceptance 2: request %s appeared in the open inbox %d ms after the ingest API accepted it%n",
                requestId, delay.toMillis());

        assertThat(browser.script("return window.__sameDocument === true;")).as("the page was not reloaded").isEqualTo(true);
        assertThat(browser.findAll(Dashboard.rowOf(requestId)).get(0).getText()).contains(text);
        // the counts came with the same answer as the row: the All tab counts at least this request
        assertThat(browser.findAll(By.cssSelector("[role='tab'][aria-selected='true']")).get(0).getText())
                .matches("(?s)All\\s*[1-9]\\d*");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
