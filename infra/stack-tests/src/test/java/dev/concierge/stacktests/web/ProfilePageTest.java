package dev.concierge.stacktests.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concierge.stacktests.api.IngestApi;
import dev.concierge.stacktests.api.ProjectionsApi;
import dev.concierge.stacktests.browser.Browser;
import dev.concierge.stacktests.browser.BrowserExtension;
import dev.concierge.stacktests.journey.RequestJourney;
import dev.concierge.stacktests.journey.Unique;
import dev.concierge.stacktests.stack.StackAddresses;
import dev.concierge.stacktests.stack.StackTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The web chat's profile page on the running stack: what a customer saves there (through the ingest
 * API) is what the page reads back from projections' customers read model after a reload, and the saved
 * default address is what the new-request page offers first and sends with its pin.
 */
@StackTest
@ExtendWith(BrowserExtension.class)
class ProfilePageTest {

    private final ProjectionsApi projections = new ProjectionsApi();

    @Test
    void a_customer_saves_name_preferences_and_a_default_address_finds_them_after_a_reload_and_sends_a_request_there(
            Browser browser) {
        WebChat chat = new WebChat(browser).signIn(Unique.phone());
        chat.openProfile();
        browser.screenshot("profile-empty");
        String email = "asha-" + Unique.suffix() + "@example.in";

        browser.type(By.id("profile-name"), "Asha Rao");
        browser.type(By.id("profile-email"), email);
        browser.click(By.id("save-profile"));
        browser.awaitVisible(By.xpath("//*[@id='save-profile']/following::*[normalize-space()='Saved']"));

        browser.click(By.id("channel-EMAIL"));
        browser.click(By.xpath("//label[normalize-space()='Quiet hours (only payment and delivery messages)']"));
        browser.awaitVisible(By.id("quiet-start"));
        browser.select(By.id("preferences-language"), "हिन्दी (Hindi)");
        browser.click(By.id("save-preferences"));
        browser.awaitVisible(By.xpath("//*[@id='save-preferences']/following::*[normalize-space()='Saved']"));

        // the first address is the default unless the customer unticks it
        browser.type(By.id("saved-address-label"), "Home");
        chat.typeAddress("saved-address");
        browser.click(By.id("save-address"));
        // one topic partition per customer, read in order: once the address shows, so do the earlier saves
        browser.awaitVisible(By.cssSelector("#saved-addresses [data-address-id]"), RequestJourney.STEP);
        browser.screenshot("profile-saved");

        browser.open(StackAddresses.PROJECTIONS.resolve("/app/profile"));
        String address = browser.awaitVisible(By.cssSelector("#saved-addresses [data-address-id]")).getText();
        // the badge is styled upper-case; the text is "Default"
        assertThat(address).contains("Home", "12 MG Road", "Bengaluru 560001").containsIgnoringCase("Default");
        assertThat(browser.awaitVisible(By.id("profile-name")).getAttribute("value")).isEqualTo("Asha Rao");
        assertThat(browser.awaitVisible(By.id("profile-email")).getAttribute("value")).isEqualTo(email);
        assertThat(browser.awaitVisible(By.id("channel-EMAIL")).isSelected()).as("e-mail chosen").isTrue();
        assertThat(browser.awaitVisible(By.id("quiet-start")).getAttribute("value")).isEqualTo("22:00");
        assertThat(browser.awaitVisible(By.id("preferences-language")).getAttribute("value")).isEqualTo("hi");
        browser.screenshot("profile-after-reload");

        // the new-request page offers the saved address, chosen as the default; the request carries its pin
        String addressId = browser.awaitVisible(By.cssSelector("#saved-addresses [data-address-id]")).getAttribute("data-address-id");
        // the link to it is on the history page; the profile page has none
        browser.open(StackAddresses.PROJECTIONS.resolve("/app/new"));
        assertThat(browser.awaitVisible(By.id("deliver-to-" + addressId)).isSelected()).as("the default address chosen").isTrue();
        browser.type(By.id("request-text"), "Dolo 650, to my saved address");
        browser.screenshot("new-request-saved-address");
        browser.click(By.id("send-request"));
        String requestId = browser.awaitVisible(By.cssSelector("[data-request-id]")).getAttribute("data-request-id");
        JsonNode delivery = projections.get("/v1/requests/" + requestId, new IngestApi().adminToken())
                .path("request").path("deliveryAddress");
        assertThat(delivery.path("line1").asText()).isEqualTo("12 MG Road");
        assertThat(delivery.path("location").path("lat").asDouble()).isEqualTo(12.9756);
        assertThat(delivery.path("location").path("lon").asDouble()).isEqualTo(77.6050);
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
