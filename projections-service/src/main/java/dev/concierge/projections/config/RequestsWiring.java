package dev.concierge.projections.config;

import com.mongodb.MongoException;
import com.mongodb.client.MongoDatabase;
import dev.concierge.projections.live.LiveFeed;
import dev.concierge.projections.requests.application.RequestProjection;
import dev.concierge.projections.requests.application.RequestReading;
import dev.concierge.projections.requests.messaging.TimelineEntryReader;
import dev.concierge.projections.requests.persistence.MongoRequests;
import dev.concierge.schemas.envelope.EventCodec;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/** Wires the requests read model: one MongoDB adapter behind both the projection and the queries. */
@ApplicationScoped
public class RequestsWiring {

    private static final Logger LOG = Logger.getLogger(RequestsWiring.class);

    @Produces
    @Singleton
    MongoRequests mongoRequests(MongoDatabase database, EventCodec codec) {
        return new MongoRequests(database, codec.mapper());
    }

    @Produces
    @Singleton
    RequestProjection projection(MongoRequests readModel, LiveFeed live) {
        return new RequestProjection(readModel, readModel, live);
    }

    @Produces
    @Singleton
    RequestReading reading(MongoRequests queries) {
        return new RequestReading(queries);
    }

    @Produces
    @Singleton
    TimelineEntryReader timelineEntryReader(EventCodec codec) {
        return new TimelineEntryReader(codec);
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
