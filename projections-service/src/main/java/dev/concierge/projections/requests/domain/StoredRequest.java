package dev.concierge.projections.requests.domain;

import dev.concierge.schemas.requests.RequestSnapshot;

/**
 * A request as read back from the read model: its latest snapshot, and its place in the newest-first
 * list. {@code erased}: the customer's data was erased, and the snapshot's personal fields read as null.
 */
public record StoredRequest(RequestSnapshot snapshot, boolean erased) {

    public String requestId() {
        return snapshot.requestId();
    }

    /** MongoDB keeps times to the millisecond: the cursor does too, or the next page would repeat this one. */
    public Cursor cursor(RequestSort sort) {
        return new Cursor(sort, sort.keyOf(snapshot), snapshot.requestId());
    }
}
