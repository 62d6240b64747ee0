package dev.concierge.projections.analytics.domain;

import java.time.LocalDate;

/**
 * The figures of the requests created from {@code from} to {@code to} (both days included, in
 * {@code zone}), of one category or all (null).
 */
public record Summary(LocalDate from, LocalDate to, String zone, String category, Figures figures) {
}
