package dev.concierge.notifications.sending.persistence;

import dev.concierge.notifications.channels.RateLimits;
import java.time.Duration;
import java.util.Map;
import org.redisson.api.RRateLimiter;
import org.redisson.api.RateType;
import org.redisson.api.RedissonClient;

/**
 * One Redisson {@link RRateLimiter} per provider ({@code notifier:rate:<provider>}), shared by every
 * notifier instance: Twilio, the SMTP relay and FCM each cap how fast an account may send.
 */
public final class RedisRateLimits implements RateLimits {

    /** How many sends per period one provider allows. */
    public record Budget(long permits, Duration period) {
    }

    private final RedissonClient redis;
    private final Map<String, Budget> budgets;

    public RedisRateLimits(RedissonClient redis, Map<String, Budget> budgets) {
        this.redis = redis;
        this.budgets = Map.copyOf(budgets);
    }

    @Override
    public void acquire(String provider) {
        Budget budget = budgets.get(provider);
        if (budget == null) {
            return;
        }
        RRateLimiter limiter = redis.getRateLimiter("notifier:rate:" + provider);
        // the first instance sets the rate; later ones (and restarts) find it set
        limiter.trySetRate(RateType.OVERALL, budget.permits(), budget.period());
        limiter.acquire();
    }
}
