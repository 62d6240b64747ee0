package dev.concierge.projections.privacy.persistence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.concierge.projections.privacy.application.DataKeys;
import dev.concierge.projections.privacy.domain.Sealed;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Collection {@code data_keys} ({@code _id} the key id) in a database of its own, never one of the
 * read models' (rebuildable) databases: {@code customerId}, {@code wrapped} (the data key sealed under
 * the master key), {@code master} (that master key's id), {@code erased} on a tombstone.
 */
public final class MongoDataKeys implements DataKeys {

    static final String KEYS = "data_keys";

    private final MongoDatabase database;

    public MongoDataKeys(MongoDatabase database) {
        this.database = database;
    }

    public void declareIndexes() {
        keys().createIndex(Indexes.ascending("customerId"), new IndexOptions().name("customer"));
    }

    @Override
    public Optional<StoredKey> find(String keyId) {
        return Optional.ofNullable(keys().find(Filters.eq("_id", keyId)).first()).map(MongoDataKeys::stored);
    }

    @Override
    public StoredKey putIfAbsent(StoredKey candidate) {
        Bson insert = Updates.combine(Updates.setOnInsert("customerId", candidate.customerId()),
                Updates.setOnInsert("wrapped", SealedRows.toRow(candidate.wrapped())),
                Updates.setOnInsert("master", candidate.masterKeyId()), Updates.setOnInsert("erased", false));
        try {
            return stored(keys().findOneAndUpdate(Filters.eq("_id", candidate.keyId()), insert,
                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER)));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // another writer created it between our find and our upsert: theirs is the key
            return find(candidate.keyId()).orElseThrow(() -> e);
        }
    }

    @Override
    public void linkCustomer(String keyId, String customerId) {
        keys().updateOne(Filters.and(Filters.eq("_id", keyId), Filters.eq("customerId", null)),
                Updates.set("customerId", customerId));
    }

    @Override
    public void rewrap(String keyId, String previousMasterKeyId, Sealed wrapped, String masterKeyId) {
        keys().updateOne(Filters.and(Filters.eq("_id", keyId), Filters.eq("master", previousMasterKeyId)),
                Updates.combine(Updates.set("wrapped", SealedRows.toRow(wrapped)), Updates.set("master", masterKeyId)));
    }

    @Override
    public void eraseCustomer(String customerId, String customerKeyId) {
        Bson tombstone = Updates.combine(Updates.set("customerId", customerId), Updates.set("erased", true),
                Updates.unset("wrapped"), Updates.unset("master"));
        // the customer's own key first: from then on no key of theirs can be created or linked unerased
        keys().updateOne(Filters.eq("_id", customerKeyId), tombstone, new UpdateOptions().upsert(true));
        keys().updateMany(Filters.eq("customerId", customerId), tombstone);
    }

    private MongoCollection<Document> keys() {
        return database.getCollection(KEYS);
    }

    private static StoredKey stored(Document row) {
        Document wrapped = row.get("wrapped", Document.class);
        return new StoredKey(row.getString("_id"), row.getString("customerId"),
                wrapped == null || Boolean.TRUE.equals(row.getBoolean("erased")) ? null : SealedRows.fromRow(wrapped),
                row.getString("master"));
    }
}
