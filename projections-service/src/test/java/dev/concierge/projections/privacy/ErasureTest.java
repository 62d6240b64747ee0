package dev.concierge.projections.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dev.concierge.projections.readmodel.ReadModelDatabase;
import dev.concierge.projections.support.CustomerJourney;
import dev.concierge.projections.support.Journey;
import dev.concierge.projections.support.ProjectionTopics;
import dev.concierge.projections.support.ReadModelTest;
import dev.concierge.projections.support.Waiting;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.chat.ChatEvent.ChatMessagePosted;
import dev.concierge.schemas.common.Address;
import dev.concierge.schemas.common.Author;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.testkit.ConciergeTestResource;
import dev.concierge.testkit.auth.JwksStandInResource;
import dev.concierge.testkit.auth.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 4 of issue #14 on the real broker and the Mongo-wire server: personal data is stored
 * encrypted (the raw documents hold no plaintext), the API decrypts it, and after an admin erases the
 * customer their messages, request texts, addresses and contact details read as erased everywhere, the
 * ciphertext has no key any more, and records arriving later (redelivered or new) stay erased.
 */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
@WithTestResource(JwksStandInResource.class)
class ErasureTest extends ReadModelTest {

    @Inject
    ReadModelDatabase readModels;

    @Inject
    MongoClient mongo;

    @ConfigProperty(name = "concierge.privacy.keys-database")
    String keysDatabase;

