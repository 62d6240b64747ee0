package dev.concierge.projections.requests.domain;

import dev.concierge.schemas.requests.RequestSnapshot;

/** A request as read back from the read model: its latest snapshot, and its place in the newest-first list. */
public record StoredRequest(RequestSnapshot snapshot) {

    public String requestId() {
        return snapshot.requestId();
    }

    /** MongoDB keeps times to the millisecond: the cursor does too, or the next page would repeat this one. */
    public Cursor cursor(RequestSort sort) {
        return new Cursor(sort, sort.keyOf(snapshot), snapshot.requestId());
    }
}
