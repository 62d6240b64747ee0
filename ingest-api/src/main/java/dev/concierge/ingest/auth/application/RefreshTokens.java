package dev.concierge.ingest.auth.application;

import dev.concierge.ingest.shared.application.Caller;
import java.time.Duration;

/**
 * Opaque refresh tokens, stored hashed. Every token belongs to a session: the chain of tokens
 * rotated from one sign-in. A token works once; presenting a spent one again ends its whole session.
 */
public interface RefreshTokens {

    /** Saves a fresh token of {@code sessionId} and keeps the session alive for {@code lifetime}. */
    void save(String tokenHash, Caller caller, String sessionId, Duration lifetime);

    /**
     * Spends the token in one atomic step: of two redemptions of the same token at most one is
     * {@link Redeemed}; a spent token is {@link Reused} and its session is ended in that same step.
     */
    Redemption redeem(String tokenHash);

    /** Ends a session: none of its refresh tokens works any more. */
    void endSession(String sessionId);

    sealed interface Redemption permits Redeemed, Reused, Refused {
    }

    record Redeemed(Caller caller, String sessionId) implements Redemption {
    }

    /** A spent token came back: someone holds a copy. The session it belongs to is over. */
    record Reused(String sessionId) implements Redemption {
    }

    /** Unknown, expired, or of a session that already ended. */
    record Refused() implements Redemption {
    }
}
