package dev.concierge.ingest.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.ingest.requests.application.RequestOwnership;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.common.Address;
import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.requests.RequestSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Writes {@code requests.state} records as the stream processor would (or as a broken producer might). */
public final class StateSnapshots {

    private final String bootstrapServers;

    public StateSnapshots(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    public void publish(String requestId, String customerId, RequestStatus status) throws Exception {
        Instant now = Instant.now();
        RequestSnapshot snapshot = new RequestSnapshot(requestId, 5, status, customerId, "Dolo 650, 2 strips",
                List.of(), new Address("12 MG Road", null, null, "Bengaluru", "560001", null), null, null, null,
                List.of(), List.of(), List.of(), null, null, null, null, null, List.of(), List.of(), now, now);
        publishRaw(requestId, EventCodec.standard().encode(
                CloudEvent.of(UUID.randomUUID().toString(), "request-stream-processor", now, requestId, snapshot)));
    }

    /** The service follows requests.state asynchronously; waits until it has seen the final status. */
    public static void awaitClosed(RequestOwnership ownership, String customerId, String requestId)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (ownership.openRequestOf(customerId, Instant.now().minus(Duration.ofHours(1)))
                .filter(requestId::equals).isPresent()) {
            assertThat(System.nanoTime()).as("requests.state followed within 30 s").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    /** Writes {@code value} as the processor writes a snapshot, with its content-type header. */
    public void publishRaw(String key, byte[] value) throws Exception {
        new TopicWriter(bootstrapServers).publishRaw(Topics.REQUESTS_STATE.name(), key, value);
    }
}
