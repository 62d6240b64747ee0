package dev.concierge.ingest.auth.persistence;

import dev.concierge.ingest.auth.application.LoginLockout;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/** {@code login:failures:<email>} and {@code login:lock:<email>}, checked and counted in one Lua script. */
public final class RedisLoginLockout implements LoginLockout {

    /** KEYS failures, lock; ARGV maxFailures, firstLockMs, maxLockMs, memoryMs → 0 (check it) or the lock left in ms. */
    private static final String RESERVE = """
            local locked = redis.call('PTTL', KEYS[2])
            if locked > 0 then return locked end
            local failures = redis.call('INCR', KEYS[1])
            redis.call('PEXPIRE', KEYS[1], ARGV[4])
            local beyond = failures - tonumber(ARGV[1])
            if beyond >= 0 then
              local lock = math.min(tonumber(ARGV[2]) * 2 ^ math.min(beyond, 30), tonumber(ARGV[3]))
              redis.call('SET', KEYS[2], '1', 'PX', math.floor(lock))
            end
            return 0
            """;

    private final RedissonClient redisson;

    public RedisLoginLockout(RedissonClient redisson) {
        this.redisson = redisson;
    }

    @Override
    public Optional<Duration> reserveAttempt(String email, Policy policy) {
        Long lockedMillis = redisson.getScript(StringCodec.INSTANCE).eval(failuresKey(email), RScript.Mode.READ_WRITE,
                RESERVE, RScript.ReturnType.INTEGER, List.<Object>of(failuresKey(email), lockKey(email)),
                policy.maxFailures(), policy.firstLock().toMillis(), policy.maxLock().toMillis(), policy.memory().toMillis());
        return lockedMillis == 0 ? Optional.empty() : Optional.of(Duration.ofMillis(lockedMillis));
    }

    @Override
    public void clear(String email) {
        redisson.getKeys().delete(failuresKey(email), lockKey(email));
    }

    private static String failuresKey(String email) {
        return "login:failures:" + email;
    }

    private static String lockKey(String email) {
        return "login:lock:" + email;
    }
}
