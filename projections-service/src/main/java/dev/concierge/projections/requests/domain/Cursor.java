package dev.concierge.projections.requests.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a page of the newest-first list ended: the last request's creation time (milliseconds, as
 * MongoDB stores it) and id. Clients see it as an opaque token and send it back unchanged.
 */
public record Cursor(Instant createdAt, String requestId) {

    private static final String VERSION = "v1";

    public Cursor {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(requestId, "requestId");
    }

    public String encode() {
        String plain = VERSION + ":" + createdAt.toEpochMilli() + ":" + requestId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a token stands for; empty when the token is not one this service wrote. */
    public static Optional<Cursor> decode(String token) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] parts = plain.split(":", 3);
            if (parts.length != 3 || !VERSION.equals(parts[0]) || parts[2].isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Cursor(Instant.ofEpochMilli(Long.parseLong(parts[1])), parts[2]));
        } catch (IllegalArgumentException notOurs) {
            // not base64url, or not a number where the time goes (NumberFormatException is one)
            return Optional.empty();
        }
    }
}
