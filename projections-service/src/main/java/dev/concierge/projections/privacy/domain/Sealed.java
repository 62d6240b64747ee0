package dev.concierge.projections.privacy.domain;

import java.util.Objects;

/**
 * A value encrypted at rest: AES-GCM under the data key {@code keyId}, with its own 96-bit
 * {@code nonce}; {@code ciphertext} carries the GCM tag. The key id travels with the value so that
 * reading it needs nothing but the keys collection, and deleting that key makes it unreadable.
 */
public record Sealed(String keyId, byte[] nonce, byte[] ciphertext) {

    public Sealed {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(ciphertext, "ciphertext");
    }
}
