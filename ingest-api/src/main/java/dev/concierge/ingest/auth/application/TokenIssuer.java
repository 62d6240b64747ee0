package dev.concierge.ingest.auth.application;

import dev.concierge.ingest.shared.application.Caller;
import java.time.Duration;

/**
 * Signs access tokens (RS256 JWTs whose {@code groups} claim holds the caller's role and whose
 * {@code sid} claim names the session they belong to, so that ending the session revokes them).
 */
public interface TokenIssuer {

    String issue(Caller caller, String sessionId, Duration lifetime);
}
