package dev.concierge.projections.notifications.application;

import dev.concierge.projections.notifications.domain.NotificationFact;
import java.time.Instant;
import java.util.List;

/** The notification history from {@code notifications.events}; a new fact is pushed live, a redelivered one is not. */
public final class NotificationProjection {

    private final NotificationReadModel readModel;
    private final RequestLinks links;
    private final NotificationChanges live;

    public NotificationProjection(NotificationReadModel readModel, RequestLinks links, NotificationChanges live) {
        this.readModel = readModel;
        this.links = links;
        this.live = live;
    }

    public boolean fact(NotificationFact fact, Instant recordTime) {
        boolean changed = readModel.record(fact);
        if (changed && live != NotificationChanges.NONE) {
            String cause = fact.causeEventId();
            String requestId = cause == null ? null : links.requestsOf(List.of(cause)).get(cause);
            live.notified(fact, requestId, recordTime);
        }
        return changed;
    }
}
