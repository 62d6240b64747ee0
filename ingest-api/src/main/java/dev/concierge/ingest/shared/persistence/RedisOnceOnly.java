package dev.concierge.ingest.shared.persistence;

import dev.concierge.ingest.shared.application.OnceOnly;
import java.time.Duration;
import java.util.Optional;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * {@code once:<key>} in Redis: {@code R|<marker>} while the first write runs (a short TTL, so a
 * crashed writer does not hold the key for ever), then {@code D|<answer>} for the remembering window.
 * The claim is one {@code SET NX}, so of two concurrent callers exactly one writes.
 */
public final class RedisOnceOnly implements OnceOnly {

    private static final String RUNNING = "R|";
    private static final String DONE = "D|";
    private static final Duration RUNNING_TTL = Duration.ofSeconds(30);

    private final RedissonClient redisson;

    public RedisOnceOnly(RedissonClient redisson) {
        this.redisson = redisson;
    }

    @Override
    public Optional<Held> claim(String key, String runningMarker) {
        RBucket<String> bucket = bucket(key);
        if (bucket.setIfAbsent(RUNNING + runningMarker, RUNNING_TTL)) {
            return Optional.empty();
        }
        String stored = bucket.get();
        if (stored == null) {
            // released or lapsed between the two calls: try again
            return claim(key, runningMarker);
        }
        return Optional.of(new Held(stored.startsWith(RUNNING), stored.substring(Math.min(2, stored.length()))));
    }

    @Override
    public void complete(String key, String answer, Duration remember) {
        bucket(key).set(DONE + answer, remember);
    }

    @Override
    public void release(String key) {
        bucket(key).delete();
    }

    private RBucket<String> bucket(String key) {
        return redisson.getBucket("once:" + key, StringCodec.INSTANCE);
    }
}
