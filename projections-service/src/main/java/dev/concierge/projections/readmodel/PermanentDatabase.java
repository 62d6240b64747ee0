package dev.concierge.projections.readmodel;

import com.mongodb.client.MongoDatabase;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The MongoDB database for what must outlive every rebuild, because Kafka cannot give it back: which
 * read-model generation is current, and customers' data keys (a rebuild must never bring back the
 * data of a customer whose key was erased). It is never dropped or switched; read models never go
 * here, they live in {@link ReadModelDatabase}.
 */
public final class PermanentDatabase implements Supplier<MongoDatabase> {

    private final MongoDatabase database;

    public PermanentDatabase(MongoDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public MongoDatabase get() {
        return database;
    }
}
