package dev.concierge.ingest.auth.application;

import java.time.Duration;
import java.time.Instant;

/**
 * Access tokens revoked before they expire: one token (logout) or every token of a session (a
 * reused refresh token). Entries vanish once every token they cover would have expired anyway.
 */
public interface AccessDenyList {

    void deny(String tokenId, Instant until);

    /** Revokes every access token carrying this session id; they all expire within {@code accessLifetime}. */
    void denySession(String sessionId, Duration accessLifetime);

    /** {@code sessionIdOrNull}: tokens issued before sessions were named have none. */
    boolean isDenied(String tokenId, String sessionIdOrNull);
}
