package dev.concierge.ingest.auth.persistence;

import dev.concierge.ingest.auth.application.ResetTokens;
import java.time.Duration;
import java.util.Optional;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/** {@code reset:<hash>} → staff id, single use. */
public final class RedisResetTokens implements ResetTokens {

    private final RedissonClient redisson;

    public RedisResetTokens(RedissonClient redisson) {
        this.redisson = redisson;
    }

    @Override
    public void save(String tokenHash, String staffId, Duration lifetime) {
        bucket(tokenHash).set(staffId, lifetime);
    }

    @Override
    public Optional<String> consume(String tokenHash) {
        return Optional.ofNullable(bucket(tokenHash).getAndDelete());
    }

    private RBucket<String> bucket(String tokenHash) {
        return redisson.getBucket("reset:" + tokenHash, StringCodec.INSTANCE);
    }
}
