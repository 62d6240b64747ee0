package dev.concierge.ingest.auth.application;

import java.time.Duration;
import java.util.Optional;

/**
 * Per-account back-off for password sign-in, keyed by the normalised email whether or not an
 * account has it (so the lock itself reveals nothing). An attempt is counted before the password is
 * checked, so concurrent guesses cannot outrun the limit.
 */
public interface LoginLockout {

    /**
     * Counts an attempt and returns empty when it may be checked; otherwise how long the email is
     * still locked. Reaching the failure limit locks the email for a period that doubles with each
     * further failure up to a maximum; the attempt that sets a lock is still checked.
     */
    Optional<Duration> reserveAttempt(String email, Policy policy);

    /** A right password (or a completed reset) forgets every failure and lock of this email. */
    void clear(String email);

    /** After {@code maxFailures} wrong passwords: {@code firstLock}, doubling up to {@code maxLock}; failures are forgotten {@code memory} after the last one. */
    record Policy(int maxFailures, Duration firstLock, Duration maxLock, Duration memory) {
    }
}
