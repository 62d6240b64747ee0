package dev.concierge.ingest.requests.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.concierge.ingest.requests.application.RequestOwnership;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;

/** {@code request_owners}: {@code _id} request id → customer id, creation time and, once final, {@code closed}. */
public final class MongoRequestOwnership implements RequestOwnership {

    private final MongoCollection<Document> owners;

    public MongoRequestOwnership(MongoDatabase database) {
        this.owners = database.getCollection("request_owners");
    }

    @Override
    public void record(String requestId, String customerId, Instant createdAt) {
        owners.insertOne(new Document("_id", requestId).append("customerId", customerId)
                .append("createdAt", Date.from(createdAt)));
    }

    @Override
    public Optional<String> ownerOf(String requestId) {
        return Optional.ofNullable(owners.find(Filters.eq("_id", requestId)).first())
                .map(doc -> doc.getString("customerId"));
    }

    @Override
    public void recordClosed(String requestId) {
        owners.updateOne(Filters.eq("_id", requestId), Updates.set("closed", true));
    }

    @Override
    public Optional<String> openRequestOf(String customerId, Instant notBefore) {
        return Optional.ofNullable(owners.find(Filters.and(Filters.eq("customerId", customerId),
                                Filters.gte("createdAt", Date.from(notBefore)), Filters.ne("closed", true)))
                        .sort(Sorts.descending("createdAt")).first())
                .map(doc -> doc.getString("_id"));
    }
}
