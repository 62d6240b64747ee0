package dev.concierge.projections.notifications.domain;

import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.notifications.NotificationEvent;
import dev.concierge.schemas.notifications.NotificationEvent.NotificationDelivered;
import dev.concierge.schemas.notifications.NotificationEvent.NotificationFailed;
import dev.concierge.schemas.notifications.NotificationEvent.NotificationSent;
import java.time.Instant;
import java.util.Optional;

/**
 * One of the notifier's facts about a notification, as its history keeps it. {@code templateId} is known
 * from a SENT fact only; {@code reason} from a FAILED one. No address is kept: the facts carry none (phone
 * numbers and emails stay with the notifier).
 */
public record NotificationFact(String eventId, String notificationId, String recipientId, NotificationStatus status,
        Channel channel, String templateId, String reason, String providerMessageId, Instant at) {

    /**
     * The fact an event states; empty for a {@code DeliveryStatusReported} (the gateway's raw callback, keyed by
     * its message id: the notifier turns the decisive ones into NotificationDelivered / NotificationFailed).
     */
    public static Optional<NotificationFact> of(String eventId, NotificationEvent event, Instant at) {
        if (event instanceof NotificationSent sent) {
            return Optional.of(new NotificationFact(eventId, sent.notificationId(), sent.recipientId(),
                    NotificationStatus.SENT, sent.channel(), sent.templateId(), null, sent.providerMessageId(), at));
        }
        if (event instanceof NotificationDelivered delivered) {
            return Optional.of(new NotificationFact(eventId, delivered.notificationId(), delivered.recipientId(),
                    NotificationStatus.DELIVERED, delivered.channel(), null, null, delivered.providerMessageId(), at));
        }
        if (event instanceof NotificationFailed failed) {
            return Optional.of(new NotificationFact(eventId, failed.notificationId(), failed.recipientId(),
                    NotificationStatus.FAILED, failed.channel(), null, failed.reason(), null, at));
        }
        return Optional.empty();
    }

    /** See {@link Notification#causeOf(String)}. */
    public String causeEventId() {
        return Notification.causeOf(notificationId);
    }

    public String progress() {
        return status.progress(at, eventId);
    }
}
