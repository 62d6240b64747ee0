package dev.concierge.projections.requests.messaging;

import dev.concierge.projections.requests.application.RequestProjection;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.envelope.EventDecodingException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * {@code requests.state} → collection {@code requests}. Snapshots carry a version, so a repeated or
 * older one changes nothing. Undecodable records go to {@code requests.state.dlq} with the reason.
 */
@ApplicationScoped
public class RequestStateConsumer {

    private final RequestProjection projection;
    private final EventCodec codec;

    RequestStateConsumer(RequestProjection projection, EventCodec codec) {
        this.projection = projection;
        this.codec = codec;
    }

    @Incoming("request-state")
    @Blocking
    @Retry(maxRetries = 5, delay = 500, jitter = 200, abortOn = EventDecodingException.class)
    public void consume(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            // a compaction tombstone: the processor writes none today, and deleting a read-model row is erasure's job
            return;
        }
        projection.snapshot(codec.decode(record.value(), Topics.REQUESTS_STATE).data(),
                Instant.ofEpochMilli(record.timestamp()));
    }
}
