package dev.concierge.ingest.auth.persistence;

import dev.concierge.ingest.auth.application.AccessDenyList;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * {@code deny:<jti>} until the token's own expiry, {@code deny-session:<sid>} for one access-token
 * lifetime; after that the signature check refuses the tokens anyway. A token is denied when either
 * key exists; the check itself runs in the rate-limit budgets' script (one round trip for both).
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
    public List<String> markersOf(String tokenId, String sessionIdOrNull) {
        return sessionIdOrNull == null ? List.of("deny:" + tokenId)
                : List.of("deny:" + tokenId, "deny-session:" + sessionIdOrNull);
    }
}
