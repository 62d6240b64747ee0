package dev.concierge.projections.web;

import dev.concierge.projections.paging.PageCursor;
import dev.concierge.projections.paging.PageRequest;

/** The {@code limit} and {@code cursor} query parameters every list takes; a bad value is a 400 naming it. */
public final class Paging {

    private Paging() {
    }

    public static PageRequest of(String list, String limit, String cursor) {
        PageCursor after = cursor == null ? null : PageCursor.decode(list, cursor).orElseThrow(() ->
                RefusedException.badParameter("cursor",
                        "cursor is not one this list returned; pass nextCursor from the previous page unchanged"));
        return new PageRequest(limit(limit, PageCursor.DEFAULT_LIMIT, PageCursor.MAX_LIMIT), after);
    }

    /** A whole number from 1 to {@code max}; {@code fallback} when absent. */
    public static int limit(String value, int fallback, int max) {
        if (value == null) {
            return fallback;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException notANumber) {
            // answered below with the same message as an out-of-range number
        }
        throw RefusedException.badParameter("limit", "limit must be a whole number from 1 to " + max + ", was '" + value
                + "'");
    }

    /** {@code true} or {@code false}; null when absent. */
    public static Boolean bool(String name, String value) {
        if (value == null) {
            return null;
        }
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        throw RefusedException.badParameter(name, name + " must be true or false, was '" + value + "'");
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
