package dev.concierge.projections.analytics.application;

import dev.concierge.projections.analytics.domain.RequestMetrics;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads of {@code request_metrics}. */
public interface MetricsQueries {

    /** Requests created in {@code [from, to)}. */
    List<RequestMetrics> createdBetween(Instant from, Instant to);

    /** Requests created, or with a payment captured, at or after {@code since}. */
    List<RequestMetrics> activeSince(Instant since);

    /** The creation time of each customer's first request ever, for those of {@code customerIds} that have one. */
    Map<String, Instant> firstRequestOf(Set<String> customerIds);
}
