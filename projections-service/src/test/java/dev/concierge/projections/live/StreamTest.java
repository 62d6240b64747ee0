package dev.concierge.projections.live;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.projections.support.Journey;
import dev.concierge.projections.support.ProjectionTopics;
import dev.concierge.projections.support.ReadModelTest;
import dev.concierge.projections.support.Waiting;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.common.Author;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.notifications.NotificationEvent.NotificationSent;
import dev.concierge.testkit.TestInfra;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.redisson.config.Config;

/**
 * Acceptance 5 of issue #14: a change produced to Kafka is pushed on {@code GET /v1/stream} to a
 * subscribed client that may see it, and not to another customer. The delay is printed, not asserted.
 * Also: resuming with {@code Last-Event-ID}, notifications, and typing signals from the real redis-server.
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
    void a_client_reconnecting_with_last_event_id_gets_exactly_the_changes_it_missed_that_it_may_see() {
        // given the owner saw their request's first snapshot, then disconnected
        Journey journey = journey(uniqueId("cus_"), uniqueId("agt_"), "groceries", "Ghee", 1);
        Journey strangers = journey(uniqueId("cus_"), uniqueId("agt_"), "groceries", "Dal", 1);
        Subscriber owner = subscribe(TestTokens.customer(journey.customerId), null);
        topics.publish(Topics.REQUESTS_STATE, journey.state(1, RequestStatus.NEW));
        Event seen = owner.awaitEvent(journey.requestId);
        owner.close();

        // when their request changes twice and another customer's once while they are away
        topics.publish(Topics.REQUESTS_STATE, journey.state(2, RequestStatus.SOURCING));
        topics.publish(Topics.CHAT_MESSAGES, journey.chat().get(1));
        topics.publish(Topics.REQUESTS_STATE, strangers.state(1, RequestStatus.NEW));
        topics.awaitConsumed(ProjectionTopics.STATE_GROUP, Topics.REQUESTS_STATE.name());
        topics.awaitConsumed(ProjectionTopics.CHAT_GROUP, Topics.CHAT_MESSAGES.name());
        Subscriber back = subscribe(TestTokens.customer(journey.customerId), seen.id());

        // then before the ready event come exactly the two missed changes of their request, each with an id
        List<Event> missed = back.beforeReady();
        assertThat(missed).extracting(Event::data).hasSize(2)
                .anyMatch(data -> data.contains("\"kind\":\"request\"") && data.contains("\"version\":2"))
                .anyMatch(data -> data.contains("\"kind\":\"message\"") && data.contains("On it!"))
                .allMatch(data -> data.contains(journey.requestId));
        assertThat(missed).extracting(Event::id).doesNotContainNull().doesNotContain(seen.id());
        back.close();
    }

    @Test
    void a_last_event_id_that_is_not_kept_any_more_gets_a_reset() {
        Subscriber client = subscribe(TestTokens.admin(), "00000000-1");

        assertThat(client.beforeReady()).extracting(Event::data).singleElement()
                .satisfies(data -> assertThat(data).contains("\"kind\":\"reset\""));
        client.close();
    }

    @Test
    void a_read_receipt_is_pushed_to_the_owner_and_staff_but_not_to_another_customer() {
        // given a request in the read model and three subscribers
        Journey journey = journey(uniqueId("cus_"), uniqueId("agt_"), "groceries", "Curd 400 g", 1);
        created(journey, RequestStatus.NEW);
        Subscriber owner = subscribe(TestTokens.customer(journey.customerId));
        Subscriber stranger = subscribe(TestTokens.customer(uniqueId("cus_")));
        Subscriber admin = subscribe(TestTokens.admin());

        // when the agent's read receipt is produced to Kafka
        String upTo = "msg_1" + journey.requestId;
        topics.publish(Topics.CHAT_MESSAGES, journey.read(Author.AGENT, upTo, 3));

        // then the owner and the admin are told who read up to which message and when; the other customer is not
        assertThat(owner.await("\"kind\":\"read\"")).contains(journey.requestId).contains("\"reader\":\"AGENT\"")
                .contains("\"upToMessageId\":\"" + upTo + "\"").contains("\"readAt\":\"" + journey.at(3) + "\"");
        admin.await("\"kind\":\"read\"");
        topics.awaitConsumed(ProjectionTopics.CHAT_GROUP, Topics.CHAT_MESSAGES.name());
        assertThat(stranger.lines()).noneMatch(line -> line.contains(journey.requestId));
        Stream.of(owner, stranger, admin).forEach(Subscriber::close);
    }

    @Test
    void a_notification_reaches_its_recipient_and_staff_but_not_another_customer() {
        String customer = uniqueId("cus_");
        Subscriber recipient = subscribe(TestTokens.customer(customer), null);
        Subscriber stranger = subscribe(TestTokens.customer(uniqueId("cus_")), null);
        Subscriber admin = subscribe(TestTokens.admin(), null);
        String id = "otp-" + UUID.randomUUID();

        topics.publish(Topics.NOTIFICATIONS_EVENTS, CloudEvent.of(UUID.randomUUID().toString(), "notifier-worker",
                Instant.now(), customer, new NotificationSent(id, customer, Channel.SMS, "auth.otp", "SM7")));

        assertThat(recipient.await(id)).contains("\"kind\":\"notification\"").contains("\"status\":\"SENT\"");
        admin.await(id);
        topics.awaitConsumed("projections-service-notifications-notifications-events",
                Topics.NOTIFICATIONS_EVENTS.name());
        assertThat(stranger.lines()).noneMatch(line -> line.contains(id));
        Stream.of(recipient, stranger, admin).forEach(Subscriber::close);
    }

    @Test
    void typing_published_on_redis_reaches_the_owner_and_staff_but_not_another_customer() {
        // given a request in the read model and three subscribers
        Journey journey = journey(uniqueId("cus_"), uniqueId("agt_"), "groceries", "Paneer", 1);
        created(journey, RequestStatus.NEW);
        Subscriber owner = subscribe(TestTokens.customer(journey.customerId), null);
        Subscriber stranger = subscribe(TestTokens.customer(uniqueId("cus_")), null);
        Subscriber admin = subscribe(TestTokens.admin(), null);
        String signal = "{\"requestId\":\"" + journey.requestId + "\",\"userId\":\"" + journey.agentId
                + "\",\"role\":\"agent\",\"at\":\"" + Instant.now() + "\"}";

        // when ingest-api's signal is published on typing:<requestId> on the real redis-server (again until it
        // arrives: a typing signal is momentary, and the relay subscribes when the application starts)
        RedissonClient redis = redis();
        try {
            Waiting.until("a typing signal on the owner's stream", () -> {
                redis.getTopic("typing:" + journey.requestId, StringCodec.INSTANCE).publish(signal);
                return owner.lines().stream().anyMatch(line -> line.contains("\"kind\":\"typing\""));
            });
        } finally {
            redis.shutdown();
        }

        // then the owner and staff get it, the other customer does not
        assertThat(owner.await("\"kind\":\"typing\"")).contains(journey.agentId).contains(journey.requestId);
        admin.await("\"kind\":\"typing\"");
        assertThat(stranger.lines()).noneMatch(line -> line.contains(journey.requestId));
        Stream.of(owner, stranger, admin).forEach(Subscriber::close);
    }

    @Test
    void the_stream_needs_a_token() {
        given().when().get("/v1/stream").then().statusCode(401).contentType("application/problem+json");
    }

    private Subscriber subscribe(String token) {
        return subscribe(token, null);
    }

    private Subscriber subscribe(String token, String lastEventId) {
        Subscriber subscriber = new Subscriber();
        HttpRequest.Builder builder = HttpRequest.newBuilder(stream).header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            builder.header("Last-Event-ID", lastEventId);
        }
        HttpRequest request = builder.build();
        subscriber.response = HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenApply(response -> {
                    response.body().forEach(subscriber.lines::add);
                    return response;
                });
        // the first item says the stream listens to the feed: from then on nothing is missed
        subscriber.await("\"kind\":\"ready\"");
        return subscriber;
    }

    private static RedissonClient redis() {
        Config config = new Config();
        config.useSingleServer().setAddress(TestInfra.redisUrl());
        return Redisson.create(config);
    }

    /** One received Server-Sent Event: its id (null when it has none) and its data line. */
    private record Event(String id, String data) {
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

        /** The events received so far: an {@code id:} line names the {@code data:} line that follows it. */
        List<Event> events() {
            List<Event> events = new ArrayList<>();
            String id = null;
            for (String line : lines()) {
                if (line.startsWith("id:")) {
                    id = line.substring(3).trim();
                } else if (line.startsWith("data:")) {
                    events.add(new Event(id, line.substring(5)));
                    id = null;
                } else if (line.isEmpty()) {
                    id = null;
                }
            }
            return events;
        }

        Event awaitEvent(String text) {
            await(text);
            return events().stream().filter(event -> event.data().contains(text)).findFirst().orElseThrow();
        }

        /** The events before the first {@code ready}: what a resumed stream replays. */
        List<Event> beforeReady() {
            List<Event> events = events();
            return events.stream().takeWhile(event -> !event.data().contains("\"kind\":\"ready\"")).toList();
        }

        void close() {
            response.cancel(true);
        }
    }
}
