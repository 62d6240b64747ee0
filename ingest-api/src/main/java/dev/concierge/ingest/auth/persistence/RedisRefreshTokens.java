package dev.concierge.ingest.auth.persistence;

import dev.concierge.ingest.auth.application.RefreshTokens;
import dev.concierge.ingest.shared.application.Caller;
import java.time.Duration;
import java.util.List;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * {@code refresh:<hash>} → {@code live|used <subject> <role> <session>}, and
 * {@code refresh-session:<session>} while the session lasts. A redeemed token is kept, marked
 * {@code used}, until it would have expired, so that a copy presented later is recognised as reuse.
 * Redemption is one Lua script: two concurrent redemptions of a token cannot both succeed.
 */
public final class RedisRefreshTokens implements RefreshTokens {

    private static final String SESSION_PREFIX = "refresh-session:";
    /** KEYS[1] the token. Returns {state, subject, role, session}; state live (now spent), reused or refused. */
    private static final String REDEEM = """
            local v = redis.call('GET', KEYS[1])
            if not v then return {'refused'} end
            local state, subject, role, session = string.match(v, '^(%S+) (%S+) (%S+) (%S+)$')
            if not state then return {'refused'} end
            local sessionKey = ARGV[1] .. session
            if state == 'used' then
              redis.call('DEL', sessionKey)
              return {'reused', subject, role, session}
            end
            if redis.call('EXISTS', sessionKey) == 0 then return {'refused'} end
            redis.call('SET', KEYS[1], 'used ' .. subject .. ' ' .. role .. ' ' .. session, 'KEEPTTL')
            return {'live', subject, role, session}
            """;

    private final RedissonClient redisson;

    public RedisRefreshTokens(RedissonClient redisson) {
        this.redisson = redisson;
    }

    @Override
    public void save(String tokenHash, Caller caller, String sessionId, Duration lifetime) {
        redisson.getBucket(SESSION_PREFIX + sessionId, StringCodec.INSTANCE).set("1", lifetime);
        redisson.getBucket(key(tokenHash), StringCodec.INSTANCE)
                .set("live " + caller.id() + " " + caller.role().name() + " " + sessionId, lifetime);
    }

    @Override
    public Redemption redeem(String tokenHash) {
        List<Object> result = redisson.getScript(StringCodec.INSTANCE).eval(key(tokenHash), RScript.Mode.READ_WRITE,
                REDEEM, RScript.ReturnType.MULTI, List.<Object>of(key(tokenHash)), SESSION_PREFIX);
        String state = (String) result.get(0);
        if ("live".equals(state)) {
            return new Redeemed(new Caller((String) result.get(1), Caller.Role.valueOf((String) result.get(2))),
                    (String) result.get(3));
        }
        return "reused".equals(state) ? new Reused((String) result.get(3)) : new Refused();
    }

    @Override
    public void endSession(String sessionId) {
        redisson.getBucket(SESSION_PREFIX + sessionId, StringCodec.INSTANCE).delete();
    }

    private static String key(String tokenHash) {
        return "refresh:" + tokenHash;
    }
}
