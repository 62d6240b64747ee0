package dev.concierge.ingest.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.redisson.api.RedissonClient;
import org.redisson.api.redisnode.RedisNodes;

/**
 * Ready only while Redis answers: idempotency, rate limits and sign-in depend on it. The answer
 * names no address and quotes no driver message: a Redis URL may carry a password, and driver
 * messages repeat the address; the log has the details.
 */
@Readiness
@ApplicationScoped
public class RedisHealthCheck implements HealthCheck {

    @Inject
    RedissonClient redisson;

    @Override
    public HealthCheckResponse call() {
        try {
            boolean up = redisson.getRedisNodes(RedisNodes.SINGLE).pingAll();
            return HealthCheckResponse.named("Redis connection health check").status(up).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("Redis connection health check").down()
                    .withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
