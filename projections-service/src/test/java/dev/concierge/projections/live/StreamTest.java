package dev.concierge.projections.live;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.projections.support.Journey;
import dev.concierge.projections.support.ReadModelTest;
import dev.concierge.projections.support.Waiting;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.testkit.ConciergeTestResource;
import dev.concierge.testkit.auth.JwksStandInResource;
import dev.concierge.testkit.auth.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 5 of issue #14: a change produced to Kafka is pushed on {@code GET /v1/stream} to a
 * subscribed client that may see it, and not to another customer. The delay is printed, not asserted.
 */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
@WithTestResource(JwksStandInResource.class)
class StreamTest extends ReadModelTest {

    @TestHTTPResource("/v1/stream")
    URI stream;

    @Test
    void a_snapshot_on_kafka_is_pushed_to_its_owner_and_staff_but_not_to_another_customer() {
        // given three subscribers: the owner, another customer and an admin
        Journey journey = journey(uniqueId("cus_"), uniqueId("agt_"), "groceries", "Milk", 1);
        Subscriber owner = subscribe(TestTokens.customer(journey.customerId));
        Subscriber stranger = subscribe(TestTokens.customer(uniqueId("cus_")));
        Subscriber admin = subscribe(TestTokens.admin());

        // when the request's snapshot and a chat message are produced to Kafka
        long sent = System.nanoTime();
        topics.publish(Topics.REQUESTS_STATE, journey.state(1, RequestStatus.NEW));
        String pushed = owner.await(journey.requestId);
        long delayMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent);
        System.out.printf("Kafka record to SSE push, measured by the client: %d ms%n", delayMillis);
        topics.publish(Topics.CHAT_MESSAGES, journey.chat().get(0));

        // then the owner and the admin get both, the other customer neither
        assertThat(pushed).contains("\"kind\":\"request\"").contains("\"status\":\"NEW\"");
        owner.await("\"kind\":\"message\"");
        admin.await("\"kind\":\"message\"");
        assertThat(admin.lines()).anyMatch(line -> line.contains("\"kind\":\"request\"") && line.contains(journey.requestId));
        assertThat(stranger.lines()).noneMatch(line -> line.contains(journey.requestId));
        // and the push latency timer counted the pushes
        assertThat(given().when().get("/q/metrics").asString()).contains("concierge_projections_push_latency_seconds_count");
        Stream.of(owner, stranger, admin).forEach(Subscriber::close);
    }

    @Test
    void the_stream_needs_a_token() {
        given().when().get("/v1/stream").then().statusCode(401).contentType("application/problem+json");
    }

    private Subscriber subscribe(String token) {
        Subscriber subscriber = new Subscriber();
        HttpRequest request = HttpRequest.newBuilder(stream).header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream").build();
        subscriber.response = HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenApply(response -> {
                    response.body().forEach(subscriber.lines::add);
                    return response;
                });
        // the first item says the stream listens to the feed: from then on nothing is missed
        subscriber.await("\"kind\":\"ready\"");
        return subscriber;
    }

    /** One open SSE connection and every line it received so far. */
    private static final class Subscriber {

        private final List<String> lines = new CopyOnWriteArrayList<>();
        private CompletableFuture<HttpResponse<Stream<String>>> response;

        String await(String text) {
            String[] found = new String[1];
            Waiting.until("a pushed line with " + text, () -> {
                found[0] = lines.stream().filter(line -> line.contains(text)).findFirst().orElse(null);
                return found[0] != null;
            });
            return found[0];
        }

        List<String> lines() {
            return List.copyOf(lines);
        }

        void close() {
            response.cancel(true);
        }
    }
}
