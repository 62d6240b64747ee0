package dev.concierge.projections.analytics.web;

import dev.concierge.projections.web.RefusedException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Days in query strings and paths ({@code 2026-11-30}, in the business zone); a bad one is a 400 naming it. */
public final class DayParameters {

    /** The longest period one question may span, so that a question stays a bounded scan. */
    static final int MAX_DAYS = 366;

    private DayParameters() {
    }

    public static LocalDate day(String name, String value) {
        if (value == null || value.isBlank()) {
            throw RefusedException.badParameter(name, name + " is required, a day such as 2026-11-30");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw RefusedException.badParameter(name, name + " must be a day such as 2026-11-30, was '" + value + "'");
        }
    }

    /** {@code to} (default: {@code from}) not before {@code from} and at most {@link #MAX_DAYS} days after it. */
    static LocalDate to(LocalDate from, String value) {
        LocalDate to = value == null || value.isBlank() ? from : day("to", value);
        if (to.isBefore(from)) {
            throw RefusedException.badParameter("to", "to must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw RefusedException.badParameter("to", "a period spans at most " + MAX_DAYS + " days");
        }
        return to;
    }
}
