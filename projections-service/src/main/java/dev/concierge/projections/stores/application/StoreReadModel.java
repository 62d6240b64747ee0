package dev.concierge.projections.stores.application;

import dev.concierge.projections.stores.domain.StoreDescription;
import java.time.Instant;

/**
 * Where the stores projection writes; every write is idempotent and order-safe. {@code order} is the
 * fact's {@link dev.concierge.projections.ordering.FactOrder}: a description or availability is written only
 * over an older one, so a redelivered or late fact changes nothing.
 */
public interface StoreReadModel {

    /** Replaces the description unless the same or a newer one is stored. */
    boolean describe(StoreDescription description, String order);

    /** Sets whether the store takes orders unless the same or a newer availability is stored. */
    boolean availability(String storeId, boolean available, String reason, String order);

    /** The store was asked about the request in {@code round} at {@code at} (earliest contact kept, highest round). */
    void contacted(String requestId, String storeId, int round, Instant at);

    /** The store answered about the request at {@code at}, having it or not (earliest kept). */
    void replied(String requestId, String storeId, boolean available, Instant at);

    /** The customer was sent this store's quote at {@code at} (earliest kept). */
    void won(String requestId, String storeId, Instant at);

    /** The request was delivered at {@code at} (earliest kept). */
    void delivered(String requestId, Instant at);
}
