package dev.concierge.ingest.auth.persistence;

import dev.concierge.ingest.auth.application.OtpChallenges;
import dev.concierge.ingest.auth.application.OtpPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * OTP challenges in Redis: {@code otp:code:<phone>} (hash), {@code otp:tries:<phone>} (guesses at
 * that code), {@code otp:guesses:hour|day:<phone>} (wrong guesses across codes),
 * {@code otp:resend:<phone>} and {@code otp:sends:hour|day:<phone>}. Each check-and-count is one Lua
 * script, so forty concurrent guesses are compared at most as often as the code allows.
 */
public final class RedisOtpChallenges implements OtpChallenges {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration DAY = Duration.ofDays(1);
    /** Counts one use in KEYS[i] with its window ARGV[j] set when the count starts (fixed window). */
    private static final String COUNT = """
            local function count(key, windowMs)
              if redis.call('INCR', key) == 1 then redis.call('PEXPIRE', key, windowMs) end
            end
            local function spent(key, limit)
              return tonumber(redis.call('GET', key) or '0') >= tonumber(limit)
            end
            local function wait(key)
              return math.max(redis.call('PTTL', key), 1000)
            end
            """;
    /** KEYS code, tries, hour, day; ARGV maxTries, perHour, perDay, hourMs, dayMs → {state, hash|waitMs, triesLeft}. */
    private static final String CLAIM_GUESS = COUNT + """
            local hash = redis.call('GET', KEYS[1])
            if not hash then return {'none'} end
            if spent(KEYS[3], ARGV[2]) then return {'over', tostring(wait(KEYS[3]))} end
            if spent(KEYS[4], ARGV[3]) then return {'over', tostring(wait(KEYS[4]))} end
            local tries = redis.call('INCR', KEYS[2])
            if tries == 1 then redis.call('PEXPIRE', KEYS[2], math.max(redis.call('PTTL', KEYS[1]), 1)) end
            if tries > tonumber(ARGV[1]) then
              redis.call('DEL', KEYS[1], KEYS[2])
              return {'none'}
            end
            count(KEYS[3], ARGV[4])
            count(KEYS[4], ARGV[5])
            return {'granted', hash, tostring(tonumber(ARGV[1]) - tries)}
            """;
    /** KEYS resend, hour, day; ARGV resendMs, perHour, perDay, hourMs, dayMs → 0 (sent) or the wait in ms. */
    private static final String START_SEND = COUNT + """
            if redis.call('EXISTS', KEYS[1]) == 1 then return wait(KEYS[1]) end
            if spent(KEYS[2], ARGV[2]) then return wait(KEYS[2]) end
            if spent(KEYS[3], ARGV[3]) then return wait(KEYS[3]) end
            redis.call('SET', KEYS[1], '1', 'PX', ARGV[1])
            count(KEYS[2], ARGV[4])
            count(KEYS[3], ARGV[5])
            return 0
            """;
    /** Decrements only counters that still exist: a recreated counter would have no expiry. */
    private static final String REFUND = """
            for _, key in ipairs(KEYS) do
              if redis.call('EXISTS', key) == 1 then redis.call('DECR', key) end
            end
            return 0
            """;

    private final RedissonClient redisson;

    public RedisOtpChallenges(RedissonClient redisson) {
        this.redisson = redisson;
    }

    @Override
    public Optional<Duration> tryStartSend(String phone, OtpPolicy policy) {
        Long waitMillis = script().eval(key("resend", phone), RScript.Mode.READ_WRITE, START_SEND,
                RScript.ReturnType.INTEGER,
                List.<Object>of(key("resend", phone), key("sends:hour", phone), key("sends:day", phone)),
                policy.resendAfter().toMillis(), policy.sends().perHour(), policy.sends().perDay(), HOUR.toMillis(),
                DAY.toMillis());
        return waitMillis == 0 ? Optional.empty() : Optional.of(Duration.ofMillis(waitMillis));
    }

    @Override
    public void save(String phone, String codeHash, Duration lifetime) {
        redisson.getBucket(key("tries", phone), StringCodec.INSTANCE).delete();
        redisson.getBucket(key("code", phone), StringCodec.INSTANCE).set(codeHash, lifetime);
    }

    @Override
    public Guess claimGuess(String phone, OtpPolicy policy) {
        List<Object> result = script().eval(key("code", phone), RScript.Mode.READ_WRITE, CLAIM_GUESS,
                RScript.ReturnType.MULTI,
                List.<Object>of(key("code", phone), key("tries", phone), key("guesses:hour", phone),
                        key("guesses:day", phone)),
                policy.maxFailures(), policy.wrongGuesses().perHour(), policy.wrongGuesses().perDay(), HOUR.toMillis(),
                DAY.toMillis());
        String state = (String) result.get(0);
        if ("granted".equals(state)) {
            return new Granted((String) result.get(1), Integer.parseInt((String) result.get(2)));
        }
        return "over".equals(state) ? new OverBudget(Duration.ofMillis(Long.parseLong((String) result.get(1))))
                : new NoCode();
    }

    @Override
    public void refundGuess(String phone) {
        script().eval(key("guesses:hour", phone), RScript.Mode.READ_WRITE, REFUND, RScript.ReturnType.INTEGER,
                List.<Object>of(key("guesses:hour", phone), key("guesses:day", phone)));
    }

    @Override
    public boolean clear(String phone) {
        // the code goes first: a guess between the two deletes finds no code, whereas a reset
        // counter beside a live code would grant it a fresh set of tries
        boolean removed = redisson.getBucket(key("code", phone), StringCodec.INSTANCE).delete();
        redisson.getBucket(key("tries", phone), StringCodec.INSTANCE).delete();
        return removed;
    }

    private RScript script() {
        return redisson.getScript(StringCodec.INSTANCE);
    }

    private static String key(String kind, String phone) {
        return "otp:" + kind + ":" + phone;
    }
}
