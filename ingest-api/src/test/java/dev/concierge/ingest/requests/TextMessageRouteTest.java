package dev.concierge.ingest.requests;

import static dev.concierge.ingest.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import dev.concierge.ingest.support.Api;
import dev.concierge.ingest.support.ApiTest;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.chat.ChatEvent;
import dev.concierge.schemas.chat.ChatEvent.ChatMessagePosted;
import dev.concierge.schemas.common.Author;
import dev.concierge.schemas.common.Channel;
import dev.concierge.testkit.ConciergeTestResource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The direct route of the common chat message ({@code requests.web.TextMessageRoute}): what it takes it
 * writes exactly as the general path does, and everything else reaches the general path with its body,
 * which answers as it always has.
 */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
class TextMessageRouteTest extends ApiTest {

    @Inject
    MeterRegistry meters;

    @Test
    void a_text_message_of_a_known_customer_is_taken_directly_and_stored_as_the_general_path_stores_it() {
        Api.Session customer = api.customer();
        String requestId = Api.createRequest(customer);
        double taken = routed("taken");
        double accepted = writes("accepted", "none");

        String eventId = as(customer.token()).body(Map.of("text", "Any brand is fine", "mediaIds", List.of()))
                .when().post("/v1/requests/{id}/messages", requestId)
                .then().statusCode(202).contentType(ContentType.JSON)
                .body("requestId", equalTo(requestId)).extract().path("eventId");

        assertThat(routed("taken")).isEqualTo(taken + 1);
        assertThat(writes("accepted", "none")).isEqualTo(accepted + 1);
        var stored = topics.withKey(Topics.CHAT_MESSAGES, requestId);
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).event().id()).isEqualTo(eventId);
        assertThat(stored.get(0).event().source()).isEqualTo("ingest-api");
        ChatMessagePosted message = (ChatMessagePosted) stored.get(0).data();
        assertThat(message.text()).isEqualTo("Any brand is fine");
        assertThat(message.author()).isEqualTo(Author.CUSTOMER);
        assertThat(message.authorId()).isEqualTo(customer.subject());
        assertThat(message.channel()).isEqualTo(Channel.IN_APP);
        assertThat(message.attachments()).isEmpty();
        assertThat(message.messageId()).startsWith("msg_");
    }

    @Test
    void an_agents_message_is_taken_directly_once_the_agents_token_is_known_and_carries_no_channel() {
        Api.Session customer = api.customer();
        String requestId = Api.createRequest(customer);
        Api.Session agent = api.agent();
        // the first use of a token is verified on the general path; from then on it is known
        as(agent.token()).body(Map.of("text", "Checking with stores now"))
                .when().post("/v1/requests/{id}/messages", requestId).then().statusCode(202);
        double taken = routed("taken");

        as(agent.token()).body(Map.of("text", "Found it at Apollo, ₹64"))
                .when().post("/v1/requests/{id}/messages", requestId).then().statusCode(202);

        assertThat(routed("taken")).isEqualTo(taken + 1);
        List<ChatEvent> stored = topics.withKey(Topics.CHAT_MESSAGES, requestId).stream().map(landed -> landed.data())
                .toList();
        assertThat(stored).hasSize(2);
        ChatMessagePosted second = (ChatMessagePosted) stored.get(1);
        assertThat(second.text()).isEqualTo("Found it at Apollo, ₹64");
        assertThat(second.author()).isEqualTo(Author.AGENT);
        assertThat(second.authorId()).isEqualTo(agent.subject());
        assertThat(second.channel()).isNull();
    }

    @Test
    void a_body_the_route_does_not_take_reaches_the_general_path_whole_and_gets_its_400_naming_the_field() {
        Api.Session customer = api.customer();
        String requestId = Api.createRequest(customer);
        double handedOn = routed("handed-on");

        as(customer.token()).body(Map.of("text", "hello", "colour", "blue"))
                .when().post("/v1/requests/{id}/messages", requestId)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("colour"));
        as(customer.token()).body(Map.of("text", " \u200B "))
                .when().post("/v1/requests/{id}/messages", requestId)
                .then().statusCode(400).body("errors.field", hasItem("text"));
        as(customer.token()).body(Map.of("text", "x".repeat(4001)))
                .when().post("/v1/requests/{id}/messages", requestId)
                .then().statusCode(400).body("errors.field", hasItem("text"));
        as(customer.token()).body(Map.of("text", "see photo", "mediaIds", List.of("med_unknown")))
                .when().post("/v1/requests/{id}/messages", requestId)
                .then().statusCode(400).body("errors.field", hasItem("mediaIds[0]"));
        // an overlong "/" (C0 AF) inside the text: not UTF-8, refused, never decoded
        byte[] start = "{\"text\": \"a".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[start.length + 5];
        System.arraycopy(start, 0, body, 0, start.length);
        body[start.length] = (byte) 0xC0;
        body[start.length + 1] = (byte) 0xAF;
        System.arraycopy("b\"}".getBytes(StandardCharsets.UTF_8), 0, body, start.length + 2, 3);
        as(customer.token()).body(body).when().post("/v1/requests/{id}/messages", requestId)
                .then().statusCode(400).contentType("application/problem+json");

        assertThat(routed("handed-on")).isEqualTo(handedOn + 5);
        assertThat(topics.withKey(Topics.CHAT_MESSAGES, requestId)).isEmpty();
    }

    @Test
    void another_customers_request_is_403_and_a_revoked_token_401_as_on_the_general_path() {
        Api.Session owner = api.customer();
        String requestId = Api.createRequest(owner);
        Api.Session stranger = api.customer();
        Api.createRequest(stranger);

        as(stranger.token()).body(Map.of("text", "mine now"))
                .when().post("/v1/requests/{id}/messages", requestId)
                .then().statusCode(403).contentType("application/problem+json");

        as(owner.token()).body(Map.of("refreshToken", owner.refreshToken()))
                .when().post("/v1/auth/logout").then().statusCode(204);
        as(owner.token()).body(Map.of("text", "still there?"))
                .when().post("/v1/requests/{id}/messages", requestId)
                .then().statusCode(401).header("WWW-Authenticate", containsString("invalid_token"));

        assertThat(topics.withKey(Topics.CHAT_MESSAGES, requestId)).isEmpty();
    }

    @Test
    void a_keyed_message_is_taken_directly_and_its_key_replays_and_binds_as_on_the_general_path() {
        Api.Session customer = api.customer();
        String requestId = Api.createRequest(customer);
        double taken = routed("taken");

        String first = as(customer.token()).header("Idempotency-Key", "k-1").body(Map.of("text", "once"))
                .when().post("/v1/requests/{id}/messages", requestId)
                .then().statusCode(202).extract().path("eventId");
        assertThat(routed("taken")).isEqualTo(taken + 1);

        // the key is held, so the general path answers: the replay, then the 422 for another body
        as(customer.token()).header("Idempotency-Key", "k-1").body(Map.of("text", "once"))
                .when().post("/v1/requests/{id}/messages", requestId)
                .then().statusCode(202).header("Idempotent-Replayed", "true").body("eventId", equalTo(first));
        as(customer.token()).header("Idempotency-Key", "k-1").body(Map.of("text", "twice"))
                .when().post("/v1/requests/{id}/messages", requestId)
                .then().statusCode(422).body("type", equalTo("/problems/idempotency-key-reused"));
        // another caller's same key is a key of its own
        Api.Session agent = api.agent();
        as(agent.token()).header("Idempotency-Key", "k-1").body(Map.of("text", "once"))
                .when().post("/v1/requests/{id}/messages", requestId).then().statusCode(202)
                .header("Idempotent-Replayed", nullValue());

        assertThat(routed("taken")).isEqualTo(taken + 1);
        assertThat(topics.withKey(Topics.CHAT_MESSAGES, requestId)).hasSize(2);
    }

    @Test
    void a_key_first_used_on_the_general_path_is_replayed_when_the_next_try_reaches_the_direct_route() {
        Api.Session customer = api.customer();
        String requestId = Api.createRequest(customer);
        Api.Session agent = api.agent();

        // the agent's token is used for the first time: the general path verifies it, and claims the key
        String first = as(agent.token()).header("Idempotency-Key", "k-2").body(Map.of("text", "on my way"))
                .when().post("/v1/requests/{id}/messages", requestId)
                .then().statusCode(202).extract().path("eventId");
        as(agent.token()).header("Idempotency-Key", "k-2").body(Map.of("text", "on my way"))
                .when().post("/v1/requests/{id}/messages", requestId)
                .then().statusCode(202).header("Idempotent-Replayed", "true").body("eventId", equalTo(first));

        assertThat(topics.withKey(Topics.CHAT_MESSAGES, requestId)).hasSize(1);
    }

    @Test
    void an_answer_of_the_direct_route_to_the_dashboard_origin_carries_its_cors_headers() {
        Api.Session customer = api.customer();
        String requestId = Api.createRequest(customer);
        double taken = routed("taken");

        as(customer.token()).header("Origin", "http://127.0.0.1:8080").body(Map.of("text", "from the web chat"))
                .when().post("/v1/requests/{id}/messages", requestId)
                .then().statusCode(202).header("Access-Control-Allow-Origin", equalTo("http://127.0.0.1:8080"));

        assertThat(routed("taken")).isEqualTo(taken + 1);
    }

    @Test
    void a_token_never_verified_here_is_checked_by_the_general_path() {
        Api.Session customer = api.customer();
        String requestId = Api.createRequest(customer);
        String forged = customer.token().substring(0, customer.token().length() - 4) + "AAAA";

        given().header("Authorization", "Bearer " + forged).contentType(ContentType.JSON)
                .body(Map.of("text", "hello")).when().post("/v1/requests/{id}/messages", requestId)
                .then().statusCode(401);

        assertThat(topics.withKey(Topics.CHAT_MESSAGES, requestId)).isEmpty();
    }

    private double routed(String outcome) {
        var counter = meters.find("concierge.ingest.text-message-route").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private double writes(String outcome, String reason) {
        var counter = meters.find("concierge.ingest.writes").tag("endpoint", "RequestsResource.postMessage")
                .tag("outcome", outcome).tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }
}
