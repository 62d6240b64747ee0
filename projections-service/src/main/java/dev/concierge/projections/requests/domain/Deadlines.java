package dev.concierge.projections.requests.domain;

import dev.concierge.schemas.requests.RequestSnapshot;
import dev.concierge.schemas.requests.RequestSnapshot.RunningDeadline;
import java.time.Instant;
import java.util.function.Predicate;

/**
 * The times the SLA filter and the due-soonest order read from a snapshot's running deadlines, to the
 * millisecond as MongoDB keeps them. A request with no deadline of the kind asked for is due
 * {@link #NEVER}: a far-future time, so it sorts last and is never due soon.
 */
public final class Deadlines {

    public static final Instant NEVER = Instant.parse("9999-12-31T23:59:59Z");
    private static final String BREACH_FLAG = "sla-breached:";

    private Deadlines() {
    }

    /** The soonest running deadline of any kind. */
    public static Instant next(RequestSnapshot snapshot) {
        return soonest(snapshot, deadline -> true);
    }

    /** The soonest running deadline that watches a published promise. */
    public static Instant nextSla(RequestSnapshot snapshot) {
        return soonest(snapshot, deadline -> deadline.sla() != null);
    }

    /** Whether the processor flagged a broken promise ({@code SlaBreached}) on the request. */
    public static boolean breached(RequestSnapshot snapshot) {
        return snapshot.flags().stream().anyMatch(flag -> flag.startsWith(BREACH_FLAG));
    }

    private static Instant soonest(RequestSnapshot snapshot, Predicate<RunningDeadline> kind) {
        return snapshot.deadlines().stream().filter(kind).map(RunningDeadline::dueAt)
                .map(at -> Instant.ofEpochMilli(at.toEpochMilli())).min(Instant::compareTo).orElse(NEVER);
    }
}
