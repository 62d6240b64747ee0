package dev.concierge.projections.customers.application;

import dev.concierge.schemas.customers.CustomerEvent;
import java.time.Instant;

/**
 * Where customer events are applied. Each event updates one part of the customer's document (the
 * registration, the contact details, one address, the default address, the preferences, one device)
 * and only if that part was last changed by an earlier record of {@code customers.events}
 * ({@code order}: the record's offset; a customer's records share a partition): a redelivered or
 * replayed event, or an older one after a newer, changes nothing.
 */
public interface CustomerReadModel {

    /** Answers whether the document changed. */
    boolean apply(String customerId, long order, Instant at, CustomerEvent event);
}
