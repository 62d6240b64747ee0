package dev.concierge.notifications.status.messaging;

import dev.concierge.notifications.status.application.DeliveryStatusHandler;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.envelope.EventDecodingException;
import dev.concierge.schemas.notifications.NotificationEvent;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code notifications.events} for the {@code DeliveryStatusReported} that ingest-api writes
 * from Twilio's callbacks; the notifier's own facts on that topic are skipped. Poison records go to
 * {@code notifications.events.dlq}.
 */
@ApplicationScoped
public class DeliveryStatusConsumer {

    private final DeliveryStatusHandler handler;
    private final EventCodec codec;

    DeliveryStatusConsumer(DeliveryStatusHandler handler, EventCodec codec) {
        this.handler = handler;
        this.codec = codec;
    }

    @Incoming("delivery-status")
    @Blocking
    @Retry(maxRetries = 5, delay = 500, jitter = 200, abortOn = EventDecodingException.class)
    public void consume(Record<String, byte[]> record) {
        NotificationEvent event = codec.decode(record.value(), Topics.NOTIFICATIONS_EVENTS).data();
        if (event instanceof NotificationEvent.DeliveryStatusReported report) {
            handler.handle(report);
        }
    }
}
