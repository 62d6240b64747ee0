package dev.concierge.notifications.sending.application;

/**
 * The at-most-once guard in front of every provider call: a claim on the intent's key is taken
 * atomically before the call and its outcome recorded after. Whoever finds the key already claimed
 * must not call the provider again.
 */
public interface SendClaims {

    /** What the key held when it was claimed: nothing (this caller won) or an earlier attempt. */
    sealed interface Claim permits Won, AlreadySent, AlreadyFailed, InFlight {
    }

    /** Nobody had claimed it: this caller now may send, once. */
    record Won() implements Claim {
    }

    record AlreadySent(String providerMessageId) implements Claim {
    }

    record AlreadyFailed(String reason) implements Claim {
    }

    /** Claimed by an attempt that recorded no outcome: it may or may not have reached the provider. */
    record InFlight() implements Claim {
    }

    Claim claim(String key);

    void recordSent(String key, String providerMessageId);

    void recordFailed(String key, String reason);
}
