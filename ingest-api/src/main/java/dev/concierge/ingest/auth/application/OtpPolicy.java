package dev.concierge.ingest.auth.application;

import java.time.Duration;

/**
 * How long a code lives, how many wrong tries it survives, how often one may be sent, and the
 * per-phone budgets that hold across codes: asking for a new code never restores the guesses
 * spent on the old ones.
 */
public record OtpPolicy(Duration lifetime, int maxFailures, Duration resendAfter, Budget wrongGuesses, Budget sends) {

    /** At most {@code perHour} in any clock hour since the first, and {@code perDay} in a day. */
    public record Budget(int perHour, int perDay) {
    }
}
