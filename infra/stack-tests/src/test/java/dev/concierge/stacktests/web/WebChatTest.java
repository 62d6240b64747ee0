package dev.concierge.stacktests.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.requests.RequestSnapshot;
import dev.concierge.stacktests.api.IngestApi;
import dev.concierge.stacktests.browser.Browser;
import dev.concierge.stacktests.browser.BrowserExtension;
import dev.concierge.stacktests.journey.JourneyTest;
import dev.concierge.stacktests.journey.RequestJourney;
import dev.concierge.stacktests.journey.Unique;
import dev.concierge.stacktests.stack.StackTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The customer web chat at /app on the running stack: sign-in by SMS code, a request with a photo, its live status. */
@StackTest
@ExtendWith(BrowserExtension.class)
class WebChatTest extends JourneyTest {

    @Test
    void a_customer_signs_in_with_the_code_asks_with_a_photo_and_sees_the_request_move_on(Browser browser) {
        IngestApi api = journey.api();
        journey.storeAndAgentOnDuty(api.adminToken(), RequestJourney.CATEGORY, Unique.phone());
        Path photo = WebChat.samplePhoto(Path.of("target", "photos"));

        WebChat chat = new WebChat(browser).signIn(Unique.phone());
        browser.screenshot("chat-signed-in");
        String requestId = chat.newRequest("Dolo 650, 2 strips", photo);

        RequestSnapshot created = journey.awaitState(requestId, "with the photo", s -> s.mediaIds().size() == 1);
        // the customer sees their own photo, fetched with their token
        browser.awaitVisible(By.cssSelector("#messages img[data-media-id='" + created.mediaIds().get(0) + "']"));
        browser.screenshot("chat-request-with-photo");

        // the analysis either goes on to the stores or asks a question: the page follows either live
        RequestSnapshot analysed = journey.awaitState(requestId, "past the analysis",
                s -> s.status() == RequestStatus.SOURCING || s.status() == RequestStatus.NEEDS_INFO);
        browser.awaitVisible(By.cssSelector("[data-request-id='" + requestId + "'] [data-status='" + analysed.status() + "']"));
        browser.screenshot("chat-status-" + analysed.status());

        browser.click(By.xpath("//a[contains(., 'All requests')]"));
        browser.awaitVisible(By.cssSelector("[data-request-id='" + requestId + "']"));
        browser.screenshot("chat-history");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
