package dev.concierge.projections.notifications.application;

import dev.concierge.projections.notifications.domain.NotificationFact;
import java.time.Instant;

/** Where the projection announces a new notification fact, for live subscribers; {@code requestId} may be null. */
public interface NotificationChanges {

    /** Tells nobody: what a rebuild applies was pushed when it happened. */
    NotificationChanges NONE = (fact, requestId, recordTime) -> {
    };

    void notified(NotificationFact fact, String requestId, Instant recordTime);
}
