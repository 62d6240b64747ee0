package dev.concierge.payments.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import dev.concierge.payments.application.ProcessedWebhooks;
import java.time.Clock;
import java.util.Date;
import org.bson.Document;

/** Collection {@code processed_webhooks}: one document per gateway event id whose facts were published. */
public final class MongoProcessedWebhooks implements ProcessedWebhooks {

    private final MongoCollection<Document> processed;
    private final Clock clock;

    public MongoProcessedWebhooks(MongoDatabase database, Clock clock) {
        this.processed = database.getCollection("processed_webhooks");
        this.clock = clock;
    }

    @Override
    public boolean done(String gatewayEventId) {
        return processed.find(Filters.eq("_id", gatewayEventId)).first() != null;
    }

    @Override
    public void markDone(String gatewayEventId) {
        processed.replaceOne(Filters.eq("_id", gatewayEventId),
                new Document("_id", gatewayEventId).append("at", Date.from(clock.instant())),
                new ReplaceOptions().upsert(true));
    }
}
