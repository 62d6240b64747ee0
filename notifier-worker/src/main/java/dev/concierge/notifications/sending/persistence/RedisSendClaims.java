package dev.concierge.notifications.sending.persistence;

import dev.concierge.notifications.sending.application.SendClaims;
import java.time.Duration;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * Claims in Redis, one string per key under {@value #PREFIX}: {@code in-flight} from the moment it is
 * claimed ({@code SET NX}), then {@code sent:<provider id>} or {@code failed:<reason>}. Kept for
 * {@code retention} (longer than any command stays on its topic), so a replay finds them.
 */
public final class RedisSendClaims implements SendClaims {

    static final String PREFIX = "notifier:send:";
    private static final String IN_FLIGHT = "in-flight";
    private static final String SENT = "sent:";
    private static final String FAILED = "failed:";

    private final RedissonClient redis;
    private final Duration retention;

    public RedisSendClaims(RedissonClient redis, Duration retention) {
        this.redis = redis;
        this.retention = retention;
    }

    @Override
    public Claim claim(String key) {
        RBucket<String> bucket = bucket(key);
        if (bucket.setIfAbsent(IN_FLIGHT, retention)) {
            return new Won();
        }
        String held = bucket.get();
        if (held == null) {
            // expired between the two calls: a claim that old is no longer a send in progress
            return bucket.setIfAbsent(IN_FLIGHT, retention) ? new Won() : new InFlight();
        }
        if (held.startsWith(SENT)) {
            return new AlreadySent(held.substring(SENT.length()));
        }
        if (held.startsWith(FAILED)) {
            return new AlreadyFailed(held.substring(FAILED.length()));
        }
        return new InFlight();
    }

    @Override
    public void recordSent(String key, String providerMessageId) {
        bucket(key).set(SENT + providerMessageId, retention);
    }

    @Override
    public void recordFailed(String key, String reason) {
        bucket(key).set(FAILED + reason, retention);
    }

    private RBucket<String> bucket(String key) {
        return redis.getBucket(PREFIX + key, StringCodec.INSTANCE);
    }
}
