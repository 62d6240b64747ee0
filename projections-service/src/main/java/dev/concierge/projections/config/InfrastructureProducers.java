package dev.concierge.projections.config;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import dev.concierge.projections.readmodel.PermanentDatabase;
import dev.concierge.projections.readmodel.ReadModelDatabase;
import dev.concierge.projections.rebuild.persistence.GenerationPointer;
import dev.concierge.schemas.envelope.EventCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;

/** The schemas codec, where the read models are, and Redis. */
@ApplicationScoped
public class InfrastructureProducers {

    private static final Logger LOG = Logger.getLogger(InfrastructureProducers.class);

    @Produces
    @Singleton
    EventCodec eventCodec() {
        return EventCodec.standard();
    }

    /** What outlives rebuilds (the generation pointer, customers' data keys): {@code <database>_permanent}. */
    @Produces
    @Singleton
    PermanentDatabase permanentDatabase(MongoClient client,
            @ConfigProperty(name = "concierge.mongodb.database") String name) {
        return new PermanentDatabase(client.getDatabase(name + "_permanent"));
    }

    @Produces
    @Singleton
    GenerationPointer generationPointer(PermanentDatabase permanent,
            @ConfigProperty(name = "concierge.mongodb.database") String name) {
        return new GenerationPointer(permanent, name, Clock.systemUTC());
    }

    /**
     * The read models' database now: the generation the persisted pointer names (the last rebuild's); a
     * rebuild switches it to the fresh one it filled.
     */
    @Produces
    @Singleton
    ReadModelDatabase readModelDatabase(MongoClient client, GenerationPointer pointer) {
        String name;
        try {
            name = pointer.databaseName(pointer.current());
        } catch (MongoException unreachable) {
            // the service still starts (readiness says MongoDB is DOWN); the generation follower reads the pointer
            // every few seconds and moves to the right database once MongoDB answers
            name = pointer.databaseName(0);
            LOG.warnf("generation pointer not read, MongoDB did not answer; using %s until it does: %s", name,
                    unreachable.getMessage());
        }
        return new ReadModelDatabase(client.getDatabase(name));
    }

    /** Redis (Redisson): the analytics answer cache and the typing signals relayed on the stream. */
    @Produces
    @Singleton
    RedissonClient redisson(@ConfigProperty(name = "concierge.redis.url") String redisUrl) {
        Config config = new Config();
        // connect on first use so that the service starts while Redis is away (reads then skip the cache)
        config.setLazyInitialization(true);
        config.useSingleServer()
                .setAddress(redisUrl)
                .setConnectionMinimumIdleSize(2)
                .setConnectionPoolSize(16)
                .setTimeout(2000)
                .setRetryAttempts(1);
        return Redisson.create(config);
    }

    void closeRedisson(@Disposes RedissonClient redisson) {
        redisson.shutdown();
    }
}
