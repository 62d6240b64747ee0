package dev.concierge.projections.readmodel;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The two idempotent writes the read models are made of, each one atomic step guarded by a unique
 * {@code _id} (no transactions: the Mongo-wire server has none, and none are needed). Each answers
 * whether it changed anything.
 */
public final class MongoWrites {

    private MongoWrites() {
    }

    /** Inserts the row; an existing {@code _id} means this event was applied before, which is not an error. */
    public static boolean insertOnce(MongoCollection<Document> collection, Document row) {
        try {
            collection.insertOne(row);
            return true;
        } catch (MongoWriteException e) {
            if (isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Applies {@code update} to the document {@code id} only if its {@code guardField} is missing or
     * lower than {@code guard} (a per-aggregate version, a topic offset, an ordering key), creating the
     * document when there is none. When the stored guard is the same or higher the filter matches nothing,
     * the upsert's insert collides on {@code _id}, and nothing changes: a redelivered or older fact is a no-op.
     * The update must {@code $set} {@code guardField} to {@code guard}.
     */
    public static boolean updateIfNewer(MongoCollection<Document> collection, String id, String guardField,
            Object guard, Bson update) {
        Bson olderOrNone = Filters.or(Filters.exists(guardField, false), Filters.lt(guardField, guard));
        try {
            collection.updateOne(Filters.and(Filters.eq("_id", id), olderOrNone), update,
                    new UpdateOptions().upsert(true));
            return true;
        } catch (MongoWriteException e) {
            if (isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    /** Applies a commutative update ({@code $min}, {@code $max}, {@code $setOnInsert}), creating the document if needed. */
    public static void upsert(MongoCollection<Document> collection, String id, Bson update) {
        try {
            collection.updateOne(Filters.eq("_id", id), update, new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            // two writers created the same document at once: the update applies to the one that won
            if (!isDuplicateKey(e)) {
                throw e;
            }
            collection.updateOne(Filters.eq("_id", id), update);
        }
    }

    public static boolean isDuplicateKey(MongoWriteException e) {
        return e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
    }
}
