package dev.concierge.ingest.shared.web;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * Remembers the first answer to each Idempotency-Key in Redis. A key is first claimed with a short
 * "pending" marker (so a concurrent duplicate cannot produce a second event), then replaced by the
 * stored answer for the replay window. A failed write releases the key so the client may retry.
 */
@Singleton
public class IdempotencyStore {

    static final String PENDING = "pending";
    private static final Duration PENDING_TTL = Duration.ofSeconds(30);

    private final RedissonClient redisson;

    IdempotencyStore(RedissonClient redisson) {
        this.redisson = redisson;
    }

    /** Empty when the key was free and is now claimed; otherwise what is stored under it. */
    public Optional<String> claim(String key) {
        return claim(key, PENDING);
    }

    /**
     * Like {@link #claim(String)}, with a marker of the caller's choosing held while the first
     * request runs (so a concurrent duplicate can be told apart from a different request).
     */
    public Optional<String> claim(String key, String pendingMarker) {
        RBucket<String> bucket = bucket(key);
        if (bucket.setIfAbsent(pendingMarker, PENDING_TTL)) {
            return Optional.empty();
        }
        return Optional.ofNullable(bucket.get()).or(() -> Optional.of(PENDING));
    }

    public void complete(String key, String storedAnswer, Duration replayWindow) {
        bucket(key).set(storedAnswer, replayWindow);
    }

    public void release(String key) {
        bucket(key).delete();
    }

    private RBucket<String> bucket(String key) {
        return redisson.getBucket("idem:" + key, StringCodec.INSTANCE);
    }
}
