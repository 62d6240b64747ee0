package dev.concierge.projections.transactions.messaging;

import dev.concierge.schemas.envelope.EventDecodingException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The live consumer of {@code transactions}: {@code payments.events} → one document per fact. A record
 * is committed after the method returned; an undecodable one goes to {@code payments.events.dlq}.
 */
@ApplicationScoped
public class TransactionRecordsConsumer {

    private final TransactionRecords records;

    TransactionRecordsConsumer(TransactionRecords records) {
        this.records = records;
    }

    @Incoming("transactions-payments-events")
    @Blocking
    @Retry(maxRetries = 5, delay = 500, jitter = 200, abortOn = EventDecodingException.class)
    public void fact(ConsumerRecord<String, byte[]> record) {
        records.apply(record);
    }
}
