package dev.concierge.ingest.auth.persistence;

import dev.concierge.ingest.auth.application.AccessDenyList;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/** {@code deny:<jti>} until the token's own expiry; after that the signature check refuses it anyway. */
public final class RedisAccessDenyList implements AccessDenyList {

    private final RedissonClient redisson;
    private final Clock clock;

    public RedisAccessDenyList(RedissonClient redisson, Clock clock) {
        this.redisson = redisson;
        this.clock = clock;
    }

    @Override
    public void deny(String tokenId, Instant until) {
        Duration left = Duration.between(clock.instant(), until);
        if (!left.isNegative() && !left.isZero()) {
            redisson.getBucket("deny:" + tokenId, StringCodec.INSTANCE).set("1", left.plusSeconds(1));
        }
    }

    @Override
    public boolean isDenied(String tokenId) {
        return redisson.getBucket("deny:" + tokenId, StringCodec.INSTANCE).isExists();
    }
}
