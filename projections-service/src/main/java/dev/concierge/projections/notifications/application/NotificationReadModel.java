package dev.concierge.projections.notifications.application;

import dev.concierge.projections.notifications.domain.NotificationFact;

/** Where the notifications projection writes. */
public interface NotificationReadModel {

    /**
     * Adds the fact to its notification's history (once per event id) and moves the notification's status
     * forward if the fact takes it further ({@link NotificationFact#progress()}). Answers whether the history
     * was new; a redelivered fact changes nothing.
     */
    boolean record(NotificationFact fact);
}
