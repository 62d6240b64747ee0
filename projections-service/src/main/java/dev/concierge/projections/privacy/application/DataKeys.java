package dev.concierge.projections.privacy.application;

import dev.concierge.projections.privacy.domain.Sealed;
import java.util.Optional;

/**
 * Where the data keys are kept, wrapped under the master key: outside the read models' databases, so
 * a rebuild into fresh collections finds the same keys and the same erasures. Every write is one
 * atomic step; an erased key is a tombstone (no key material) that is never replaced by a new key.
 */
public interface DataKeys {

    /**
     * A stored data key: {@code wrapped} under the master key {@code masterKeyId}; both null on a
     * tombstone. {@code customerId} is null while the key's request has not named its customer yet.
     */
    record StoredKey(String keyId, String customerId, Sealed wrapped, String masterKeyId) {

        public boolean erased() {
            return wrapped == null;
        }
    }

    Optional<StoredKey> find(String keyId);

    /** Stores {@code candidate} unless a key or tombstone of its id is there; answers what is stored now. */
    StoredKey putIfAbsent(StoredKey candidate);

    /** Records the customer on a key that names none yet. */
    void linkCustomer(String keyId, String customerId);

    /** Replaces the wrapping of a key still wrapped under {@code previousMasterKeyId} (master key rotation). */
    void rewrap(String keyId, String previousMasterKeyId, Sealed wrapped, String masterKeyId);

    /**
     * Makes {@code customerKeyId} (created if absent) and every key naming the customer tombstones:
     * their key material is deleted.
     */
    void eraseCustomer(String customerId, String customerKeyId);
}
