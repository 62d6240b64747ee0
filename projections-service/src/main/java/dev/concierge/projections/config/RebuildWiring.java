package dev.concierge.projections.config;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import dev.concierge.projections.readmodel.Projector;
import dev.concierge.projections.readmodel.ReadModelDatabase;
import dev.concierge.projections.rebuild.application.Rebuilds;
import dev.concierge.projections.rebuild.messaging.KafkaTopicReplays;
import dev.concierge.projections.rebuild.persistence.GenerationPointer;
import dev.concierge.projections.rebuild.persistence.MongoGenerations;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Wires the admin rebuild over every {@link Projector} bean, and keeps this instance on the generation
 * the persisted pointer names (another instance's rebuild may switch it).
 */
@ApplicationScoped
public class RebuildWiring {

    private static final Logger LOG = Logger.getLogger(RebuildWiring.class);

    private final ExecutorService rebuildThread = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "read-model-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final ScheduledExecutorService follower = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "read-model-generation-follower");
        thread.setDaemon(true);
        return thread;
    });

    @Produces
    @Singleton
    MongoGenerations generations(MongoClient client, GenerationPointer pointer, ReadModelDatabase live,
            @Any Instance<Projector> projectors) {
        return new MongoGenerations(client, pointer, live, projectors.stream().toList());
    }

    @Produces
    @Singleton
    Rebuilds rebuilds(MongoGenerations generations, @Identifier("default-kafka-broker") Map<String, Object> kafka,
            @ConfigProperty(name = "concierge.rebuild.stall-timeout") Duration stallTimeout,
            @ConfigProperty(name = "concierge.rebuild.settle") Duration settle) {
        KafkaTopicReplays replays = new KafkaTopicReplays(kafka, generations.topics(), generations::sinksInto,
                stallTimeout);
        return new Rebuilds(generations, replays, rebuildThread, Clock.systemUTC(),
                () -> "rbd_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12), settle);
    }

    void followThePointer(@Observes StartupEvent started, MongoGenerations generations,
            @ConfigProperty(name = "concierge.rebuild.follow-interval") Duration interval) {
        follower.scheduleWithFixedDelay(() -> {
            try {
                generations.follow();
            } catch (MongoException unreachable) {
                LOG.debugf("generation pointer not read, MongoDB did not answer: %s", unreachable.getMessage());
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) {
        follower.shutdownNow();
        // a running rebuild is interrupted and reports FAILED; the current generation stays as it was
        rebuildThread.shutdownNow();
    }
}
