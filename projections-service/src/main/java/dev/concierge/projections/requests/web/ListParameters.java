package dev.concierge.projections.requests.web;

import dev.concierge.projections.requests.domain.Cursor;
import dev.concierge.projections.requests.domain.RequestFilter;
import dev.concierge.projections.requests.domain.RequestSort;
import dev.concierge.projections.requests.domain.SlaState;
import dev.concierge.projections.web.Paging;
import dev.concierge.projections.web.RefusedException;
import dev.concierge.schemas.common.RequestStatus;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The query string of {@code GET /v1/requests} as a {@link RequestFilter}; a bad value is a 400 naming its
 * parameter. The other lists ({@code /v1/customers}, {@code /v1/transactions}) read {@code limit}, {@code cursor}
 * and times the same way.
 */
public final class ListParameters {

    private ListParameters() {
    }

    static RequestFilter parse(List<String> status, String agentId, String category, String customerId,
            String createdFrom, String createdTo, String q, String storeId, String sla, String sort, String limit,
            String cursor) {
        Instant from = instant("createdFrom", createdFrom);
        Instant to = instant("createdTo", createdTo);
        if (from != null && to != null && !from.isBefore(to)) {
            throw RefusedException.badParameter("createdTo", "createdTo must be after createdFrom");
        }
        RequestSort order = sort(sort);
        return new RequestFilter(statuses(status), blankToNull(agentId), blankToNull(category), blankToNull(customerId),
                from, to, blankToNull(q), blankToNull(storeId), sla(sla), order, limit(limit), cursor(cursor, order));
    }

    private static SlaState sla(String value) {
        if (value == null) {
            return null;
        }
        return SlaState.ofParameter(value).orElseThrow(() -> RefusedException.badParameter("sla",
                "sla must be one of " + Arrays.stream(SlaState.values()).map(SlaState::parameter).toList() + ", was '"
                        + value + "'"));
    }

    private static RequestSort sort(String value) {
        if (value == null) {
            return RequestSort.NEWEST;
        }
        return RequestSort.ofParameter(value).orElseThrow(() -> RefusedException.badParameter("sort",
                "sort must be one of " + Arrays.stream(RequestSort.values()).map(RequestSort::parameter).toList()
                        + ", was '" + value + "'"));
    }

    private static Set<RequestStatus> statuses(List<String> values) {
        Set<RequestStatus> statuses = EnumSet.noneOf(RequestStatus.class);
        for (String value : values == null ? List.<String>of() : values) {
            try {
                statuses.add(RequestStatus.valueOf(value));
            } catch (IllegalArgumentException e) {
                throw RefusedException.badParameter("status", "status '" + value + "' is not one of "
                        + Arrays.toString(RequestStatus.values()));
            }
        }
        return statuses;
    }

    public static int limit(String value) {
        return Paging.limit(value, RequestFilter.DEFAULT_LIMIT, RequestFilter.MAX_LIMIT);
    }

    /** The cursor of a newest-first list; the other lists (customers, transactions) page this way. */
    public static Cursor cursor(String value) {
        return cursor(value, RequestSort.NEWEST);
    }

    private static Cursor cursor(String value, RequestSort sort) {
        if (value == null) {
            return null;
        }
        // a cursor of another order would page from a meaningless place
        return Cursor.decode(value).filter(cursor -> cursor.sort() == sort).orElseThrow(() -> RefusedException.badParameter(
                "cursor", "cursor is not one this service returned for this sort; pass nextCursor from the previous "
                        + "page unchanged, with the same sort"));
    }

    public static Instant instant(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw RefusedException.badParameter(name, name + " must be an RFC 3339 UTC time such as "
                    + "2026-11-30T00:00:00Z, was '" + value + "'");
        }
    }

    public static String blankToNull(String value) {
        return Paging.blankToNull(value);
    }
}
