package dev.concierge.notifications.directory.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.concierge.notifications.directory.application.ConversationWindows;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;

/** The last inbound WhatsApp per recipient id, collection {@value #COLLECTION}; {@code $max} keeps the newest. */
public final class MongoConversationWindows implements ConversationWindows {

    static final String COLLECTION = "whatsapp_windows";

    private final MongoCollection<Document> windows;

    public MongoConversationWindows(MongoDatabase database) {
        this.windows = database.getCollection(COLLECTION);
    }

    @Override
    public void opened(String recipientId, Instant at) {
        windows.updateOne(Filters.eq("_id", recipientId), Updates.max("lastInboundAt", Date.from(at)),
                new UpdateOptions().upsert(true));
    }

    @Override
    public Optional<Instant> lastInbound(String recipientId) {
        Document window = windows.find(Filters.eq("_id", recipientId)).first();
        return Optional.ofNullable(window).map(w -> w.getDate("lastInboundAt")).map(Date::toInstant);
    }
}
