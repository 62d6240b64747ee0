package dev.concierge.stacktests.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.requests.RequestSnapshot;
import dev.concierge.stacktests.Await;
import dev.concierge.stacktests.api.IngestApi;
import dev.concierge.stacktests.api.ProjectionsApi;
import dev.concierge.stacktests.browser.Browser;
import dev.concierge.stacktests.browser.BrowserExtension;
import dev.concierge.stacktests.journey.JourneyTest;
import dev.concierge.stacktests.journey.RequestJourney;
import dev.concierge.stacktests.journey.Unique;
import dev.concierge.stacktests.stack.StackTest;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The customer web chat at /app on the running stack: sign-in by SMS code, a request with a photo, its live status. */
@StackTest
@ExtendWith(BrowserExtension.class)
class WebChatTest extends JourneyTest {

    private final ProjectionsApi projections = new ProjectionsApi();

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

        // after the analysis the processor may ask (NEEDS_INFO), go to the stores (SOURCING) or find none
        // (UNAVAILABLE), and move on again: the page, without a reload, ends up showing the latest snapshot
        // (read from projections' request detail: a read_committed watcher of requests.state has twice stopped
        // short of the snapshot the page was already showing, under load; see the README)
        String admin = api.adminToken();
        Await.until("request " + requestId + " past the analysis", RequestJourney.STEP, () -> {
            String status = statusOf(requestId, admin);
            return status.isEmpty() || status.equals(RequestStatus.NEW.name()) || status.equals(RequestStatus.ENRICHING.name())
                    ? Optional.empty() : Optional.of(status);
        });
        String shown = Await.until("the page showing the request's latest status", RequestJourney.STEP, () -> {
            String latest = statusOf(requestId, admin);
            return browser.findAll(By.cssSelector("[data-request-id='" + requestId + "'] [data-status='" + latest + "']"))
                    .isEmpty() ? Optional.empty() : Optional.of(latest);
        });
        browser.screenshot("chat-status-" + shown);

        browser.click(By.xpath("//a[contains(., 'All requests')]"));
        browser.awaitVisible(By.cssSelector("[data-request-id='" + requestId + "']"));
        browser.screenshot("chat-history");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private String statusOf(String requestId, String token) {
        return projections.statusOf("/v1/requests/" + requestId, token) == 200
                ? projections.get("/v1/requests/" + requestId, token).path("request").path("status").asText() : "";
    }
}
