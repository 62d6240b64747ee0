package dev.concierge.ingest.requests.application;

import dev.concierge.ingest.shared.application.InvalidInputException;
import java.util.regex.Pattern;

/** Request ids are {@code req_} followed by a UUID; anything else is refused before any lookup. */
public final class RequestIds {

    public static final String PREFIX = "req";
    private static final Pattern FORMAT =
            Pattern.compile("req_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private RequestIds() {
    }

    public static String requireValid(String requestId, String field) {
        if (requestId == null || !FORMAT.matcher(requestId).matches()) {
            throw InvalidInputException.of(field, "is not a request id; expected req_<uuid>");
        }
        return requestId;
    }
}
