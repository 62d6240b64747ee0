package dev.concierge.ingest.requests;

import static dev.concierge.ingest.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import dev.concierge.ingest.support.Api;
import dev.concierge.ingest.support.ApiTest;
import dev.concierge.ingest.support.Images;
import dev.concierge.ingest.support.ThreadProbe;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.chat.ChatEvent.ChatMessagePosted;
import dev.concierge.schemas.common.Author;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * The chat message endpoint is non-blocking: its filters and the resource method run on the event
 * loop (the Redis round trip of the rate-limit filter suspends the request instead of holding a
 * thread), and the answer is completed from the producer's callback, with the response filters back
 * on the event loop, never on Kafka's or Redisson's threads. What needs a blocking lookup (an owner
 * not in memory, attachments) runs on a worker; every rule holds on every path.
 */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
class ChatMessageThreadsTest extends ApiTest {

    @Inject
    MongoDatabase database;

    @Test
    void a_chat_message_runs_on_the_event_loop_and_is_answered_there_once_the_broker_acked() {
        Api.Session customer = api.customer();
        String requestId = Api.createRequest(customer);
        String probe = UUID.randomUUID().toString();

        Response answer = message(customer, requestId, Map.of("text", "any brand is fine"), probe);

        assertThat(answer.statusCode()).isEqualTo(202);
        assertThat(ThreadProbe.beforeResource(probe).onEventLoop()).as("filters and resource on the event loop: %s",
                ThreadProbe.beforeResource(probe)).isTrue();
        assertThat(ThreadProbe.inResponseFilters(probe).onEventLoop()).as("response filters on the event loop: %s",
                ThreadProbe.inResponseFilters(probe)).isTrue();
        assertThat(topics.withKey(Topics.CHAT_MESSAGES, requestId)).singleElement().satisfies(stored ->
                assertThat(stored.event().id()).isEqualTo(answer.jsonPath().getString("eventId")));
    }

    @Test
    void a_request_whose_owner_is_not_in_memory_is_looked_up_off_the_event_loop_and_still_only_its_owner_writes() {
        Api.Session owner = api.customer();
        Api.Session stranger = api.customer();
        // a request another instance accepted: its owner is in MongoDB, not in this instance's memory
        String requestId = "req_" + UUID.randomUUID();
        database.getCollection("request_owners").insertOne(new Document("_id", requestId)
                .append("customerId", owner.subject()).append("createdAt", new Date()));
        String probe = UUID.randomUUID().toString();

        assertThat(message(stranger, requestId, Map.of("text", "mine now?"), null).statusCode()).isEqualTo(403);
        Response answer = message(owner, requestId, Map.of("text", "still need it"), probe);

        assertThat(answer.statusCode()).isEqualTo(202);
        assertThat(ThreadProbe.inResponseFilters(probe).onEventLoop()).isTrue();
        assertThat(topics.withKey(Topics.CHAT_MESSAGES, requestId)).singleElement()
                .satisfies(stored -> assertThat(((ChatMessagePosted) stored.data()).authorId()).isEqualTo(owner.subject()));
        assertThat(message(owner, "req_" + UUID.randomUUID(), Map.of("text", "hello?"), null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void a_chat_message_with_a_photo_is_checked_on_a_worker_and_answered_on_the_event_loop() throws Exception {
        Api.Session customer = api.customer();
        Api.Session other = api.customer();
        String requestId = Api.createRequest(customer);
        String photo = Api.upload(customer, Images.png(), "image/png");
        String othersPhoto = Api.upload(other, Images.png(), "image/png");
        String probe = UUID.randomUUID().toString();

        Response refused = message(customer, requestId, Map.of("text", "this one", "mediaIds", List.of(othersPhoto)), null);
        Response answer = message(customer, requestId, Map.of("text", "this one", "mediaIds", List.of(photo)), probe);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.jsonPath().getList("errors.field")).containsExactly("mediaIds[0]");
        assertThat(answer.statusCode()).isEqualTo(202);
        assertThat(ThreadProbe.inResponseFilters(probe).onEventLoop()).isTrue();
        assertThat(topics.withKey(Topics.CHAT_MESSAGES, requestId)).singleElement().satisfies(stored -> {
            ChatMessagePosted posted = (ChatMessagePosted) stored.data();
            assertThat(posted.author()).isEqualTo(Author.CUSTOMER);
            assertThat(posted.attachments()).extracting(attachment -> attachment.mediaId()).containsExactly(photo);
        });
    }

    private static Response message(Api.Session who, String requestId, Map<String, Object> body, String probe) {
        var request = as(who.token()).body(body);
        if (probe != null) {
            request = request.header(ThreadProbe.HEADER, probe);
        }
        return request.when().post("/v1/requests/{id}/messages", requestId);
    }
}
