package dev.concierge.projections.requests.application;

import dev.concierge.projections.requests.domain.ChatMessage;
import dev.concierge.projections.requests.domain.RequestDocument;
import dev.concierge.projections.requests.domain.TimelineEntry;

/**
 * Where the projection writes. Each write is one atomic, idempotent step in the store, so a
 * redelivered record changes nothing; each answers whether it changed anything.
 */
public interface RequestReadModel {

    /** Stores the document unless one of the same or a newer version is there already. */
    boolean save(RequestDocument document);

    /** Adds the fact to its request's timeline unless its event id is there already. */
    boolean append(TimelineEntry entry);

    /** Adds the message to its request's conversation unless its event id is there already. */
    boolean append(ChatMessage message);
}
