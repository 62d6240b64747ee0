package dev.concierge.projections.notifications.messaging;

import dev.concierge.schemas.envelope.EventDecodingException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The live consumer of the notification history ({@code notifications.events}), handing its records to
 * {@link NotificationRecords}; an undecodable record goes to {@code notifications.events.dlq} with the reason.
 */
@ApplicationScoped
public class NotificationRecordsConsumer {

    private final NotificationRecords records;

    NotificationRecordsConsumer(NotificationRecords records) {
        this.records = records;
    }

    @Incoming("notifications-notifications-events")
    @Blocking
    @Retry(maxRetries = 5, delay = 500, jitter = 200, abortOn = EventDecodingException.class)
    public void fact(ConsumerRecord<String, byte[]> record) {
        records.apply(record);
    }
}
