package dev.concierge.ingest.auth.persistence;

import dev.concierge.ingest.auth.application.ResetTokens;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.redisson.api.RBucket;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/** {@code reset:<hash>} → staff id, single use; {@code reset:requests:<email>} counts requests per hour. */
public final class RedisResetTokens implements ResetTokens {

    private static final Duration HOUR = Duration.ofHours(1);
    /** KEYS counter; ARGV limit, windowMs → 0 (allowed) or the window left in ms. */
    private static final String COUNT_REQUEST = """
            local count = redis.call('INCR', KEYS[1])
            if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
            if count > tonumber(ARGV[1]) then return math.max(redis.call('PTTL', KEYS[1]), 1000) end
            return 0
            """;

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

    @Override
    public Optional<Duration> countRequest(String email, int perHour) {
        String key = "reset:requests:" + email;
        Long waitMillis = redisson.getScript(StringCodec.INSTANCE).eval(key, RScript.Mode.READ_WRITE, COUNT_REQUEST,
                RScript.ReturnType.INTEGER, List.<Object>of(key), perHour, HOUR.toMillis());
        return waitMillis == 0 ? Optional.empty() : Optional.of(Duration.ofMillis(waitMillis));
    }

    private RBucket<String> bucket(String tokenHash) {
        return redisson.getBucket("reset:" + tokenHash, StringCodec.INSTANCE);
    }
}
