package dev.concierge.projections.rebuild.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import dev.concierge.projections.readmodel.PermanentDatabase;
import java.time.Clock;
import java.util.Date;
import org.bson.Document;

/**
 * Which generation of the read models is current, persisted in the permanent database (collection
 * {@code read_model_generation}, one document {@code _id: "current"}) so that a restart and every other
 * instance find it. Generation 0 is the configured database itself; generation n its name plus {@code _g<n>}.
 */
public final class GenerationPointer {

    static final String COLLECTION = "read_model_generation";
    private static final String CURRENT = "current";

    private final PermanentDatabase permanent;
    private final String baseName;
    private final Clock clock;

    public GenerationPointer(PermanentDatabase permanent, String baseName, Clock clock) {
        this.permanent = permanent;
        this.baseName = baseName;
        this.clock = clock;
    }

    /** The persisted current generation; 0 when no rebuild ever switched. */
    public long current() {
        Document found = collection().find(Filters.eq("_id", CURRENT)).first();
        return found == null ? 0 : found.get("generation", Number.class).longValue();
    }

    public String databaseName(long generation) {
        return generation == 0 ? baseName : baseName + "_g" + generation;
    }

    /** Makes {@code generation} the current one for every instance (they follow within their follow interval). */
    public void set(long generation, String rebuildId) {
        collection().replaceOne(Filters.eq("_id", CURRENT), new Document("_id", CURRENT)
                .append("generation", generation)
                .append("database", databaseName(generation))
                .append("rebuildId", rebuildId)
                .append("switchedAt", Date.from(clock.instant())), new ReplaceOptions().upsert(true));
    }

    private MongoCollection<Document> collection() {
        return permanent.get().getCollection(COLLECTION);
    }
}
