package dev.concierge.ingest.config;

import dev.concierge.ingest.shared.application.OnceOnly;
import dev.concierge.ingest.shared.persistence.RedisOnceOnly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.redisson.api.RedissonClient;

/**
 * What every capability shares: the at-most-once store behind Idempotency-Key, batch lines and webhooks.
 * The only place that knows which adapter backs which port of this capability.
 */
@ApplicationScoped
public class SharedWiring {

    @Produces
    @Singleton
    OnceOnly onceOnly(RedissonClient redisson) {
        return new RedisOnceOnly(redisson);
    }
}
