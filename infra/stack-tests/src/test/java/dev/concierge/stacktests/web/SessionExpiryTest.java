package dev.concierge.stacktests.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.stacktests.Await;
import dev.concierge.stacktests.api.IngestApi;
import dev.concierge.stacktests.browser.Browser;
import dev.concierge.stacktests.browser.BrowserExtension;
import dev.concierge.stacktests.journey.JourneyTest;
import dev.concierge.stacktests.journey.RequestJourney;
import dev.concierge.stacktests.journey.Unique;
import dev.concierge.stacktests.stack.StackTest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Issue 15, the dashboard's session expiry: when the ingest API stops taking a page's session, the page
 * says so and offers to sign in again in place, and what was typed there is still there to send.
 */
@StackTest
@ExtendWith(BrowserExtension.class)
class SessionExpiryTest extends JourneyTest {

    @Test
    void a_dashboard_page_whose_session_ended_asks_to_sign_in_again_and_keeps_the_unsent_message(Browser browser) {
        // given an admin on a request's page, halfway through a message
        String requestId = journey.createRequest(journey.signedInCustomer(), "Session expiry test " + Unique.suffix());
        Dashboard dashboard = new Dashboard(browser).signInAsAdmin();
        dashboard.openRequest(requestId);
        String message = "Checking two stores for you now " + Unique.suffix();
        browser.type(By.id("staff-message"), message);

        // when the session ends behind the page's back (signed out elsewhere: both its tokens are refused)
        @SuppressWarnings("unchecked")
        List<String> tokens = (List<String>) browser.script("const s = JSON.parse(localStorage.getItem('concierge.dashboard.session'));"
                + " return [s.accessToken, s.refreshToken];");
        new IngestApi().logout(tokens.get(0), tokens.get(1));
        browser.click(By.id("send-staff-message"));

        // then the page says so, offers to sign in, and the message is still in its box
        String notice = browser.awaitVisible(By.cssSelector("#session-ended[role='alert']")).getText();
        assertThat(notice).contains("Your session has ended", "Sign in again");
        assertThat(browser.awaitVisible(By.id("staff-message")).getAttribute("value")).isEqualTo(message);
        browser.screenshot("session-ended-notice");

        // when the admin signs in again in the notice and sends
        browser.type(By.id("again-email"), IngestApi.ADMIN_EMAIL);
        browser.type(By.id("again-password"), IngestApi.ADMIN_PASSWORD);
        browser.click(By.id("again-sign-in"));
        Await.until("the notice gone", RequestJourney.STEP,
                () -> browser.findAll(By.id("session-ended")).isEmpty() ? Optional.of(true) : Optional.empty());
        assertThat(browser.awaitVisible(By.id("staff-message")).getAttribute("value")).isEqualTo(message);
        browser.click(By.id("send-staff-message"));

        // then the message is posted and shows in the chat, live
        browser.awaitVisible(By.xpath("//*[@id='messages']//*[contains(., '" + message + "')]"));
        browser.screenshot("session-renewed-message-sent");
        // the refused calls are the only console errors: the browser logs each 401 it was answered
        assertThat(browser.consoleErrors()).allMatch(error -> error.contains("401"), "only the refused calls' 401s");
    }
}
