package dev.concierge.ingest.outage;

import static dev.concierge.ingest.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.ingest.support.Api;
import dev.concierge.ingest.support.ApiTest;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.chat.ChatEvent.ChatMessagePosted;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 2: with the broker unreachable a write answers 503 within 5 s and is not reported
 * accepted; once the broker is back, writes succeed again without restarting the service.
 *
 * <p>Why a proxy rather than stopping the shared broker: every other test in this JVM (and other
 * modules under {@code ./concierge test}) use that broker. The service here talks to a broker of
 * its own through a TCP relay that the test cuts and restores — for the Kafka client a cut relay
 * is exactly a dead broker (connections dropped, new ones reset), and it is deterministic.
 */
@QuarkusTest
@TestProfile(BrokerOutageTest.OwnBrokerBehindAProxy.class)
class BrokerOutageTest extends ApiTest {

    public static class OwnBrokerBehindAProxy implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ProxiedKafkaResource.class));
        }
    }

    /** Injected by {@link ProxiedKafkaResource}: {@code kafka}, {@code redis}, {@code mongodb}; false cuts one off, true brings it back. */
    Map<String, Consumer<Boolean>> links;

    @AfterEach
    void reconnect() {
        links.values().forEach(link -> link.accept(true));
    }

    @Test
    void a_write_while_the_broker_is_down_is_refused_within_5_seconds_and_works_again_after() throws Exception {
        Api.Session customer = api.customer();
        String requestId = Api.createRequest(customer);

        links.get("kafka").accept(false);
        long started = System.nanoTime();
        Response refused = message(customer, requestId, "sent while the broker was down");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(took).isLessThan(Duration.ofSeconds(5));

        links.get("kafka").accept(true);
        Response accepted = awaitAccepted(customer, requestId, "sent after the broker came back");

        assertThat(accepted.statusCode()).isEqualTo(202);
        List<String> stored = storedTexts(requestId);
        assertThat(stored).doesNotContain("sent while the broker was down").contains("sent after the broker came back");
        assertThat(stored).filteredOn("sent after the broker came back"::equals).hasSize(1);
    }

    @Test
    void a_write_while_redis_is_down_is_refused_with_503_and_works_again_after() throws Exception {
        // given a signed-in customer with a request, while Redis (rate limits, idempotency) is reachable
        Api.Session customer = api.customer();
        String requestId = Api.createRequest(customer);

        // when Redis goes away and the customer writes
        links.get("redis").accept(false);
        long started = System.nanoTime();
        Response refused = message(customer, requestId, "sent while redis was down");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        // then the write is refused as temporarily unavailable, not accepted and not a 500
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("type")).isEqualTo("/problems/dependency-unavailable");
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(took).isLessThan(Duration.ofSeconds(5));

        // and once Redis is back the same service accepts writes again
        links.get("redis").accept(true);
        Response accepted = awaitAccepted(customer, requestId, "sent after redis came back");

        assertThat(accepted.statusCode()).isEqualTo(202);
        List<String> stored = storedTexts(requestId);
        assertThat(stored).doesNotContain("sent while redis was down");
        assertThat(stored).filteredOn("sent after redis came back"::equals).hasSize(1);
    }

    @Test
    void a_write_that_needs_mongodb_while_it_is_down_is_refused_with_503_and_works_again_after() throws Exception {
        // given a signed-in customer with a request, while MongoDB (request ownership) is reachable
        Api.Session customer = api.customer();
        String requestId = Api.createRequest(customer);

        // when MongoDB goes away and the customer asks for something new (its owner is recorded in MongoDB)
        links.get("mongodb").accept(false);
        long started = System.nanoTime();
        Response refused = newRequest(customer);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        // then the write is refused as temporarily unavailable (the driver gives up selecting a
        // server after quarkus.mongodb.server-selection-timeout, 5 s), not accepted and not a 500
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("type")).isEqualTo("/problems/dependency-unavailable");
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(took).isLessThan(Duration.ofSeconds(10));

        // while a message on the request it already has is still taken: the owner is held in memory
        assertThat(message(customer, requestId, "sent while mongodb was down").statusCode()).isEqualTo(202);

        // and once MongoDB is back the same service accepts new requests again
        links.get("mongodb").accept(true);
        Response accepted = awaitAccepted(() -> newRequest(customer));

        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(storedTexts(requestId)).filteredOn("sent while mongodb was down"::equals).hasSize(1);
    }

    /** The client reconnects with a backoff of at most a second; give it a few tries, not a restart. */
    private static Response awaitAccepted(Api.Session customer, String requestId, String text) throws Exception {
        return awaitAccepted(() -> message(customer, requestId, text));
    }

    private static Response awaitAccepted(Supplier<Response> write) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Response last;
        do {
            last = write.get();
            if (last.statusCode() == 202 || System.nanoTime() > deadline) {
                return last;
            }
            Thread.sleep(500);
        } while (true);
    }

    /** The texts of the chat messages that really landed for the request. */
    private List<String> storedTexts(String requestId) {
        return topics.withKey(Topics.CHAT_MESSAGES, requestId).stream()
                .map(landed -> ((ChatMessagePosted) landed.data()).text()).toList();
    }

    private static Response newRequest(Api.Session customer) {
        return as(customer.token()).body(Map.of("text", "Dolo 650, 2 strips", "mediaIds", List.of(),
                "deliveryAddress", Api.address())).when().post("/v1/requests");
    }

    private static Response message(Api.Session customer, String requestId, String text) {
        return as(customer.token()).body(Map.of("text", text)).when().post("/v1/requests/{id}/messages", requestId);
    }
}
