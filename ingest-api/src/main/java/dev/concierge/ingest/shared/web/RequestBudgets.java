package dev.concierge.ingest.shared.web;

import java.time.Duration;
import java.util.Optional;
import org.redisson.api.RRateLimiter;
import org.redisson.api.RateType;
import org.redisson.api.RedissonClient;

/**
 * Per-address and per-user request budgets shared by all instances through Redis (Redisson's
 * token-bucket {@link RRateLimiter}). Each write spends one permit; a batch spends one per line.
 *
 * <p>A limiter's rate lives in Redis, and Redisson's {@code trySetRate} never changes an existing
 * one, so the limiter's name carries its configuration ({@code ratelimit:<who>:<permits>/<period>}):
 * a changed limit is a new limiter from the next start of any instance, under load too, while the
 * old one idles out.
 */
public final class RequestBudgets {

    private final RedissonClient redisson;
    private final Budget perAddress;
    private final Budget perUser;

    public RequestBudgets(RedissonClient redisson, Budget perAddress, Budget perUser) {
        this.redisson = redisson;
        this.perAddress = perAddress;
        this.perUser = perUser;
    }

    /** Empty when the address had a permit left (now spent); otherwise the budget's period, for Retry-After. */
    public Optional<Duration> spendForAddress(String address) {
        return spend("ip:" + address, perAddress);
    }

    public Optional<Duration> spendForUser(String userId) {
        return spend("user:" + userId, perUser);
    }

    private Optional<Duration> spend(String who, Budget budget) {
        RRateLimiter limiter = redisson.getRateLimiter(
                "ratelimit:" + who + ":" + budget.permits() + "/" + budget.period().toMillis() + "ms");
        limiter.trySetRate(RateType.OVERALL, budget.permits(), budget.period());
        // idle limiters disappear instead of piling up one key per address ever seen
        limiter.expireIfNotSet(budget.period().multipliedBy(2));
        return limiter.tryAcquire() ? Optional.empty() : Optional.of(budget.period());
    }

    /** {@code permits} per {@code period}, refilled continuously. */
    public record Budget(long permits, Duration period) {
    }
}
