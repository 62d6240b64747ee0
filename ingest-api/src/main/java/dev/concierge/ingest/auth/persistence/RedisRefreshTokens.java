package dev.concierge.ingest.auth.persistence;

import dev.concierge.ingest.auth.application.RefreshTokens;
import dev.concierge.ingest.shared.application.Caller;
import java.time.Duration;
import java.util.Optional;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/** {@code refresh:<hash>} → {@code <subject> <role>}, deleted on use (GETDEL) or revocation. */
public final class RedisRefreshTokens implements RefreshTokens {

    private final RedissonClient redisson;

    public RedisRefreshTokens(RedissonClient redisson) {
        this.redisson = redisson;
    }

    @Override
    public void save(String tokenHash, Caller caller, Duration lifetime) {
        bucket(tokenHash).set(caller.id() + " " + caller.role().name(), lifetime);
    }

    @Override
    public Optional<Caller> consume(String tokenHash) {
        return Optional.ofNullable(bucket(tokenHash).getAndDelete()).map(value -> {
            String[] parts = value.split(" ", 2);
            return new Caller(parts[0], Caller.Role.valueOf(parts[1]));
        });
    }

    @Override
    public void revoke(String tokenHash) {
        bucket(tokenHash).delete();
    }

    private RBucket<String> bucket(String tokenHash) {
        return redisson.getBucket("refresh:" + tokenHash, StringCodec.INSTANCE);
    }
}
