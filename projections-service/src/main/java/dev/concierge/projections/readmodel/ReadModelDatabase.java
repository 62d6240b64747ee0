package dev.concierge.projections.readmodel;

import com.mongodb.client.MongoDatabase;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The MongoDB database the read models are read from and written to now. Adapters ask for it on
 * every operation instead of keeping a database of their own, so that when a rebuild has filled a
 * fresh database and switches to it, every read and every live write follows at once.
 */
public final class ReadModelDatabase implements Supplier<MongoDatabase> {

    private volatile MongoDatabase current;

    public ReadModelDatabase(MongoDatabase initial) {
        this.current = Objects.requireNonNull(initial, "initial");
    }

    /** The database the read models are in now. */
    @Override
    public MongoDatabase get() {
        return current;
    }

    /** Makes {@code next} the database of every later read and write. */
    public void switchTo(MongoDatabase next) {
        this.current = Objects.requireNonNull(next, "next");
    }
}
