package dev.concierge.projections.analytics.domain;

import dev.concierge.projections.analytics.domain.MetricFact.Milestone;
import dev.concierge.schemas.requests.RequestEvent;
import java.time.Instant;
import java.util.Optional;

/** Which facts of {@code requests.events} the analytics record, and as what. */
public final class MetricFacts {

    private MetricFacts() {
    }

    /**
     * The metric fact an event stands for, at the event's own time ({@code time}, the envelope's);
     * empty for facts no figure uses.
     */
    public static Optional<MetricFact> of(String eventId, Instant time, RequestEvent event) {
        String id = event.requestId();
        if (event instanceof RequestEvent.RequestCreated created) {
            return Optional.of(new MetricFact.Created(id, created.customerId(), time, created.categoryHint()));
        }
        if (event instanceof RequestEvent.RequestEnriched enriched) {
            return Optional.of(new MetricFact.Categorised(id, enriched.category(), time));
        }
        if (event instanceof RequestEvent.StoreQuoteReceived) {
            return reached(id, Milestone.FIRST_STORE_REPLY, time);
        }
        if (event instanceof RequestEvent.QuoteSent) {
            return reached(id, Milestone.FIRST_QUOTE, time);
        }
        if (event instanceof RequestEvent.PaymentCaptured captured) {
            return Optional.of(new MetricFact.Captured(id, captured.paymentId(), captured.amount(), time));
        }
        if (event instanceof RequestEvent.Delivered delivered) {
            // the rider's time of delivery, which an agent may record after the fact
            return reached(id, Milestone.DELIVERED, delivered.deliveredAt());
        }
        if (event instanceof RequestEvent.Cancelled) {
            return reached(id, Milestone.CANCELLED, time);
        }
        if (event instanceof RequestEvent.Refunded refunded) {
            return Optional.of(new MetricFact.Refunded(id, refunded.refundId(), refunded.amount(), time));
        }
        if (event instanceof RequestEvent.SlaBreached breached) {
            return Optional.of(new MetricFact.SlaMissed(id, eventId, breached.sla().name(), time));
        }
        if (event instanceof RequestEvent.RequestRated rated) {
            return Optional.of(new MetricFact.Rated(id, rated.rating(), time));
        }
        return Optional.empty();
    }

    /** A customer's chat message: the first one's time is kept. */
    public static MetricFact customerMessage(String requestId, Instant postedAt) {
        return new MetricFact.Reached(requestId, Milestone.FIRST_CUSTOMER_MESSAGE, postedAt);
    }

    private static Optional<MetricFact> reached(String requestId, Milestone milestone, Instant at) {
        return Optional.of(new MetricFact.Reached(requestId, milestone, at));
    }
}
