package dev.concierge.ingest.auth.application;

import dev.concierge.ingest.shared.application.Caller;
import java.time.Duration;
import java.util.Optional;

/** Opaque refresh tokens, stored hashed; each can be used once (rotation) and revoked. */
public interface RefreshTokens {

    void save(String tokenHash, Caller caller, Duration lifetime);

    /** Returns the caller and deletes the token in one step, so a token works exactly once. */
    Optional<Caller> consume(String tokenHash);

    void revoke(String tokenHash);
}
