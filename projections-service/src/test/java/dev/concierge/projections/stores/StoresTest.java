package dev.concierge.projections.stores;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.concierge.projections.support.Journey;
import dev.concierge.projections.support.ReadModelTest;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.common.Address;
import dev.concierge.schemas.common.GeoPoint;
import dev.concierge.schemas.common.OpeningHours;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.stores.StoreEvent;
import dev.concierge.schemas.stores.StoreEvent.StoreAvailabilityChanged;
import dev.concierge.schemas.stores.StoreEvent.StoreRegistered;
import dev.concierge.schemas.stores.StoreEvent.StoreUpdated;
import dev.concierge.testkit.ConciergeTestResource;
import dev.concierge.testkit.auth.JwksStandInResource;
import dev.concierge.testkit.auth.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The stores read model on the real broker and the Mongo-wire server: the directory from
 * {@code stores.events}, performance from {@code requests.events}, both unchanged by redelivery and by an
 * older description arriving late; {@code GET /v1/stores[/{id}]} for staff only.
 */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
@WithTestResource(JwksStandInResource.class)
class StoresTest extends ReadModelTest {

    private static final Address ADDRESS = new Address("3, 100 Feet Rd", null, "Indiranagar", "Bengaluru", "560038",
            new GeoPoint(12.97, 77.64));

    @Test
    void the_directory_keeps_the_latest_description_and_availability_whatever_is_redelivered() {
        // given a store that registered, was renamed and paused
        String storeId = uniqueId("sto_");
        CloudEvent<StoreEvent> registered = event(storeId, registration(storeId, "Sharma Medicals", "pharmacy"));
        publish(registered);
        publish(event(storeId, new StoreUpdated(storeId, "Sharma Medicals & General", "+919800000001", ADDRESS,
                List.of("pharmacy", "personal-care"), hours(), 2_000)));
        publish(event(storeId, new StoreAvailabilityChanged(storeId, false, "Diwali holiday")));

        // when its registration (the same event) is delivered again after all that
        publish(registered);
        topics.awaitConsumed("projections-service-stores-stores-events", Topics.STORES_EVENTS.name());

        // then the store shows the update and the pause, not the registration
        JsonPath store = storeAs(TestTokens.agent(), storeId).jsonPath();
        assertThat(store.getString("store.name")).isEqualTo("Sharma Medicals & General");
        assertThat(store.getList("store.categories", String.class)).containsExactly("pharmacy", "personal-care");
        assertThat(store.getInt("store.radiusMeters")).isEqualTo(2_000);
        assertThat(store.getString("store.address.locality")).isEqualTo("Indiranagar");
        assertThat(store.getString("store.openingHours[0].day")).isEqualTo("MONDAY");
        assertThat(store.getBoolean("store.available")).isFalse();
        assertThat(store.getString("store.availabilityReason")).isEqualTo("Diwali holiday");
    }

    @Test
    void performance_counts_replies_reply_time_quotes_won_and_deliveries_once_each() {
        // given a store asked about two requests: it answered one within a second, was quoted and delivered it
        String storeId = uniqueId("sto_");
        publish(event(storeId, registration(storeId, "Fresh Mart", "groceries")));
        Journey delivered = new Journey(uniqueId("cus_"), uniqueId("agt_"), "groceries", "Milk", Instant.now(), storeId);
        Journey unanswered = new Journey(uniqueId("cus_"), uniqueId("agt_"), "groceries", "Eggs", Instant.now(), storeId);
        delivered.facts().forEach(fact -> topics.publish(Topics.REQUESTS_EVENTS, fact));
        topics.publish(Topics.REQUESTS_EVENTS, unanswered.facts().get(3)); // StoreOutreachRequested only

        // when every fact is delivered a second time
        delivered.facts().forEach(fact -> topics.publish(Topics.REQUESTS_EVENTS, fact));
        topics.awaitConsumed("projections-service-stores-requests-events", Topics.REQUESTS_EVENTS.name());
        topics.awaitConsumed("projections-service-stores-stores-events", Topics.STORES_EVENTS.name());

        // then each counts once: 2 contacted, 1 replied after 1 s, 1 quote won and delivered
        JsonPath store = storeAs(TestTokens.admin(), storeId).jsonPath();
        assertThat(store.getLong("performance.contacted")).isEqualTo(2);
        assertThat(store.getLong("performance.replied")).isEqualTo(1);
        assertThat(store.getDouble("performance.replyRate")).isEqualTo(0.5);
        assertThat(store.getLong("performance.medianReplySeconds")).isEqualTo(1);
        assertThat(store.getLong("performance.quotesWon")).isEqualTo(1);
        assertThat(store.getDouble("performance.fulfilmentRate")).isEqualTo(1.0);
        assertThat(store.getList("recentOutreach.requestId", String.class))
                .containsExactlyInAnyOrder(delivered.requestId, unanswered.requestId);
    }

