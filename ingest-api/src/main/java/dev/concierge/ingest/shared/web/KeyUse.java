package dev.concierge.ingest.shared.web;

/**
 * What is remembered about one {@code Idempotency-Key}: the fingerprint of the request that first
 * used it (method, path and body, keyed-hashed) and, once it has finished, the answer to replay —
 * none while it runs and none for {@link NeverReplayed} endpoints.
 */
record KeyUse(String fingerprint, StoredAnswer answer) {

    static KeyUse running(String fingerprint) {
        return new KeyUse(fingerprint, null);
    }

    KeyUse completed(StoredAnswer answerOrNull) {
        return new KeyUse(fingerprint, answerOrNull);
    }
}
