package dev.concierge.projections.readmodel;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import org.bson.Document;

/** The write guard read models keyed by event id share: an insert whose {@code _id} exists was done before. */
public final class MongoWrites {

    private MongoWrites() {
    }

    /** Inserts the row; true when it was new, false when a row with its {@code _id} was there (not an error). */
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

    public static boolean isDuplicateKey(MongoWriteException e) {
        return e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
    }
}
