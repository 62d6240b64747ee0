package dev.concierge.projections.ordering;

import java.time.Instant;
import java.util.Objects;

/**
 * The order of an aggregate's facts where they carry no version of their own: the envelope time, ties
 * broken by the event id, as one string that sorts the same way (zero-padded seconds and nanoseconds).
 * A redelivered fact (same id, same time) is not newer than itself, and an older fact that arrives late
 * is older, so a guard "only if newer" applies each fact at most once and never goes back in time; a
 * replay orders them the same, whatever the interleaving.
 */
public final class FactOrder {

    private FactOrder() {
    }

    public static String of(Instant time, String eventId) {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(eventId, "eventId");
        return String.format("%012d.%09d|%s", time.getEpochSecond(), time.getNano(), eventId);
    }
}
