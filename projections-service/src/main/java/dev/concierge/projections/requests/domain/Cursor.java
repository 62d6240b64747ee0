package dev.concierge.projections.requests.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a page of the list ended: the order it was listed in, the last request's sort key (its creation
 * time or next deadline, in milliseconds as MongoDB stores them) and id. Clients see it as an opaque
 * token and send it back unchanged; a token of another order is not a cursor of this one.
 */
public record Cursor(RequestSort sort, Instant at, String requestId) {

    private static final String VERSION = "v2";

    public Cursor {
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(requestId, "requestId");
    }

    /** A cursor of the newest-first list. */
    public Cursor(Instant createdAt, String requestId) {
        this(RequestSort.NEWEST, createdAt, requestId);
    }

    public String encode() {
        String plain = VERSION + ":" + sort.name() + ":" + at.toEpochMilli() + ":" + requestId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a token stands for; empty when the token is not one this service wrote. */
    public static Optional<Cursor> decode(String token) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] parts = plain.split(":", 4);
            if (parts.length != 4 || !VERSION.equals(parts[0]) || parts[3].isEmpty()) {
                return Optional.empty();
            }
            // valueOf throws IllegalArgumentException for a name that is no order: caught below
            return Optional.of(new Cursor(RequestSort.valueOf(parts[1]), Instant.ofEpochMilli(Long.parseLong(parts[2])),
                    parts[3]));
        } catch (IllegalArgumentException notOurs) {
            // not base64url, or not a number where the time goes (NumberFormatException is one)
            return Optional.empty();
        }
    }
}
