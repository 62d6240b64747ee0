package dev.concierge.projections.stores.messaging;

import dev.concierge.schemas.envelope.EventDecodingException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The live consumers of the stores read model, one channel (and consumer group) per topic, handing their
 * records to {@link StoreRecords}. A record is committed after its method returned; an undecodable one
 * goes to its topic's {@code .dlq} with the reason.
 */
@ApplicationScoped
public class StoreRecordsConsumer {

    private final StoreRecords records;

    StoreRecordsConsumer(StoreRecords records) {
        this.records = records;
    }

    @Incoming("stores-stores-events")
    @Blocking
    @Retry(maxRetries = 5, delay = 500, jitter = 200, abortOn = EventDecodingException.class)
    public void directory(ConsumerRecord<String, byte[]> record) {
        records.apply(record);
    }

    @Incoming("stores-requests-events")
    @Blocking
    @Retry(maxRetries = 5, delay = 500, jitter = 200, abortOn = EventDecodingException.class)
    public void requestFact(ConsumerRecord<String, byte[]> record) {
        records.apply(record);
    }
}
