package dev.concierge.ingest.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.concierge.ingest.shared.application.EventPublisher;
import dev.concierge.ingest.shared.application.PayloadTooLargeException;
import dev.concierge.ingest.shared.web.problems.Problems;
import dev.concierge.ingest.support.ApiTest;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.chat.ChatEvent.ChatMessagePosted;
import dev.concierge.schemas.common.Author;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The last line behind the field limits: a record the broker will never take (over its 1 MB
 * request size) is the client's problem, 413, and not an outage (503 with Retry-After) that tells
 * the client to send the same thing again.
 */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
class OversizedEventTest extends ApiTest {

    @Inject
    EventPublisher events;

    @Test
    void an_event_too_large_for_kafka_is_refused_as_413_and_nothing_is_stored() {
        String requestId = "req_" + UUID.randomUUID();
        ChatMessagePosted huge = new ChatMessagePosted("msg_1", requestId, Author.CUSTOMER, "cus_1",
                "x".repeat(1_500_000), List.of(), Instant.now());

        Throwable refused = catchThrowable(() -> events.publish(Topics.CHAT_MESSAGES, requestId, huge));

        assertThat(refused).isInstanceOf(PayloadTooLargeException.class);
        Problems.Problem problem = Problems.describe(refused, "/v1/requests/" + requestId + "/messages");
        assertThat(problem.detail().status()).isEqualTo(413);
        assertThat(problem.retryAfter()).isNull();
        assertThat(topics.withKey(Topics.CHAT_MESSAGES, requestId)).isEmpty();
    }
}
