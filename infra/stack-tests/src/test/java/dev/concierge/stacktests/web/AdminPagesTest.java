package dev.concierge.stacktests.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concierge.stacktests.Await;
import dev.concierge.stacktests.api.ProjectionsApi;
import dev.concierge.stacktests.browser.Browser;
import dev.concierge.stacktests.browser.BrowserExtension;
import dev.concierge.stacktests.journey.JourneyTest;
import dev.concierge.stacktests.journey.Unique;
import dev.concierge.stacktests.stack.StackAddresses;
import dev.concierge.stacktests.stack.StackTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 15, the admin pages' behaviour in Chromium on the dev stack: bulk assign and bulk cancel of
 * selected inbox rows with a result per request, assigning one request from its detail page, and creating a
 * store from the Stores page.
 */
@StackTest
@ExtendWith(BrowserExtension.class)
class AdminPagesTest extends JourneyTest {

    private static final Duration READ_MODEL = Duration.ofSeconds(60);

    private final ProjectionsApi projections = new ProjectionsApi();

    @Test
    void an_admin_assigns_and_cancels_selected_requests_in_bulk_and_sees_each_requests_result(Browser browser) {
        // given two requests sharing a word no other request has, and an online agent
        String admin = journey.api().adminToken();
        String suffix = Unique.suffix();
        String agentId = readableOnlineAgent(admin, "bulk", suffix);
        String customer = journey.signedInCustomer();
        String word = "bulk" + suffix;
        List<String> requests = List.of(journey.createRequest(customer, "Amul butter " + word),
                journey.createRequest(customer, "Amul cheese " + word));

        // when the admin filters the inbox by that word, selects every row and assigns them to the agent
        Dashboard dashboard = new Dashboard(browser).signInAsAdmin();
        browser.open(StackAddresses.PROJECTIONS.resolve("/?q=" + word));
        requests.forEach(dashboard::awaitInboxRow);
        browser.click(By.id("select-all"));
        new Select(browser.awaitVisible(By.id("bulk-agent"))).selectByValue(agentId);
        browser.screenshot("bulk-two-selected");
        browser.click(By.id("bulk-assign"));

        // then each request's result is listed as accepted, and the rows come to show the agent
        requests.forEach(id -> browser.awaitVisible(resultOf(id, true)));
        browser.screenshot("bulk-assign-results");
        requests.forEach(id -> awaitRowText(browser, id, agentId));

        // when they are cancelled in bulk with a reason
        browser.type(By.id("bulk-reason"), "Customer asked to stop, stack test");
        browser.click(By.id("bulk-cancel"));

        // then each result is listed again and both rows end cancelled
        browser.awaitVisible(By.xpath("//*[@id='bulk-results']//*[contains(., 'Cancel: all 2 accepted')]"));
        requests.forEach(id -> browser.awaitVisible(resultOf(id, true)));
        requests.forEach(id -> browser.awaitVisible(By.cssSelector("#inbox tr[data-request-id='" + id + "'][data-status='CANCELLED']")));
        browser.screenshot("bulk-cancel-results");
        assertThat(browser.findAll(By.cssSelector("#bulk-results [data-accepted='false']"))).isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void an_admin_assigns_a_request_to_an_online_agent_from_its_detail_page(Browser browser) {
        // given a request and an agent who just came online
        String admin = journey.api().adminToken();
        String suffix = Unique.suffix();
        String agentId = readableOnlineAgent(admin, "detail", suffix);
        String requestId = journey.createRequest(journey.signedInCustomer(), "Amul ghee assign" + suffix);
        awaitReadable("/v1/requests/" + requestId, admin);

        // when the admin opens the request and picks the agent from the online list
        Dashboard dashboard = new Dashboard(browser).signInAsAdmin();
        dashboard.openRequest(requestId);
        // (the processor may already have given the request to the new agent, online and idle: the page then leaves
        // the current agent out of the choice, and the admin hands the request to another online agent)
        String chosen = Await.until("an online agent offered", READ_MODEL, () -> {
            List<String> offered = browser.findAll(By.cssSelector("#assign-agent option")).stream()
                    .map(option -> option.getAttribute("value")).filter(value -> value != null && !value.isEmpty()).toList();
            return offered.contains(agentId) ? Optional.of(agentId) : offered.stream().findFirst();
        });
        new Select(browser.awaitVisible(By.id("assign-agent"))).selectByValue(chosen);
        browser.screenshot("detail-assign-chosen");
        browser.click(By.id("assign"));

        // then the processor's snapshot names the agent, and the page comes to show it without a reload
        journey.awaitState(requestId, "assigned to " + chosen, state -> chosen.equals(state.agentId()));
        browser.awaitVisible(By.cssSelector("#assigned-agent[data-agent-id='" + chosen + "']"), READ_MODEL);
        browser.screenshot("detail-assigned");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void an_admin_creates_a_store_with_a_typed_location_categories_and_hours_and_finds_it_in_the_directory(Browser browser) {
        String name = "Browser Store " + Unique.suffix();
        String phone = Unique.phone();
        new Dashboard(browser).signInAsAdmin();
        browser.open(StackAddresses.PROJECTIONS.resolve("/stores"));
        browser.click(By.id("new-store"));

        // a wrong PIN code is named next to its field and nothing is sent
        browser.type(By.id("store-name"), name);
        browser.type(By.id("store-phone"), phone);
        browser.type(By.id("store-line1"), "12, 80 Feet Rd");
        browser.type(By.id("store-locality"), "Koramangala");
        browser.type(By.id("store-city"), "Bengaluru");
        browser.type(By.id("store-pincode"), "0560");
        browser.type(By.id("store-lat"), "12.9352");
        browser.type(By.id("store-lon"), "77.6245");
        browser.type(By.id("store-radius"), "2500");
        browser.click(By.cssSelector("#store-categories input[value='dairy']"));
        browser.click(By.cssSelector("[data-day='MONDAY'] input[type='checkbox']"));
        browser.click(By.id("save-store"));
        browser.awaitVisible(By.xpath("//*[normalize-space()='A 6-digit PIN code']"));
        browser.screenshot("store-form-names-the-wrong-field");

        // fixed, it is saved and the directory shows it with its categories
        browser.type(By.id("store-pincode"), "560034");
        browser.screenshot("store-form-filled");
        browser.click(By.id("save-store"));
        JsonNode store = Await.until("the new store in GET /v1/stores", READ_MODEL, () -> {
            JsonNode items = projections.get("/v1/stores?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
                    journey.api().adminToken()).path("items");
            return items.isEmpty() ? Optional.empty() : Optional.of(items.get(0));
        });
        browser.type(By.id("store-search"), name);
        browser.awaitVisible(By.cssSelector("#stores tr[data-store-id='" + store.path("storeId").asText() + "']"));
        browser.screenshot("store-in-the-directory");

        assertThat(store.path("phone").asText()).isEqualTo(phone);
        assertThat(store.path("address").path("location").path("lat").asDouble()).isEqualTo(12.9352);
        assertThat(store.path("address").path("location").path("lon").asDouble()).isEqualTo(77.6245);
        assertThat(store.path("categories").toString()).isEqualTo("[\"dairy\"]");
        assertThat(store.path("radiusMeters").asInt()).isEqualTo(2500);
        assertThat(store.path("openingHours").get(0).path("day").asText()).isEqualTo("MONDAY");

        // and its WhatsApp conversation opens (empty: no request has asked it yet)
        browser.click(By.cssSelector("#stores tr[data-store-id='" + store.path("storeId").asText() + "'] button[aria-label^='Chat with']"));
        browser.awaitVisible(By.xpath("//*[@id='store-conversation']//*[normalize-space()='No messages with this store yet.']"));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private static By resultOf(String requestId, boolean accepted) {
        return By.cssSelector("#bulk-results [data-request-id='" + requestId + "'][data-accepted='" + accepted + "']");
    }

    private static void awaitRowText(Browser browser, String requestId, String text) {
        Await.until("row " + requestId + " showing " + text, READ_MODEL, () -> browser.findAll(Dashboard.rowOf(requestId))
                .stream().filter(row -> row.getText().contains(text)).findFirst());
    }

    /** A new grocery agent, online, and shown online by projections' agents read model (which the pages read); its id. */
    private String readableOnlineAgent(String admin, String label, String suffix) {
        String agentId = journey.api().registerAgent(admin, label + " agent " + suffix, label + "-" + suffix + "@concierge.local",
                "grocery");
        journey.api().setAgentOnline(admin, agentId, true);
        Await.until("agent " + agentId + " online in GET /v1/agents/{id}", READ_MODEL, () -> {
            boolean online = projections.statusOf("/v1/agents/" + agentId, admin) == 200
                    && projections.get("/v1/agents/" + agentId, admin).path("agent").path("online").asBoolean();
            return online ? Optional.of(true) : Optional.empty();
        });
        return agentId;
    }

    private void awaitReadable(String path, String token) {
        Await.until(path + " readable", READ_MODEL,
                () -> projections.statusOf(path, token) == 200 ? Optional.of(true) : Optional.empty());
    }
}
