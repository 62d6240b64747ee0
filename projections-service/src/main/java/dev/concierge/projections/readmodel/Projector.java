package dev.concierge.projections.readmodel;

import com.mongodb.client.MongoDatabase;
import dev.concierge.schemas.catalog.Topic;
import java.util.List;
import java.util.function.Supplier;

/**
 * How the records of some topics become some read models. The live consumers and the admin rebuild
 * both go through it, the rebuild into a fresh database from offset zero, so every read model fed
 * this way can be rebuilt from Kafka alone. A CDI bean per read-model family; the rebuild finds
 * them all.
 *
 * <p>What {@link #into} returns must be idempotent and order-safe: applying a record a second time,
 * or an older fact after a newer one, changes nothing (guards on the event id or the aggregate
 * version), because a rebuild and the live consumers may both apply the same record, and topics are
 * replayed side by side, not in their original interleaving.
 */
public interface Projector {

    /** The catalog topics this read model is built from (every one kept forever or compacted). */
    List<Topic<?>> topics();

    /**
     * A sink applying records of {@link #topics()} to the read models held in {@code database}.
     * With {@code live}, what changed is also pushed to live subscribers; a rebuild passes false.
     * A record that cannot be decoded throws {@link dev.concierge.schemas.envelope.EventDecodingException}.
     */
    RecordSink into(Supplier<MongoDatabase> database, boolean live);

    /** Declares the indexes of this read model's collections in {@code database} (idempotent). */
    void declareIndexes(MongoDatabase database);
}
