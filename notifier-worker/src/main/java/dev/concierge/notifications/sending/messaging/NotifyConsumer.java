package dev.concierge.notifications.sending.messaging;

import dev.concierge.notifications.sending.application.NotificationSender;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.envelope.EventDecodingException;
import dev.concierge.schemas.notifications.NotificationCommand;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code notifications.commands}. The connector commits a record only after the method
 * returned; what cannot be decoded, or still fails after the retries, goes to
 * {@code notifications.commands.dlq} with the reason in the {@code dead-letter-*} headers, and the
 * next record is processed. A retry never sends twice: the send claims remember what went out.
 */
@ApplicationScoped
public class NotifyConsumer {

    private final NotificationSender sender;
    private final EventCodec codec;

    NotifyConsumer(NotificationSender sender, EventCodec codec) {
        this.sender = sender;
        this.codec = codec;
    }

    @Incoming("notify-commands")
    @Blocking
    @Retry(maxRetries = 5, delay = 500, jitter = 200, abortOn = EventDecodingException.class)
    public void consume(Record<String, byte[]> record) {
        NotificationCommand command = codec.decode(record.value(), Topics.NOTIFICATIONS_COMMANDS).data();
        if (command instanceof NotificationCommand.Notify notify) {
            sender.handle(notify);
        }
    }
}
