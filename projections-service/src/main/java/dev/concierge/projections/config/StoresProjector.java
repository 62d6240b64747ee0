package dev.concierge.projections.config;

import com.mongodb.client.MongoDatabase;
import dev.concierge.projections.readmodel.Projector;
import dev.concierge.projections.stores.application.StoreProjection;
import dev.concierge.projections.stores.messaging.StoreRecords;
import dev.concierge.projections.stores.persistence.MongoStores;
import dev.concierge.projections.stores.persistence.StoreIndexes;
import dev.concierge.schemas.catalog.Topic;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.envelope.EventCodec;
import java.util.List;
import java.util.function.Supplier;

/** The stores read model ({@code stores}, {@code store_contacts}, {@code store_deliveries}) as a {@link Projector}. */
public final class StoresProjector implements Projector {

    private final EventCodec codec;

    StoresProjector(EventCodec codec) {
        this.codec = codec;
    }

    @Override
    public List<Topic<?>> topics() {
        return List.of(Topics.STORES_EVENTS, Topics.REQUESTS_EVENTS);
    }

    /** Nothing of the stores read model is pushed live: {@code live} changes nothing. */
    @Override
    public StoreRecords into(Supplier<MongoDatabase> database, boolean live) {
        return new StoreRecords(new StoreProjection(new MongoStores(database, codec.mapper())), codec);
    }

    @Override
    public void declareIndexes(MongoDatabase database) {
        StoreIndexes.declare(database);
    }
}
