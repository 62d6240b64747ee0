package dev.concierge.projections.config;

import com.mongodb.MongoException;
import dev.concierge.projections.readmodel.ReadModelDatabase;
import dev.concierge.projections.stores.application.StoreReading;
import dev.concierge.projections.stores.messaging.StoreRecords;
import dev.concierge.projections.stores.persistence.MongoStores;
import dev.concierge.schemas.envelope.EventCodec;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/** Wires the stores read model on the database the read models are in now ({@link ReadModelDatabase}). */
@ApplicationScoped
public class StoresWiring {

    private static final Logger LOG = Logger.getLogger(StoresWiring.class);

    @Produces
    @Singleton
    StoresProjector storesProjector(EventCodec codec) {
        return new StoresProjector(codec);
    }

    @Produces
    @Singleton
    StoreRecords liveStoreRecords(StoresProjector projector, ReadModelDatabase database) {
        return projector.into(database, true);
    }

    @Produces
    @Singleton
    StoreReading storeReading(ReadModelDatabase database, EventCodec codec) {
        return new StoreReading(new MongoStores(database, codec.mapper()));
    }

    void declareIndexes(@Observes StartupEvent started, StoresProjector projector, ReadModelDatabase database) {
        try {
            projector.declareIndexes(database.get());
        } catch (MongoException unreachable) {
            // the service still starts (readiness says MongoDB is DOWN); the indexes only speed queries up
            LOG.warnf("stores indexes not declared yet, MongoDB did not answer: %s", unreachable.getMessage());
        }
    }
}