    @Test
    void an_erased_customers_data_is_unreadable_everywhere_and_stays_so_for_later_records() {
        // given a registered customer with an address and a whole request with its chat
        CustomerJourney customer = new CustomerJourney(java.time.Instant.now().minusSeconds(600));
        Journey journey = journey(customer.customerId, uniqueId("agt_"), "medicines-health",
                "Dolo 650 strip for " + customer.name, 5);
        topics.publish(Topics.CUSTOMERS_EVENTS, customer.registered());
        topics.publish(Topics.CUSTOMERS_EVENTS, customer.addressSaved(1, "adr_home", customer.home, true));
        publishWholeJourney(journey);
        awaitDetail(journey.requestId, 5, 9, 2);
        awaitCustomer(customer.customerId, profile -> profile.getList("addresses").size() == 1);

        // then the API shows the plaintext to the owner and to staff
        JsonPath detail = detailAs(TestTokens.customer(customer.customerId), journey.requestId).jsonPath();
        assertThat(detail.getString("messages[0].text")).isEqualTo(journey.text);
        assertThat(detail.getString("request.text")).isEqualTo(journey.text);
        assertThat(detail.getString("request.deliveryAddress.line1")).isEqualTo(Journey.ADDRESS.line1());
        assertThat(detail.getString("timeline[0].data.text")).isEqualTo(journey.text);
        assertThat(detail.getBoolean("erased")).isFalse();
        JsonPath profile = customerAs(TestTokens.admin(), customer.customerId).jsonPath();
        assertThat(profile.getString("phone")).isEqualTo(customer.phone);
        assertThat(profile.getString("email")).isEqualTo(customer.email);
        assertThat(profile.getString("addresses[0].address.line1")).isEqualTo(customer.home.line1());
        assertThat(profile.getLong("requestCount")).isEqualTo(1);
        assertThat(searchAsAdmin(customer.customerId, "dolo")).containsExactly(journey.requestId);
        // and the raw documents hold none of it
        List<String> secrets = List.of(journey.text, customer.phone, customer.email, customer.name,
                customer.home.line1(), Journey.ADDRESS.line1());
        assertThat(rawDocumentsOf(journey.requestId, customer.customerId))
                .allSatisfy(raw -> assertThat(raw).doesNotContain(secrets));

        // when an admin erases the customer's data
        given().auth().oauth2(TestTokens.admin()).when().delete(erasurePath(customer.customerId)).then().statusCode(204);

        // then every answer shows their data as erased, without failing
        JsonPath erased = detailAs(TestTokens.admin(), journey.requestId).jsonPath();
        assertThat(erased.getBoolean("erased")).isTrue();
        assertThat(erased.getString("request.text")).isNull();
        assertThat(erased.getString("request.deliveryAddress")).isNull();
        assertThat(erased.getString("request.status")).isEqualTo("DELIVERED");
        assertThat(erased.getList("messages.text")).containsOnlyNulls();
        assertThat(erased.getList("messages.erased", Boolean.class)).containsOnly(true);
        assertThat(erased.getString("timeline[0].data.text")).isNull();
        assertThat(erased.getBoolean("timeline[0].erased")).isTrue();
        assertThat(erased.getLong("timeline[5].data.total.amountMinor")).isEqualTo(5_700L);
        JsonPath erasedProfile = customerAs(TestTokens.admin(), customer.customerId).jsonPath();
        assertThat(erasedProfile.getBoolean("erased")).isTrue();
        assertThat(erasedProfile.getString("phone")).isNull();
        assertThat(erasedProfile.getString("addresses[0].address")).isNull();
        JsonPath listed = given().auth().oauth2(TestTokens.admin()).queryParam("customerId", customer.customerId)
                .when().get("/v1/requests").jsonPath();
        assertThat(listed.getBoolean("items[0].erased")).isTrue();
        assertThat(listed.getString("items[0].text")).isNull();
        assertThat(searchAsAdmin(customer.customerId, "dolo")).isEmpty();
        assertThat(given().auth().oauth2(TestTokens.admin()).queryParam("phone", customer.phone).when()
                .get("/v1/customers").jsonPath().getList("items")).isEmpty();
        // and the stored ciphertext has no key any more: every key of theirs is a tombstone
        Document sealedText = readModels.get().getCollection("messages")
                .find(Filters.eq("requestId", journey.requestId)).first().get("text", Document.class);
        assertThat(key(sealedText.getString("k"))).containsEntry("erased", true).doesNotContainKey("wrapped");
        assertThat(keys().find(Filters.eq("customerId", customer.customerId)))
                .allSatisfy(key -> assertThat(key).containsEntry("erased", true).doesNotContainKey("wrapped"));

        // when the chat message is redelivered, a new one arrives and the customer saves another address
        topics.publish(Topics.CHAT_MESSAGES, journey.chat().get(0));
        topics.publish(Topics.CHAT_MESSAGES, CloudEvent.of(UUID.randomUUID().toString(), "ingest-api", journey.at(9),
                journey.requestId, new ChatMessagePosted("msg_3" + journey.requestId, journey.requestId,
                        Author.CUSTOMER, customer.customerId, "Call me on " + customer.phone, List.of(), journey.at(9))));
        Address office = new Address("Office " + customer.customerId, null, null, "Bengaluru", "560002", null);
        topics.publish(Topics.CUSTOMERS_EVENTS, customer.addressSaved(2, "adr_office", office, false));
        topics.awaitConsumed(ProjectionTopics.CHAT_GROUP, Topics.CHAT_MESSAGES.name());
        awaitCustomer(customer.customerId, p -> p.getList("addresses").size() == 2);

        // then they are stored and shown erased too: no plaintext, no new key
        JsonPath later = detailAs(TestTokens.admin(), journey.requestId).jsonPath();
        assertThat(later.getList("messages.text")).hasSize(3).containsOnlyNulls();
        assertThat(customerAs(TestTokens.admin(), customer.customerId).jsonPath().getList("addresses.address"))
                .containsOnlyNulls();
        assertThat(rawDocumentsOf(journey.requestId, customer.customerId))
                .allSatisfy(raw -> assertThat(raw).doesNotContain(customer.phone, office.line1()));
        assertThat(keys().find(Filters.eq("customerId", customer.customerId)))
                .allSatisfy(key -> assertThat(key).doesNotContainKey("wrapped"));
    }

