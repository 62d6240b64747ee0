package dev.concierge.projections.requests.messaging;

import dev.concierge.projections.requests.application.RequestProjection;
import dev.concierge.schemas.envelope.EventDecodingException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * {@code requests.events} → collection {@code request_timeline}, once per event id. Facts of types
 * this build does not know are kept too; only undecodable records go to {@code requests.events.dlq}.
 * The record itself (not just its value) is taken: its partition and offset order the timeline.
 */
@ApplicationScoped
public class RequestEventsConsumer {

    private final RequestProjection projection;
    private final TimelineEntryReader reader;

    RequestEventsConsumer(RequestProjection projection, TimelineEntryReader reader) {
        this.projection = projection;
        this.reader = reader;
    }

    @Incoming("request-events")
    @Blocking
    @Retry(maxRetries = 5, delay = 500, jitter = 200, abortOn = EventDecodingException.class)
    public void consume(ConsumerRecord<String, byte[]> record) {
        projection.fact(reader.read(record.value(), record.partition(), record.offset()));
    }
}
