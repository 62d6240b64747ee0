package dev.concierge.projections.customers.domain;

import dev.concierge.projections.requests.domain.Cursor;
import java.time.Instant;

/**
 * A staff query over the {@code customers} read model, newest customers first: every criterion is
 * optional (null means "any"); {@code phone} matches the whole number (digits only compared, through
 * a blind index: phones are stored encrypted); {@code sinceFrom} inclusive, {@code sinceTo} exclusive.
 * The cursor is the last customer's {@code since} and id.
 */
public record CustomerFilter(String phone, Instant sinceFrom, Instant sinceTo, int limit, Cursor after) {

    /** The phone as the blind index holds it: its digits. */
    public static String normalisedPhone(String phone) {
        return phone == null ? null : phone.replaceAll("\\D", "");
    }
}
