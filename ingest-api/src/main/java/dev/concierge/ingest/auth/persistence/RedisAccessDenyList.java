package dev.concierge.ingest.auth.persistence;

import dev.concierge.ingest.auth.application.AccessDenyList;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * {@code deny:<jti>} until the token's own expiry, {@code deny-session:<sid>} for one access-token
 * lifetime; after that the signature check refuses the tokens anyway. Both are checked in one
 * round trip (EXISTS with two keys).
 */
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
    public void denySession(String sessionId, Duration accessLifetime) {
        redisson.getBucket("deny-session:" + sessionId, StringCodec.INSTANCE).set("1", accessLifetime.plusSeconds(1));
    }

    @Override
    public boolean isDenied(String tokenId, String sessionIdOrNull) {
        if (sessionIdOrNull == null) {
            return redisson.getBucket("deny:" + tokenId, StringCodec.INSTANCE).isExists();
        }
        return redisson.getKeys().countExists("deny:" + tokenId, "deny-session:" + sessionIdOrNull) > 0;
    }
}
