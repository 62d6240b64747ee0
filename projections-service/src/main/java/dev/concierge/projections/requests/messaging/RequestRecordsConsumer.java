package dev.concierge.projections.requests.messaging;

import dev.concierge.schemas.envelope.EventDecodingException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The live consumers of the requests read model, one channel (and consumer group) per topic, each
 * handing its records to {@link RequestRecords}: {@code requests.state} → {@code requests} (a repeated
 * or older snapshot changes nothing), {@code requests.events} → {@code request_timeline} and
 * {@code chat.messages} → {@code messages} (once per event id). A record is committed after its method
 * returned; an undecodable one goes to its topic's {@code .dlq} with the reason.
 */
@ApplicationScoped
public class RequestRecordsConsumer {

    private final RequestRecords records;

    RequestRecordsConsumer(RequestRecords records) {
        this.records = records;
    }

    @Incoming("request-state")
    @Blocking
    @Retry(maxRetries = 5, delay = 500, jitter = 200, abortOn = EventDecodingException.class)
    public void snapshot(ConsumerRecord<String, byte[]> record) {
        records.apply(record);
    }

    @Incoming("request-events")
    @Blocking
    @Retry(maxRetries = 5, delay = 500, jitter = 200, abortOn = EventDecodingException.class)
    public void fact(ConsumerRecord<String, byte[]> record) {
        records.apply(record);
    }

    @Incoming("chat-messages")
    @Blocking
    @Retry(maxRetries = 5, delay = 500, jitter = 200, abortOn = EventDecodingException.class)
    public void message(ConsumerRecord<String, byte[]> record) {
        records.apply(record);
    }
}