    @Test
    void a_chat_that_arrived_before_its_request_named_an_erased_customer_is_erased_once_it_does() {
        // given an erased customer, and a chat message of a new request of theirs whose snapshot is not there yet
        // (as a rebuild replaying chat.messages ahead of requests.state would see it)
        Journey journey = journey(uniqueId("cus_"), uniqueId("agt_"), "groceries", "Brown bread and eggs", 5);
        given().auth().oauth2(TestTokens.admin()).when().delete(erasurePath(journey.customerId)).then().statusCode(204);
        topics.publish(Topics.CHAT_MESSAGES, journey.chat().get(0));
        topics.awaitConsumed(ProjectionTopics.CHAT_GROUP, Topics.CHAT_MESSAGES.name());

        // when the request's snapshot arrives and names the customer
        topics.publish(Topics.REQUESTS_STATE, journey.state(1, dev.concierge.schemas.common.RequestStatus.NEW));
        awaitVersion(journey.requestId, 1);

        // then the message, stored before the owner was known, reads as erased with the request
        JsonPath detail = detailAs(TestTokens.admin(), journey.requestId).jsonPath();
        assertThat(detail.getBoolean("erased")).isTrue();
        assertThat(detail.getString("request.text")).isNull();
        assertThat(detail.getList("messages.text")).containsOnlyNulls().hasSize(1);
        assertThat(detail.getBoolean("messages[0].erased")).isTrue();
        assertThat(key("request:" + journey.requestId)).containsEntry("erased", true).doesNotContainKey("wrapped");
    }

    @Test
    void erasure_is_for_admins_only_and_answers_the_same_when_repeated() {
        String customerId = uniqueId("cus_");
        String path = erasurePath(customerId);
        given().when().delete(path).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.agent()).when().delete(path).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.customer(customerId)).when().delete(path).then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).when().delete(path).then().statusCode(204);
        given().auth().oauth2(TestTokens.admin()).when().delete(path).then().statusCode(204);
    }

    private static String erasurePath(String customerId) {
        return "/v1/admin/customers/" + customerId + "/data";
    }

    private static Response customerAs(String token, String customerId) {
        return given().auth().oauth2(token).when().get("/v1/customers/" + customerId);
    }

    private static void awaitCustomer(String customerId, java.util.function.Predicate<JsonPath> done) {
        Waiting.until("customer " + customerId, () -> {
            Response answer = customerAs(TestTokens.admin(), customerId);
            return answer.statusCode() == 200 && done.test(answer.jsonPath());
        });
    }

    private static List<String> searchAsAdmin(String customerId, String text) {
        return given().auth().oauth2(TestTokens.admin()).queryParam("customerId", customerId).queryParam("q", text)
                .when().get("/v1/requests").jsonPath().getList("items.requestId", String.class);
    }

    /** The request's documents in every read model that holds them, and the customer's, as stored (JSON). */
    private List<String> rawDocumentsOf(String requestId, String customerId) {
        MongoDatabase database = readModels.get();
        List<String> raw = new ArrayList<>();
        database.getCollection("requests").find(Filters.eq("_id", requestId)).forEach(d -> raw.add(d.toJson()));
        database.getCollection("request_timeline").find(Filters.eq("requestId", requestId)).forEach(d -> raw.add(d.toJson()));
        database.getCollection("messages").find(Filters.eq("requestId", requestId)).forEach(d -> raw.add(d.toJson()));
        database.getCollection("customers").find(Filters.eq("_id", customerId)).forEach(d -> raw.add(d.toJson()));
        assertThat(raw).hasSizeGreaterThan(4);
        return raw;
    }

    private com.mongodb.client.MongoCollection<Document> keys() {
        return mongo.getDatabase(keysDatabase).getCollection("data_keys");
    }

    private Document key(String keyId) {
        return keys().find(Filters.eq("_id", keyId)).first();
    }
}
