package dev.concierge.ingest.auth.persistence;

import dev.concierge.ingest.auth.application.OtpChallenges;
import java.time.Duration;
import java.util.Optional;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/** OTP challenges in Redis: {@code otp:code:<phone>} (hash), {@code otp:failures:<phone>}, {@code otp:resend:<phone>}. */
public final class RedisOtpChallenges implements OtpChallenges {

    private final RedissonClient redisson;

    public RedisOtpChallenges(RedissonClient redisson) {
        this.redisson = redisson;
    }

    @Override
    public boolean tryStartResendWindow(String phone, Duration resendAfter) {
        return redisson.getBucket("otp:resend:" + phone, StringCodec.INSTANCE).setIfAbsent("1", resendAfter);
    }

    @Override
    public Duration resendWaitLeft(String phone) {
        long millis = redisson.getBucket("otp:resend:" + phone, StringCodec.INSTANCE).remainTimeToLive();
        return Duration.ofMillis(Math.max(millis, 1000));
    }

    @Override
    public void save(String phone, String codeHash, Duration lifetime) {
        redisson.getBucket("otp:failures:" + phone, StringCodec.INSTANCE).delete();
        redisson.getBucket("otp:code:" + phone, StringCodec.INSTANCE).set(codeHash, lifetime);
    }

    @Override
    public Optional<String> codeHash(String phone) {
        return Optional.ofNullable(redisson.<String>getBucket("otp:code:" + phone, StringCodec.INSTANCE).get());
    }

    @Override
    public long recordFailure(String phone, Duration lifetime) {
        var failures = redisson.getAtomicLong("otp:failures:" + phone);
        long count = failures.incrementAndGet();
        failures.expireIfNotSet(lifetime);
        return count;
    }

    @Override
    public boolean clear(String phone) {
        redisson.getBucket("otp:failures:" + phone, StringCodec.INSTANCE).delete();
        return redisson.getBucket("otp:code:" + phone, StringCodec.INSTANCE).delete();
    }
}
