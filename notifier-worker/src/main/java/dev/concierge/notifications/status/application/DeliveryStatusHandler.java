package dev.concierge.notifications.status.application;

import dev.concierge.notifications.sending.application.NotificationEvents;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.notifications.NotificationCommand.Notify;
import dev.concierge.schemas.notifications.NotificationEvent.DeliveryStatusReported;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the provider's status reports (normalised by ingest-api, keyed by Twilio's SID) into facts
 * about the original notification: {@code delivered}/{@code read} → {@code NotificationDelivered}
 * once; {@code failed}/{@code undelivered} → the next channel of the Notify (a WhatsApp falls back to
 * SMS when the recipient's channels allow) or {@code NotificationFailed}. Intermediate statuses
 * (queued, sent) and messages that are not ours change nothing.
 */
public final class DeliveryStatusHandler {

    /** Continues a notification on the channels after one that failed to deliver. */
    public interface Fallback {
        void fallBack(Notify notify, Channel failed, String reason);
    }

    private static final Set<String> DELIVERED = Set.of("delivered", "read");
    private static final Set<String> FAILED = Set.of("failed", "undelivered");

    private final DeliveryLog deliveries;
    private final NotificationEvents events;
    private final Fallback fallback;

    public DeliveryStatusHandler(DeliveryLog deliveries, NotificationEvents events, Fallback fallback) {
        this.deliveries = deliveries;
        this.events = events;
        this.fallback = fallback;
    }

    public void handle(DeliveryStatusReported report) {
        String status = report.status();
        if (!DELIVERED.contains(status) && !FAILED.contains(status)) {
            return;
        }
        Optional<DeliveryLog.Delivery> found = deliveries.find(report.providerMessageId());
        if (found.isEmpty() || !deliveries.settle(report.providerMessageId(), status)) {
            return; // not one of ours, or already decided by an earlier report
        }
        DeliveryLog.Delivery delivery = found.get();
        if (DELIVERED.contains(status)) {
            events.delivered(delivery.notificationId(), delivery.recipientId(), delivery.channel(),
                    delivery.providerMessageId());
            return;
        }
        String reason = status + (report.errorCode() != null ? ": " + report.errorCode() : "");
        if (delivery.command() != null) {
            fallback.fallBack(delivery.command(), delivery.channel(), reason);
        } else {
            events.failed(delivery.notificationId(), delivery.recipientId(), delivery.channel(), reason);
        }
    }
}
