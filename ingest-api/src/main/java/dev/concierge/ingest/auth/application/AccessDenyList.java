package dev.concierge.ingest.auth.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Access tokens revoked before they expire: one token (logout) or every token of a session (a
 * reused refresh token). Entries vanish once every token they cover would have expired anyway.
 */
public interface AccessDenyList {

    void deny(String tokenId, Instant until);

    /** Revokes every access token carrying this session id; they all expire within {@code accessLifetime}. */
    void denySession(String sessionId, Duration accessLifetime);

    /**
     * The store's markers for this token: it is denied when any of them exists. Given out rather than
     * checked here so that the check can travel with the request's other reads in one round trip (the
     * rate-limit budgets). {@code sessionIdOrNull}: tokens issued before sessions were named have none.
     */
    List<String> markersOf(String tokenId, String sessionIdOrNull);
}
