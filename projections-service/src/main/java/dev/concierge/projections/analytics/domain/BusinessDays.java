package dev.concierge.projections.analytics.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Days as the business counts them: midnight to midnight in one time zone (Asia/Kolkata by
 * default), whatever the zone of the server or of the events' UTC times.
 */
public record BusinessDays(ZoneId zone) {

    public BusinessDays {
        Objects.requireNonNull(zone, "zone");
    }

    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the day, exclusive end of its range. */
    public Instant endOf(LocalDate day) {
        return startOf(day.plusDays(1));
    }

    public LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }
}
