package dev.concierge.projections.requests.persistence;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

/**
 * The indexes the queries need, declared in code and created at start-up (idempotent). The embedded
 * Mongo-wire server accepts non-unique indexes without using them; real MongoDB does.
 */
public final class ReadModelIndexes {

    private ReadModelIndexes() {
    }

    public static void declare(MongoDatabase database) {
        var requests = database.getCollection(MongoRequests.REQUESTS);
        // the inbox: newest first, alone or within a customer's, an agent's, a status's or a category's requests
        requests.createIndex(Indexes.descending("createdAt", "_id"), new IndexOptions().name("newest"));
        requests.createIndex(Indexes.compoundIndex(Indexes.ascending("customerId"), Indexes.descending("createdAt", "_id")),
                new IndexOptions().name("customer_newest"));
        requests.createIndex(Indexes.compoundIndex(Indexes.ascending("agentId"), Indexes.descending("createdAt", "_id")),
                new IndexOptions().name("agent_newest"));
        requests.createIndex(Indexes.compoundIndex(Indexes.ascending("status"), Indexes.descending("createdAt", "_id")),
                new IndexOptions().name("status_newest"));
        requests.createIndex(Indexes.compoundIndex(Indexes.ascending("category"), Indexes.descending("createdAt", "_id")),
                new IndexOptions().name("category_newest"));
        // the free-text filter: every searched word's keyed hash among the request's (a multikey index)
        requests.createIndex(Indexes.ascending("searchTokens"), new IndexOptions().name("search_tokens"));
        // a store's requests, and the orders and SLA states of the inbox
        requests.createIndex(Indexes.compoundIndex(Indexes.ascending("storeIds"), Indexes.descending("createdAt", "_id")),
                new IndexOptions().name("store_newest"));
        requests.createIndex(Indexes.ascending("nextDueAt", "_id"), new IndexOptions().name("due_soonest"));
        requests.createIndex(Indexes.ascending("slaBreached", "slaDueAt"), new IndexOptions().name("sla_state"));
        // _id is the event id in both: a redelivered record hits the unique _id and changes nothing
        database.getCollection(MongoRequests.TIMELINE).createIndex(
                Indexes.ascending("requestId", "time", "partition", "offset"), new IndexOptions().name("request_order"));
        database.getCollection(MongoRequests.MESSAGES).createIndex(
                Indexes.ascending("requestId", "postedAt"), new IndexOptions().name("request_order"));
        // a read receipt names a message by its message id; the receipts of a request are looked up per message
        database.getCollection(MongoRequests.MESSAGES).createIndex(
                Indexes.ascending("requestId", "messageId"), new IndexOptions().name("request_message"));
        database.getCollection(MongoReadReceipts.RECEIPTS).createIndex(
                Indexes.ascending("requestId"), new IndexOptions().name("by_request"));
    }
}
