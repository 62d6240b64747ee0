package dev.concierge.projections.notifications.application;

import dev.concierge.projections.notifications.domain.Notification;
import dev.concierge.projections.notifications.domain.NotificationFact;
import dev.concierge.projections.notifications.domain.NotificationFilter;
import dev.concierge.projections.paging.Page;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the notifications read model answers (without request ids: {@link RequestLinks} resolves those). */
public interface NotificationQueries {

    /**
     * Newest first (first fact's time, then id). {@code causes}, when not null, keeps the notifications caused
     * by one of these request facts (the filter's {@code requestId}, resolved).
     */
    Page<Notification> list(NotificationFilter filter, Set<String> causes);

    Optional<Notification> byId(String notificationId);

    /** The notification's facts, oldest first. */
    List<NotificationFact> historyOf(String notificationId);
}
