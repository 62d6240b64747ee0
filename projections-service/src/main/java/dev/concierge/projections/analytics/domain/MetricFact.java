package dev.concierge.projections.analytics.domain;

import dev.concierge.schemas.common.Money;
import java.time.Instant;

/**
 * One thing that happened to a request, as far as the analytics care. Each kind is recorded in a way
 * that does not depend on order or repetition: a "first time" keeps the earliest, a counted fact is
 * kept in a set under its own id, so the live consumers and a rebuild (which replays topics side by
 * side) end with equal documents.
 */
public sealed interface MetricFact {

    String requestId();

    /** The request exists: who asked, when, and the category they hinted (may be null). */
    record Created(String requestId, String customerId, Instant at, String categoryHint) implements MetricFact {
    }

    /** The AI (or an agent) put the request in a category; the latest one counts. */
    record Categorised(String requestId, String category, Instant at) implements MetricFact {
    }

    /** A milestone reached at {@code at}; only the earliest time of each milestone is kept. */
    record Reached(String requestId, Milestone milestone, Instant at) implements MetricFact {
    }

    /** Money captured for the request, once per payment. */
    record Captured(String requestId, String paymentId, Money amount, Instant at) implements MetricFact {
    }

    /** Money paid back, once per refund. */
    record Refunded(String requestId, String refundId, Money amount, Instant at) implements MetricFact {
    }

    /** A broken promise, once per event. */
    record SlaMissed(String requestId, String eventId, String sla, Instant at) implements MetricFact {
    }

    /** The customer's rating (1–5); a later rating replaces an earlier one. */
    record Rated(String requestId, int rating, Instant at) implements MetricFact {
    }

    /** The milestones whose first time is kept. */
    enum Milestone {
        FIRST_STORE_REPLY, FIRST_QUOTE, FIRST_PAYMENT, DELIVERED, CANCELLED, FIRST_CUSTOMER_MESSAGE
    }
}
