package dev.concierge.ingest.auth.application;

import dev.concierge.ingest.shared.application.Caller;
import java.time.Duration;

/** Signs access tokens (RS256 JWTs whose {@code groups} claim holds the caller's role). */
public interface TokenIssuer {

    String issue(Caller caller, Duration lifetime);
}
