package dev.concierge.ingest.auth.application;

import java.time.Duration;
import java.util.Optional;

/** One-time password reset tokens (hashed), each naming a staff account. */
public interface ResetTokens {

    void save(String tokenHash, String staffId, Duration lifetime);

    Optional<String> consume(String tokenHash);
}
