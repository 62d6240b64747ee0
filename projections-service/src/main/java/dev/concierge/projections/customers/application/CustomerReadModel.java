package dev.concierge.projections.customers.application;

import dev.concierge.schemas.customers.CustomerEvent;
import java.time.Instant;

/**
 * Where customer events are applied. Each event updates one part of the customer's document (the
 * registration, the contact details, one address, the default address, the preferences, one device)
 * and only if that part was last changed by an earlier event: by the envelope's time, ties broken by
 * the event id. So the same event again (a redelivery, a producer's retry at a new offset, a replay)
 * or an older one after a newer changes nothing, and a rebuild ends where the live model is.
 */
public interface CustomerReadModel {

    /** Answers whether the document changed. */
    boolean apply(String customerId, String eventId, Instant at, CustomerEvent event);
}
