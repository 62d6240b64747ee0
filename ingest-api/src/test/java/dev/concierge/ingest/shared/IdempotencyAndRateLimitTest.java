package dev.concierge.ingest.shared;

import static dev.concierge.ingest.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.concierge.ingest.support.Api;
import dev.concierge.ingest.support.TopicReader;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
class IdempotencyAndRateLimitTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;
    @ConfigProperty(name = "concierge.rate-limit.per-user.permits")
    int userPermits;
    TopicReader topics;
    Api api;

    @BeforeEach
    void connect() {
        topics = new TopicReader(kafka);
        api = new Api(topics);
    }

    @Test
    void the_same_idempotency_key_twice_gives_one_event_and_the_same_answer() {
        Api.Session customer = api.customer();
        String requestId = Api.createRequest(customer);
        String key = UUID.randomUUID().toString();

        Response first = as(customer.token()).header("Idempotency-Key", key).body(Map.of("text", "2 packs please"))
                .when().post("/v1/requests/{id}/messages", requestId);
        Response second = as(customer.token()).header("Idempotency-Key", key).body(Map.of("text", "2 packs please"))
                .when().post("/v1/requests/{id}/messages", requestId);

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(second.statusCode()).isEqualTo(202);
        assertThat(second.jsonPath().getString("eventId")).isEqualTo(first.jsonPath().getString("eventId"));
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(topics.withKey(Topics.CHAT_MESSAGES, requestId)).hasSize(1);
    }

    @Test
    void a_refused_write_does_not_burn_its_idempotency_key() {
        Api.Session customer = api.customer();
        String requestId = Api.createRequest(customer);
        String key = UUID.randomUUID().toString();

        as(customer.token()).header("Idempotency-Key", key).body(Map.of("mediaIds", java.util.List.of()))
                .when().post("/v1/requests/{id}/messages", requestId).then().statusCode(400);
        as(customer.token()).header("Idempotency-Key", key).body(Map.of("text", "fixed"))
                .when().post("/v1/requests/{id}/messages", requestId).then().statusCode(202);

        assertThat(topics.withKey(Topics.CHAT_MESSAGES, requestId)).hasSize(1);
    }

    @Test
    void exceeding_the_per_user_budget_answers_429_with_retry_after() {
        Api.Session customer = api.customer();
        String requestId = Api.createRequest(customer);
        // sign-in and creation already spent part of the budget; typing is cheap and writes nothing to Kafka
        int status = 0;
        for (int i = 0; i <= userPermits && status != 429; i++) {
            status = as(customer.token()).when().post("/v1/requests/{id}/typing", requestId).statusCode();
        }

        as(customer.token()).when().post("/v1/requests/{id}/typing", requestId)
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", equalTo("60"))
                .body("type", equalTo("/problems/rate-limited"));
    }
}
