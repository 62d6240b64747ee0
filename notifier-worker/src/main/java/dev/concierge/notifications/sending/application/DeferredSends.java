package dev.concierge.notifications.sending.application;

import dev.concierge.schemas.notifications.NotificationCommand.Notify;
import java.time.Instant;
import java.util.List;

/** Notifications waiting for the end of their recipient's quiet hours; stored, so they survive a restart. */
public interface DeferredSends {

    /** Keeps the command (its secrets still encrypted) until {@code dueAt}; deferring it again replaces it. */
    void defer(Notify notify, Instant dueAt);

    List<Notify> due(Instant now, int limit);

    void remove(String notificationId);
}
