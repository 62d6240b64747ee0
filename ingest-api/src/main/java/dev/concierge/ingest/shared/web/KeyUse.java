package dev.concierge.ingest.shared.web;

/**
 * What Redis remembers about one {@code Idempotency-Key}: the fingerprint of the request that first
 * used it (method, path and body, keyed-hashed), whether that request is still running, and the
 * answer to replay — none for {@link NeverReplayed} endpoints.
 */
record KeyUse(String fingerprint, boolean pending, StoredAnswer answer) {

    static KeyUse pending(String fingerprint) {
        return new KeyUse(fingerprint, true, null);
    }

    KeyUse completed(StoredAnswer answerOrNull) {
        return new KeyUse(fingerprint, false, answerOrNull);
    }
}
