package dev.concierge.payments.persistence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dev.concierge.payments.application.Claims;
import java.time.Clock;
import java.util.Date;
import org.bson.Document;

/** Collection {@code payment_claims}: the subject is the {@code _id}, so the first insert wins atomically. */
public final class MongoClaims implements Claims {

    private final MongoCollection<Document> claims;
    private final Clock clock;

    public MongoClaims(MongoDatabase database, Clock clock) {
        this.claims = database.getCollection("payment_claims");
        this.clock = clock;
    }

    @Override
    public boolean claim(String subject, String cause) {
        try {
            claims.insertOne(new Document("_id", subject).append("cause", cause).append("at", Date.from(clock.instant())));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            Document owner = claims.find(Filters.eq("_id", subject)).first();
            return owner != null && cause.equals(owner.getString("cause"));
        }
    }

    @Override
    public boolean exists(String subject) {
        return claims.find(Filters.eq("_id", subject)).first() != null;
    }
}
