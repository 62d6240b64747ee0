package dev.concierge.projections.notifications.domain;

import dev.concierge.projections.ordering.FactOrder;
import java.time.Instant;

/**
 * Where a notification stands. It only moves forward: SENT, then FAILED (every channel failed after all) or
 * DELIVERED (the provider confirmed it; also after a fallback to another channel). Among facts of the same
 * status the later one wins (e.g. a WhatsApp that failed over to SMS shows the SMS).
 */
public enum NotificationStatus {
    SENT, FAILED, DELIVERED;

    /** A key that sorts facts by how far they take the notification, then in {@link FactOrder}. */
    public String progress(Instant at, String eventId) {
        return ordinal() + "|" + FactOrder.of(at, eventId);
    }
}
