package dev.concierge.projections.transactions.domain;

import dev.concierge.projections.requests.domain.Cursor;
import dev.concierge.projections.requests.domain.Viewer;
import java.time.Instant;
import java.util.Optional;

/**
 * A transactions list query; every criterion is optional (null means any), {@code from} inclusive,
 * {@code to} exclusive, on the fact's time. The cursor is the requests list's kind (a time and an id:
 * here the fact's time and event id).
 */
public record TransactionFilter(String requestId, String customerId, String type, Instant from, Instant to, int limit,
        Cursor after) {

    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 20;

    /** Narrowed to what the viewer may see: a customer's are always their own; empty when they ask for another's. */
    public Optional<TransactionFilter> visibleTo(Viewer viewer) {
        if (viewer.isStaff()) {
            return Optional.of(this);
        }
        if (customerId != null && !customerId.equals(viewer.id())) {
            return Optional.empty();
        }
        return Optional.of(new TransactionFilter(requestId, viewer.id(), type, from, to, limit, after));
    }
}
