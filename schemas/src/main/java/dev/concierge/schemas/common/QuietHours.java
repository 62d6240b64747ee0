package dev.concierge.schemas.common;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A daily window in which a person does not want to be disturbed, in their own time zone. It may
 * cross midnight (22:00 to 07:00); {@code start} is inside it, {@code end} is not.
 */
public record QuietHours(
        LocalTime start,
        LocalTime end,
        @Description("An IANA time zone, e.g. Asia/Kolkata.") String timeZone) {

    public QuietHours {
        if (start != null && start.equals(end)) {
            throw new IllegalArgumentException("quiet hours must start and end at different times");
        }
        if (timeZone != null) {
            try {
                ZoneId.of(timeZone);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("unknown time zone: " + timeZone, e);
            }
        }
    }

    public boolean covers(Instant instant) {
        LocalTime local = instant.atZone(zone()).toLocalTime();
        return crossesMidnight()
                ? !local.isBefore(start) || local.isBefore(end)
                : !local.isBefore(start) && local.isBefore(end);
    }

    /** When the quiet hours that cover {@code instant} end; {@code instant} itself when they do not cover it. */
    public Instant endAfter(Instant instant) {
        if (!covers(instant)) {
            return instant;
        }
        ZonedDateTime local = instant.atZone(zone());
        ZonedDateTime end = local.with(this.end).withSecond(0).withNano(0);
        if (!end.isAfter(local)) {
            end = end.plusDays(1);
        }
        return end.toInstant();
    }

    private boolean crossesMidnight() {
        return end.isBefore(start);
    }

    private ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
