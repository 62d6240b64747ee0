package dev.concierge.projections.analytics.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * Today so far (in the business zone), as of {@code asOf}: open requests per status (from the
 * requests read model, now), requests created today, requests first paid today and the money captured
 * today, whenever those requests were created.
 */
public record Realtime(LocalDate day, String zone, Instant asOf, Map<String, Long> openByStatus, long createdToday,
        long paidToday, long gmvTodayMinor, String currency) {

    public Realtime {
        openByStatus = Map.copyOf(openByStatus);
    }
}