    @Test
    void the_conversation_shows_what_the_store_was_sent_and_replied_once_each_oldest_first() {
        // given a store asked about a request that it answered, and another store asked about the same request
        String storeId = uniqueId("sto_");
        publish(event(storeId, registration(storeId, "Dairy Corner", "dairy")));
        Journey journey = new Journey(uniqueId("cus_"), uniqueId("agt_"), "dairy", "Curd", Instant.now(), storeId);
        String otherStore = uniqueId("sto_");
        Journey elsewhere = new Journey(uniqueId("cus_"), uniqueId("agt_"), "dairy", "Paneer", Instant.now(), otherStore);

        // when every fact of both is delivered twice
        for (int i = 0; i < 2; i++) {
            journey.facts().forEach(fact -> topics.publish(Topics.REQUESTS_EVENTS, fact));
            elsewhere.facts().forEach(fact -> topics.publish(Topics.REQUESTS_EVENTS, fact));
        }
        topics.awaitConsumed("projections-service-requests-events", Topics.REQUESTS_EVENTS.name());
        topics.awaitConsumed("projections-service-stores-requests-events", Topics.REQUESTS_EVENTS.name());
        topics.awaitConsumed("projections-service-stores-stores-events", Topics.STORES_EVENTS.name());

        // then the store's conversation is its outreach text, then its reply with the price, nothing of the other store
        JsonPath conversation = given().auth().oauth2(TestTokens.agent()).when()
                .get("/v1/stores/" + storeId + "/conversation").then().statusCode(200).extract().jsonPath();
        assertThat(conversation.getList("messages.direction", String.class)).containsExactly("SENT", "RECEIVED");
        assertThat(conversation.getList("messages.requestId", String.class)).containsOnly(journey.requestId);
        assertThat(conversation.getString("messages[0].text")).isEqualTo("Do you have Curd?");
        assertThat(conversation.getString("messages[0].replyCode")).isEqualTo("R7QK");
        assertThat(conversation.getString("messages[1].text")).isEqualTo("R7QK yes 32 rs");
        assertThat(conversation.getBoolean("messages[1].available")).isTrue();
        assertThat(conversation.getLong("messages[1].price.amountMinor")).isPositive();

        // and it is staff only, and 404 for an unknown store
        given().auth().oauth2(TestTokens.customer(uniqueId("cus_"))).when().get("/v1/stores/" + storeId + "/conversation")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).when().get("/v1/stores/sto_doesnotexist/conversation")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void the_list_filters_by_category_availability_and_text_and_pages_by_name() {
        // given three stores sharing a unique word in their names, one of them paused
        String word = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String category = "cat-" + word;
        List<String> byName = new ArrayList<>();
        for (String name : List.of("Alpha " + word, "Bravo " + word, "Charlie " + word)) {
            String storeId = uniqueId("sto_");
            publish(event(storeId, registration(storeId, name, category)));
            byName.add(storeId);
        }
        publish(event(byName.get(1), new StoreAvailabilityChanged(byName.get(1), false, null)));
        topics.awaitConsumed("projections-service-stores-stores-events", Topics.STORES_EVENTS.name());

        // when staff list them two at a time, and filter
        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            Map<String, Object> query = cursor == null ? Map.of("q", word.toUpperCase(), "limit", "2")
                    : Map.of("q", word.toUpperCase(), "limit", "2", "cursor", cursor);
            JsonPath page = listAs(TestTokens.agent(), query).jsonPath();
            paged.addAll(page.getList("items.storeId", String.class));
            cursor = page.getString("nextCursor");
        } while (cursor != null);

        // then by name without repeats or gaps, and the filters narrow it
        assertThat(paged).containsExactlyElementsOf(byName);
        assertThat(listAs(TestTokens.admin(), Map.of("category", category, "available", "true")).jsonPath()
                .getList("items.storeId", String.class)).containsExactly(byName.get(0), byName.get(2));
        assertThat(listAs(TestTokens.admin(), Map.of("category", category, "available", "false")).jsonPath()
                .getList("items.storeId", String.class)).containsExactly(byName.get(1));
    }

    @Test
    void customers_are_refused_unknown_stores_are_404_and_bad_parameters_name_themselves() {
        String customer = TestTokens.customer(uniqueId("cus_"));
        listAs(customer, Map.of()).then().statusCode(403).contentType("application/problem+json");
        storeAs(customer, "sto_any").then().statusCode(403);
        storeAs(TestTokens.admin(), "sto_doesnotexist").then().statusCode(404).contentType("application/problem+json");
        listAs(TestTokens.admin(), Map.of("available", "maybe")).then().statusCode(400)
                .body("errors[0].field", equalTo("available"));
        listAs(TestTokens.admin(), Map.of("cursor", "nope")).then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        given().when().get("/v1/stores").then().statusCode(401);
    }

    @Test
    void the_taxonomy_offers_the_category_ids_a_store_can_be_registered_with() {
        JsonPath categories = given().auth().oauth2(TestTokens.agent()).when().get("/v1/categories")
                .then().statusCode(200).extract().jsonPath();
        assertThat(categories.getList("id", String.class)).contains("grocery", "dairy", "medicines-health", "other");
        assertThat(categories.getString("find { it.id == 'dairy' }.name")).isNotBlank();
        given().when().get("/v1/categories").then().statusCode(401);
    }

    private static StoreRegistered registration(String storeId, String name, String category) {
        return new StoreRegistered(storeId, name, "+919800000000", ADDRESS, List.of(category), hours(), null);
    }

    private static List<OpeningHours> hours() {
        return List.of(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(21, 0)));
    }

    private static CloudEvent<StoreEvent> event(String storeId, StoreEvent data) {
        return CloudEvent.of(UUID.randomUUID().toString(), "ingest-api", Instant.now(), storeId, data);
    }

    private void publish(CloudEvent<StoreEvent> event) {
        topics.publish(Topics.STORES_EVENTS, event);
    }

    private static Response listAs(String token, Map<String, ?> query) {
        return given().auth().oauth2(token).queryParams(query).when().get("/v1/stores");
    }

    private static Response storeAs(String token, String storeId) {
        return given().auth().oauth2(token).when().get("/v1/stores/" + storeId);
    }
}
