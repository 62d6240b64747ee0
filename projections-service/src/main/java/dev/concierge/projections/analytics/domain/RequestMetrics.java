package dev.concierge.projections.analytics.domain;

import dev.concierge.projections.analytics.domain.MetricFact.Milestone;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the analytics know of one request ({@code request_metrics}). Only requests whose creation has
 * been seen are counted ({@code createdAt} set); the sets and first times may hold facts that arrived
 * before it (a rebuild replays topics side by side).
 *
 * @param categories every category the request was put in, with when; the latest counts
 * @param firsts     the earliest time of each milestone reached
 * @param ratings    every rating given, with when; the latest counts
 */
public record RequestMetrics(
        String requestId,
        String customerId,
        Instant createdAt,
        String categoryHint,
        List<Dated<String>> categories,
        Map<Milestone, Instant> firsts,
        List<Amount> captures,
        List<Amount> refunds,
        int slaBreaches,
        List<Dated<Integer>> ratings) {

    /** The category of a request that has none yet. */
    public static final String UNCATEGORISED = "uncategorised";

    public RequestMetrics {
        Objects.requireNonNull(requestId, "requestId");
        categories = List.copyOf(categories);
        firsts = Map.copyOf(firsts);
        captures = List.copyOf(captures);
        refunds = List.copyOf(refunds);
        ratings = List.copyOf(ratings);
    }

    /** A value with the time it was given. */
    public record Dated<T>(Instant at, T value) {
    }

    /** Money moved under an id (a payment or a refund), in minor units. */
    public record Amount(String id, long minor, String currency, Instant at) {
    }

    /** The latest category it was put in, else the customer's hint, else {@link #UNCATEGORISED}. */
    public String category() {
        return categories.stream().max(Comparator.comparing((Dated<String> d) -> d.at()).thenComparing(Dated::value))
                .map(Dated::value)
                .orElse(categoryHint != null && !categoryHint.isBlank() ? categoryHint : UNCATEGORISED);
    }

    /** The latest rating, or null when the customer gave none. */
    public Integer rating() {
        return ratings.stream().max(Comparator.comparing((Dated<Integer> d) -> d.at()).thenComparing(Dated::value))
                .map(Dated::value).orElse(null);
    }

    public Instant firstAt(Milestone milestone) {
        return firsts.get(milestone);
    }

    /** From creation to the milestone, never negative (a message may be stamped before the creation fact); null if not reached. */
    public Duration untilFirst(Milestone milestone) {
        Instant at = firsts.get(milestone);
        if (at == null || createdAt == null) {
            return null;
        }
        Duration since = Duration.between(createdAt, at);
        return since.isNegative() ? Duration.ZERO : since;
    }

    public boolean reached(Milestone milestone) {
        return firsts.containsKey(milestone);
    }

    /** Captured minus nothing: every payment in {@code currency}. */
    public long capturedMinor(String currency) {
        return sum(captures, currency);
    }

    public long refundedMinor(String currency) {
        return sum(refunds, currency);
    }

    public long refundCount(String currency) {
        return refunds.stream().filter(refund -> refund.currency().equals(currency)).count();
    }

    private static long sum(List<Amount> amounts, String currency) {
        return amounts.stream().filter(amount -> amount.currency().equals(currency)).mapToLong(Amount::minor).sum();
    }
}
