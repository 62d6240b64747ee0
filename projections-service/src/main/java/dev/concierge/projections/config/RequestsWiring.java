package dev.concierge.projections.config;

import com.mongodb.MongoException;
import dev.concierge.projections.live.LiveFeed;
import dev.concierge.projections.privacy.persistence.FieldSealer;
import dev.concierge.projections.readmodel.ReadModelDatabase;
import dev.concierge.projections.requests.application.RequestReading;
import dev.concierge.projections.requests.messaging.RequestRecords;
import dev.concierge.projections.requests.persistence.MongoRequests;
import dev.concierge.schemas.envelope.EventCodec;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Wires the requests read model: the live consumers' sink and the queries both work on the database
 * the read models are in now ({@link ReadModelDatabase}).
 */
@ApplicationScoped
public class RequestsWiring {

    private static final Logger LOG = Logger.getLogger(RequestsWiring.class);

    @Produces
    @Singleton
    RequestsProjector projector(EventCodec codec, LiveFeed live, FieldSealer sealer) {
        return new RequestsProjector(codec, live, sealer);
    }

    @Produces
    @Singleton
    RequestRecords liveRecords(RequestsProjector projector, ReadModelDatabase database) {
        return projector.into(database, true);
    }

    @Produces
    @Singleton
    MongoRequests mongoRequests(ReadModelDatabase database, EventCodec codec, FieldSealer sealer) {
        return new MongoRequests(database, codec.mapper(), sealer);
    }

    @Produces
    @Singleton
    RequestReading reading(MongoRequests queries,
            @ConfigProperty(name = "concierge.requests.sla-due-soon", defaultValue = "PT15M") Duration dueSoon) {
        return new RequestReading(queries, Clock.systemUTC(), dueSoon);
    }

    void declareIndexes(@Observes StartupEvent started, MongoRequests readModel) {
        try {
            readModel.declareIndexes();
        } catch (MongoException unreachable) {
            // the service still starts (readiness says MongoDB is DOWN); the first write declares them
            LOG.warnf("read-model indexes not declared yet, MongoDB did not answer: %s", unreachable.getMessage());
        }
    }
}
