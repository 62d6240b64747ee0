package dev.concierge.projections.config;

import dev.concierge.projections.readmodel.ReadModelDatabase;
import dev.concierge.projections.requests.persistence.MongoRequests;
import dev.concierge.projections.stores.application.StoreReading;
import dev.concierge.projections.stores.messaging.StoreRecords;
import dev.concierge.projections.stores.persistence.MongoStores;
import dev.concierge.schemas.envelope.EventCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Wires the stores read model on the database the read models are in now ({@link ReadModelDatabase}). */
@ApplicationScoped
public class StoresWiring {

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
    StoreReading storeReading(ReadModelDatabase database, EventCodec codec, MongoRequests requests) {
        return new StoreReading(new MongoStores(database, codec.mapper()),
                new TimelineStoreMessages(requests, codec.mapper()));
    }
}
