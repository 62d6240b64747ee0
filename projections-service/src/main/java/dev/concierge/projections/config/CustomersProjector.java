package dev.concierge.projections.config;

import com.mongodb.client.MongoDatabase;
import dev.concierge.projections.customers.messaging.CustomerRecords;
import dev.concierge.projections.customers.persistence.MongoCustomers;
import dev.concierge.projections.privacy.persistence.FieldSealer;
import dev.concierge.projections.readmodel.Projector;
import dev.concierge.schemas.catalog.Topic;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.envelope.EventCodec;
import java.util.List;
import java.util.function.Supplier;

/** The {@code customers} read model as a {@link Projector}; nothing of it is pushed live. */
public final class CustomersProjector implements Projector {

    private final EventCodec codec;
    private final FieldSealer sealer;

    CustomersProjector(EventCodec codec, FieldSealer sealer) {
        this.codec = codec;
        this.sealer = sealer;
    }

    @Override
    public List<Topic<?>> topics() {
        return List.of(Topics.CUSTOMERS_EVENTS);
    }

    @Override
    public CustomerRecords into(Supplier<MongoDatabase> database, boolean live) {
        return new CustomerRecords(new MongoCustomers(database, sealer, codec.mapper()), codec);
    }

    @Override
    public void declareIndexes(MongoDatabase database) {
        MongoCustomers.declareIndexes(database);
    }
}
