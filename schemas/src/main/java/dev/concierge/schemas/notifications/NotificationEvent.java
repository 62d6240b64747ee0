package dev.concierge.schemas.notifications;

import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.common.Nullable;
import dev.concierge.schemas.envelope.EventType;

/**
 * Values of {@code notifications.events}. The notifier's facts are keyed by recipient id and name
 * the notification by the {@code Notify} command's idempotency key; {@link DeliveryStatusReported}
 * comes from the ingest API, which knows only the gateway's message id, and is keyed by that.
 */
public sealed interface NotificationEvent {

    @EventType("concierge.notification.sent.v1")
    record NotificationSent(
            String notificationId,
            String recipientId,
            Channel channel,
            String templateId,
            String providerMessageId) implements NotificationEvent {
    }

    @EventType("concierge.notification.delivered.v1")
    record NotificationDelivered(String notificationId, String recipientId, Channel channel, String providerMessageId)
            implements NotificationEvent {
    }

    /** Every channel failed; {@code channel} is the last one tried, absent when none could be tried. */
    @EventType("concierge.notification.failed.v1")
    record NotificationFailed(String notificationId, String recipientId, @Nullable Channel channel, String reason)
            implements NotificationEvent {
    }

    /**
     * A Twilio status callback, normalised: {@code status} is Twilio's {@code MessageStatus}
     * (queued, sent, delivered, undelivered, failed, read), {@code to} the address without the
     * {@code whatsapp:} prefix.
     */
    @EventType("concierge.notification.delivery-status-reported.v1")
    record DeliveryStatusReported(
            String providerMessageId,
            String status,
            Channel channel,
            @Nullable String to,
            @Nullable String errorCode,
            @Nullable String errorMessage) implements NotificationEvent {
    }
}
