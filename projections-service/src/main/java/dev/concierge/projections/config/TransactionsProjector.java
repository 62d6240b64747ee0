package dev.concierge.projections.config;

import com.mongodb.client.MongoDatabase;
import dev.concierge.projections.readmodel.Projector;
import dev.concierge.projections.transactions.messaging.TransactionRecords;
import dev.concierge.projections.transactions.persistence.MongoTransactions;
import dev.concierge.schemas.catalog.Topic;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.envelope.EventCodec;
import java.util.List;
import java.util.function.Supplier;

/** The {@code transactions} read model as a {@link Projector}: {@code payments.events}, kept forever. */
public final class TransactionsProjector implements Projector {

    private final EventCodec codec;

    TransactionsProjector(EventCodec codec) {
        this.codec = codec;
    }

    @Override
    public List<Topic<?>> topics() {
        return List.of(Topics.PAYMENTS_EVENTS);
    }

    @Override
    public TransactionRecords into(Supplier<MongoDatabase> database, boolean live) {
        return new TransactionRecords(new MongoTransactions(database), codec);
    }

    @Override
    public void declareIndexes(MongoDatabase database) {
        MongoTransactions.declareIndexes(database);
    }
}
