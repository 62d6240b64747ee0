package dev.concierge.ingest.directory.persistence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import dev.concierge.ingest.directory.application.StoreRegistry;
import java.util.Optional;
import org.bson.Document;

/** {@code stores}: store id → WhatsApp number, unique per number. */
public final class MongoStoreRegistry implements StoreRegistry {

    private final MongoCollection<Document> stores;

    public MongoStoreRegistry(MongoDatabase database) {
        this.stores = database.getCollection("stores");
        stores.createIndex(Indexes.ascending("phone"), new IndexOptions().unique(true));
    }

    @Override
    public boolean register(String storeId, String phone) {
        try {
            stores.insertOne(new Document("_id", storeId).append("phone", phone));
            return true;
        } catch (MongoWriteException e) {
            return rejectDuplicate(e);
        }
    }

    @Override
    public boolean changePhone(String storeId, String phone) {
        try {
            stores.updateOne(Filters.eq("_id", storeId), Updates.set("phone", phone));
            return true;
        } catch (MongoWriteException e) {
            return rejectDuplicate(e);
        }
    }

    @Override
    public boolean exists(String storeId) {
        return stores.find(Filters.eq("_id", storeId)).first() != null;
    }

    @Override
    public Optional<String> storeIdByPhone(String phone) {
        return Optional.ofNullable(stores.find(Filters.eq("phone", phone)).first()).map(doc -> doc.getString("_id"));
    }

    private static boolean rejectDuplicate(MongoWriteException e) {
        if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
            return false;
        }
        throw e;
    }
}
