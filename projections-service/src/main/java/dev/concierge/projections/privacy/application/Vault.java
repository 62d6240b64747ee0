package dev.concierge.projections.privacy.application;

import dev.concierge.projections.privacy.application.DataKeys.StoredKey;
import dev.concierge.projections.privacy.domain.AesGcm;
import dev.concierge.projections.privacy.domain.KeyOwner;
import dev.concierge.projections.privacy.domain.MasterKey;
import dev.concierge.projections.privacy.domain.Revealed;
import dev.concierge.projections.privacy.domain.Sealed;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;

/**
 * Envelope encryption of personal data in the read models: values are sealed under their owner's data
 * key (created on first use, stored wrapped under the master key), opened with it, and read as erased
 * once the key is gone. Keys are cached in memory for {@code cacheFor}, so another replica's erasure
 * takes effect here within that time (this replica's own at once).
 */
public final class Vault {

    private final DataKeys keys;
    private final List<MasterKey> masterKeys;
    private final AesGcm aes;
    private final Clock clock;
    private final Duration cacheFor;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    /** A data key in memory; {@code key} null for a tombstone. */
    private record Cached(SecretKey key, String customerId, Instant until) {
    }

    /** @param masterKeys the current master key first, then previous ones still accepted for unwrapping */
    public Vault(DataKeys keys, List<MasterKey> masterKeys, AesGcm aes, Clock clock, Duration cacheFor) {
        this.keys = keys;
        this.masterKeys = List.copyOf(masterKeys);
        this.aes = aes;
        this.clock = clock;
        this.cacheFor = cacheFor;
    }

    /** The value sealed under the owner's key; empty when the owner's data was erased: nothing is to be stored. */
    public Optional<Sealed> seal(KeyOwner owner, String plaintext) {
        SecretKey key = keyOf(owner).key();
        return key == null ? Optional.empty()
                : Optional.of(aes.encrypt(owner.keyId(), key, plaintext.getBytes(StandardCharsets.UTF_8)));
    }

    /** The plaintext, or {@link Revealed#ERASED} when the key it was sealed with has been deleted. */
    public Revealed open(Sealed sealed) {
        Cached cached = cached(sealed.keyId()).orElseGet(() -> load(sealed.keyId(), null));
        if (cached.key() == null) {
            return Revealed.ERASED;
        }
        return Revealed.of(new String(aes.decrypt(cached.key(), sealed), StandardCharsets.UTF_8));
    }

    public boolean isErased(KeyOwner owner) {
        return keyOf(owner).key() == null;
    }

    /** The blind index of a text (see {@link MasterKey#searchTokens}). */
    public List<String> searchTokens(String text) {
        return masterKeys.get(0).searchTokens(text);
    }

    /** Deletes the customer's key and every key of their requests, for good (tombstones stay). */
    public void erase(String customerId) {
        keys.eraseCustomer(customerId, KeyOwner.customer(customerId).keyId());
        cache.entrySet().removeIf(entry -> customerId.equals(entry.getValue().customerId()));
    }

    private Cached keyOf(KeyOwner owner) {
        Optional<Cached> cached = cached(owner.keyId());
        // a cached key that does not know its customer yet is reloaded once the owner names them, to link it
        if (cached.isPresent() && (owner.customerId() == null || cached.get().customerId() != null)) {
            return cached.get();
        }
        return load(owner.keyId(), owner);
    }

    private Optional<Cached> cached(String keyId) {
        Cached cached = cache.get(keyId);
        return cached != null && cached.until().isAfter(clock.instant()) ? Optional.of(cached) : Optional.empty();
    }

    /** Reads (or, for an owner, creates) the key, links it to its customer and honours their erasure. */
    private Cached load(String keyId, KeyOwner owner) {
        Optional<StoredKey> found = keys.find(keyId);
        if (found.isEmpty() && owner == null) {
            // a value whose key is gone without a tombstone (e.g. deleted by hand) reads as erased too
            return new Cached(null, null, clock.instant());
        }
        StoredKey stored = found.orElseGet(() -> keys.putIfAbsent(fresh(owner)));
        String customerId = stored.customerId() != null ? stored.customerId() : owner == null ? null : owner.customerId();
        if (!stored.erased() && customerId != null) {
            if (stored.customerId() == null) {
                keys.linkCustomer(keyId, customerId);
            }
            String customerKeyId = KeyOwner.customer(customerId).keyId();
            // linked first, checked second: an erasure running at the same time sees the link or is seen here
            if (!keyId.equals(customerKeyId) && keys.find(customerKeyId).map(StoredKey::erased).orElse(false)) {
                keys.eraseCustomer(customerId, customerKeyId);
                stored = new StoredKey(keyId, customerId, null, null);
            }
        }
        Cached cached = new Cached(stored.erased() ? null : unwrap(stored), customerId, clock.instant().plus(cacheFor));
        cache.put(keyId, cached);
        return cached;
    }

    private StoredKey fresh(KeyOwner owner) {
        MasterKey current = masterKeys.get(0);
        return new StoredKey(owner.keyId(), owner.customerId(), current.wrap(aes, owner.keyId(), aes.newKey()),
                current.id());
    }

    private SecretKey unwrap(StoredKey stored) {
        MasterKey current = masterKeys.get(0);
        MasterKey wrapping = masterKeys.stream().filter(master -> master.id().equals(stored.masterKeyId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("data key " + stored.keyId() + " is wrapped under master key "
                        + stored.masterKeyId() + ", which is not configured"));
        SecretKey key = wrapping.unwrap(aes, stored.wrapped());
        if (wrapping != current) {
            // rotation: re-wrap under the current master key as keys are used
            keys.rewrap(stored.keyId(), wrapping.id(), current.wrap(aes, stored.keyId(), key), current.id());
        }
        return key;
    }
}
