package dev.concierge.projections.analytics.domain;

import dev.concierge.projections.analytics.domain.MetricFact.Milestone;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The figures of a set of requests (a day, a category, a range): the funnel, times, money and
 * behaviour. The API, the daily report's CSV and its PDF all print these, so they cannot disagree.
 * Money is in minor units of {@code currency}; times are seconds; a figure without a base is null.
 */
public record Figures(
        String currency,
        Funnel funnel,
        BigDecimal fulfilmentRate,
        Medians medianSeconds,
        long gmvMinor,
        Long averageOrderValueMinor,
        Refunds refunds,
        long slaBreaches,
        Csat csat,
        Behaviour behaviour) {

    public record Funnel(long created, long quoted, long paid, long delivered, long cancelled) {
    }

    public record Medians(BigDecimal toFirstStoreReply, BigDecimal toFirstQuote, BigDecimal toPayment,
            BigDecimal toDelivery) {
    }

    public record Refunds(long count, long amountMinor) {
    }

    public record Csat(BigDecimal mean, long count) {
    }

    /** Requests that stopped at each step of the funnel (reached the step before, not this one) and who came back. */
    public record Behaviour(BigDecimal medianSecondsToFirstCustomerMessage, DropOff dropOff, long customers,
            long repeatCustomers) {
    }

    public record DropOff(long beforeQuote, long beforePayment, long beforeDelivery) {
    }

    /**
     * @param requests         the requests the figures are about (created in the period)
     * @param firstRequestOf   each of their customers' first request ever (creation time), to tell a returning
     *                         customer from a new one
     */
    public static Figures of(List<RequestMetrics> requests, Map<String, Instant> firstRequestOf, String currency) {
        long created = requests.size();
        long quoted = count(requests, Milestone.FIRST_QUOTE);
        long paid = requests.stream().filter(r -> !r.captures().isEmpty()).count();
        long delivered = count(requests, Milestone.DELIVERED);
        long gmv = requests.stream().mapToLong(r -> r.capturedMinor(currency)).sum();
        List<Integer> ratings = requests.stream().map(RequestMetrics::rating).filter(Objects::nonNull).toList();
        return new Figures(currency,
                new Funnel(created, quoted, paid, delivered, count(requests, Milestone.CANCELLED)),
                MetricMaths.ratio(delivered, paid),
                new Medians(median(requests, Milestone.FIRST_STORE_REPLY), median(requests, Milestone.FIRST_QUOTE),
                        median(requests, Milestone.FIRST_PAYMENT), median(requests, Milestone.DELIVERED)),
                gmv,
                MetricMaths.average(gmv, paid),
                new Refunds(requests.stream().mapToLong(r -> r.refundCount(currency)).sum(),
                        requests.stream().mapToLong(r -> r.refundedMinor(currency)).sum()),
                requests.stream().mapToLong(RequestMetrics::slaBreaches).sum(),
                new Csat(MetricMaths.mean(ratings), ratings.size()),
                new Behaviour(median(requests, Milestone.FIRST_CUSTOMER_MESSAGE),
                        new DropOff(created - quoted, quoted - paid, paid - delivered),
                        requests.stream().map(RequestMetrics::customerId).distinct().count(),
                        repeatCustomers(requests, firstRequestOf)));
    }

    /**
     * Every figure under a stable dotted name, in a fixed order, as text ("" for a figure without a
     * base): the rows of the report's CSV and PDF, named like the API's JSON fields.
     */
    public Map<String, String> named() {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("currency", currency);
        rows.put("funnel.created", text(funnel.created()));
        rows.put("funnel.quoted", text(funnel.quoted()));
        rows.put("funnel.paid", text(funnel.paid()));
        rows.put("funnel.delivered", text(funnel.delivered()));
        rows.put("funnel.cancelled", text(funnel.cancelled()));
        rows.put("fulfilmentRate", text(fulfilmentRate));
        rows.put("medianSeconds.toFirstStoreReply", text(medianSeconds.toFirstStoreReply()));
        rows.put("medianSeconds.toFirstQuote", text(medianSeconds.toFirstQuote()));
        rows.put("medianSeconds.toPayment", text(medianSeconds.toPayment()));
        rows.put("medianSeconds.toDelivery", text(medianSeconds.toDelivery()));
        rows.put("gmvMinor", text(gmvMinor));
        rows.put("averageOrderValueMinor", text(averageOrderValueMinor));
        rows.put("refunds.count", text(refunds.count()));
        rows.put("refunds.amountMinor", text(refunds.amountMinor()));
        rows.put("slaBreaches", text(slaBreaches));
        rows.put("csat.mean", text(csat.mean()));
        rows.put("csat.count", text(csat.count()));
        rows.put("behaviour.medianSecondsToFirstCustomerMessage", text(behaviour.medianSecondsToFirstCustomerMessage()));
        rows.put("behaviour.dropOff.beforeQuote", text(behaviour.dropOff().beforeQuote()));
        rows.put("behaviour.dropOff.beforePayment", text(behaviour.dropOff().beforePayment()));
        rows.put("behaviour.dropOff.beforeDelivery", text(behaviour.dropOff().beforeDelivery()));
        rows.put("behaviour.customers", text(behaviour.customers()));
        rows.put("behaviour.repeatCustomers", text(behaviour.repeatCustomers()));
        return rows;
    }

    private static long count(List<RequestMetrics> requests, Milestone milestone) {
        return requests.stream().filter(r -> r.reached(milestone)).count();
    }

    private static BigDecimal median(List<RequestMetrics> requests, Milestone milestone) {
        return MetricMaths.medianSeconds(requests.stream().map(r -> r.untilFirst(milestone)).toList());
    }

    /** Customers with a request here that is not their first ever. */
    private static long repeatCustomers(List<RequestMetrics> requests, Map<String, Instant> firstRequestOf) {
        return requests.stream()
                .filter(r -> r.customerId() != null && firstRequestOf.containsKey(r.customerId())
                        && r.createdAt().isAfter(firstRequestOf.get(r.customerId())))
                .map(RequestMetrics::customerId).distinct().count();
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }
}
