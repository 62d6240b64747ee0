package dev.concierge.projections.analytics.messaging;

import dev.concierge.schemas.envelope.EventDecodingException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The live consumers of {@code request_metrics}, one channel (and consumer group) per topic, each
 * handing its records to {@link AnalyticsRecords}. A record is committed after its method returned; an
 * undecodable one goes to its topic's {@code .dlq} with the reason.
 */
@ApplicationScoped
public class AnalyticsRecordsConsumer {

    private final AnalyticsRecords records;

    AnalyticsRecordsConsumer(AnalyticsRecords records) {
        this.records = records;
    }

    @Incoming("analytics-requests-events")
    @Blocking
    @Retry(maxRetries = 5, delay = 500, jitter = 200, abortOn = EventDecodingException.class)
    public void fact(ConsumerRecord<String, byte[]> record) {
        records.apply(record);
    }

    @Incoming("analytics-chat-messages")
    @Blocking
    @Retry(maxRetries = 5, delay = 500, jitter = 200, abortOn = EventDecodingException.class)
    public void message(ConsumerRecord<String, byte[]> record) {
        records.apply(record);
    }
}
