package dev.concierge.projections.requests.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One fact of a request's life as the timeline shows it: the envelope's id, type and time, where it
 * sat on {@code requests.events} (partition and offset: the topic's order, the tie-break when two facts
 * carry the same time), the fact's data as JSON, and who issued the command that caused it, when known.
 * Types this service does not know yet are kept the same way: the contract grows. {@code erased}: the
 * personal fields of its data were erased with the customer's data key (they read as null).
 */
public record TimelineEntry(
        String eventId,
        String requestId,
        String type,
        Instant time,
        int partition,
        long offset,
        String dataJson,
        String actorId,
        String actorRole,
        boolean erased) {

    /** A fact as it came from the topic (nothing erased). */
    public TimelineEntry(String eventId, String requestId, String type, Instant time, int partition, long offset,
            String dataJson, String actorId, String actorRole) {
        this(eventId, requestId, type, time, partition, offset, dataJson, actorId, actorRole, false);
    }

    public TimelineEntry {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(dataJson, "dataJson");
    }
}
