package dev.concierge.projections.config;

import com.mongodb.client.MongoClient;
import dev.concierge.projections.readmodel.ReadModelDatabase;
import dev.concierge.schemas.envelope.EventCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;

/** The schemas codec, where the read models are, and Redis. */
@ApplicationScoped
public class InfrastructureProducers {

    @Produces
    @Singleton
    EventCodec eventCodec() {
        return EventCodec.standard();
    }

    /** Redis, for the typing signals relayed on the stream. */
    @Produces
    @Singleton
    RedissonClient redisson(@ConfigProperty(name = "concierge.redis.url") String redisUrl) {
        Config config = new Config();
        // connect on first use so that the service starts while Redis is away
        config.setLazyInitialization(true);
        config.useSingleServer().setAddress(redisUrl).setConnectionMinimumIdleSize(1).setConnectionPoolSize(8)
                .setTimeout(2000).setRetryAttempts(1);
        return Redisson.create(config);
    }

    void closeRedisson(@Disposes RedissonClient redisson) {
        redisson.shutdown();
    }

    /** The read models' database now; a rebuild switches it to the fresh one it filled. */
    @Produces
    @Singleton
    ReadModelDatabase readModelDatabase(MongoClient client,
            @ConfigProperty(name = "concierge.mongodb.database") String name) {
        return new ReadModelDatabase(client.getDatabase(name));
    }
}
