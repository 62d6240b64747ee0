package dev.concierge.ingest.auth.application;

import java.time.Duration;
import java.util.Optional;

/**
 * Where pending OTP codes live (hashed, with a lifetime), with the per-code and per-phone counters
 * that bound guessing and sending. Every check-and-count is one atomic step in the store, so
 * concurrent requests cannot slip past a limit.
 */
public interface OtpChallenges {

    /**
     * Starts a send when the phone may have one (the last was at least {@code resendAfter} ago and
     * the send budget is not spent); otherwise how long to wait.
     */
    Optional<Duration> tryStartSend(String phone, OtpPolicy policy);

    void save(String phone, String codeHash, Duration lifetime);

    /**
     * Reserves one guess against the phone's current code before it is compared: counted against
     * the code's tries and the phone's wrong-guess budget in the same step.
     */
    Guess claimGuess(String phone, OtpPolicy policy);

    /** Gives back the guess of a right code: only wrong ones count against the phone's budget. */
    void refundGuess(String phone);

    /** Deletes the challenge; true only for the caller that actually removed it. */
    boolean clear(String phone);

    sealed interface Guess permits Granted, NoCode, OverBudget {
    }

    /** Compare against {@code codeHash}; {@code triesLeft} after this one (0: this was the last). */
    record Granted(String codeHash, int triesLeft) implements Guess {
    }

    /** No code pending (never sent, expired, used, or burnt by too many wrong tries). */
    record NoCode() implements Guess {
    }

    /** The phone spent its wrong-guess budget; nothing is compared until {@code retryAfter}. */
    record OverBudget(Duration retryAfter) implements Guess {
    }
}
