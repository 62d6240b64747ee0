package dev.concierge.projections.customers.messaging;

import dev.concierge.schemas.envelope.EventDecodingException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The live consumer of the customers read model ({@code customers.events} → {@code customers}). A record
 * is committed after the method returned; an undecodable one goes to {@code customers.events.dlq}.
 */
@ApplicationScoped
public class CustomerRecordsConsumer {

    private final CustomerRecords records;

    CustomerRecordsConsumer(CustomerRecords records) {
        this.records = records;
    }

    @Incoming("customers-customers-events")
    @Blocking
    @Retry(maxRetries = 5, delay = 500, jitter = 200, abortOn = EventDecodingException.class)
    public void customerEvent(ConsumerRecord<String, byte[]> record) {
        records.apply(record);
    }
}
