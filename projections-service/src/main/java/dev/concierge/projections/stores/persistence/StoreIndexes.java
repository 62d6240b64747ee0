package dev.concierge.projections.stores.persistence;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import dev.concierge.projections.readmodel.KeysetPages;

/** The indexes of the stores read model, declared in code (idempotent); the Mongo-wire server accepts and ignores them. */
public final class StoreIndexes {

    private StoreIndexes() {
    }

    public static void declare(MongoDatabase database) {
        var stores = database.getCollection(MongoStores.STORES);
        // the directory by name, alone or within a category
        stores.createIndex(Indexes.ascending(KeysetPages.SORT_KEY, "_id"), new IndexOptions().name("by_name"));
        stores.createIndex(Indexes.ascending("categories", KeysetPages.SORT_KEY, "_id"), new IndexOptions().name("category_by_name"));
        // a store's page: its contacts, newest first
        database.getCollection(MongoStores.CONTACTS).createIndex(
                Indexes.compoundIndex(Indexes.ascending("storeId"), Indexes.descending("contactedAt", "_id")),
                new IndexOptions().name("store_newest"));
    }
}
