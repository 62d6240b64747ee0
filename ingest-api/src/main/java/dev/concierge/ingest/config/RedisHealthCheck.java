package dev.concierge.ingest.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.redisson.api.RedissonClient;
import org.redisson.api.redisnode.RedisNodes;

/** Ready only while Redis answers: idempotency, rate limits and sign-in depend on it. */
@Readiness
@ApplicationScoped
public class RedisHealthCheck implements HealthCheck {

    @Inject
    RedissonClient redisson;
    @ConfigProperty(name = "concierge.redis.url")
    String redisUrl;

    @Override
    public HealthCheckResponse call() {
        boolean up;
        String error = null;
        try {
            up = redisson.getRedisNodes(RedisNodes.SINGLE).pingAll();
        } catch (RuntimeException e) {
            up = false;
            error = e.getMessage();
        }
        var builder = HealthCheckResponse.named("Redis connection health check").status(up).withData("url", redisUrl);
        return error == null ? builder.build() : builder.withData("error", error).build();
    }
}
