package dev.concierge.ingest.auth.application;

import java.time.Duration;
import java.util.Optional;

/** One-time password reset tokens (hashed), each naming a staff account, and the per-email request throttle. */
public interface ResetTokens {

    void save(String tokenHash, String staffId, Duration lifetime);

    Optional<String> consume(String tokenHash);

    /**
     * Counts a reset request for this email, known or not: empty while fewer than {@code perHour}
     * were asked within the hour since the first, otherwise how long until the count starts over.
     */
    Optional<Duration> countRequest(String email, int perHour);
}
