package dev.concierge.projections.requests.domain;

import dev.concierge.schemas.requests.RequestSnapshot;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * The orders of the request list: newest or oldest first by creation time, or the one whose next
 * deadline is soonest first (requests with no running deadline last). Ties are broken by request id in
 * the same direction, so a cursor (the last item's key and id) pages without repeats or gaps.
 */
public enum RequestSort {
    NEWEST("newest", false),
    OLDEST("oldest", true),
    DUE_SOONEST("due-soonest", true);

    private final String parameter;
    private final boolean ascending;

    RequestSort(String parameter, boolean ascending) {
        this.parameter = parameter;
        this.ascending = ascending;
    }

    /** The value of the {@code sort} query parameter. */
    public String parameter() {
        return parameter;
    }

    public boolean ascending() {
        return ascending;
    }

    /** The sort key of a request under this order, to the millisecond: its creation time or its next deadline. */
    public Instant keyOf(RequestSnapshot snapshot) {
        return this == DUE_SOONEST ? Deadlines.next(snapshot) : Instant.ofEpochMilli(snapshot.createdAt().toEpochMilli());
    }

    public static Optional<RequestSort> ofParameter(String value) {
        return Arrays.stream(values()).filter(sort -> sort.parameter.equals(value)).findFirst();
    }
}
