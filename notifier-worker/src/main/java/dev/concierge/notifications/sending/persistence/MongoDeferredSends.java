package dev.concierge.notifications.sending.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import dev.concierge.notifications.sending.application.DeferredSends;
import dev.concierge.notifications.shared.persistence.NotifyJson;
import dev.concierge.schemas.notifications.NotificationCommand.Notify;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/** Deferred notifications by notification id, collection {@value #COLLECTION}, with the time they are due. */
public final class MongoDeferredSends implements DeferredSends {

    static final String COLLECTION = "deferred_sends";

    private final MongoCollection<Document> deferred;
    private final NotifyJson json;

    public MongoDeferredSends(MongoDatabase database, NotifyJson json) {
        this.deferred = database.getCollection(COLLECTION);
        this.json = json;
    }

    @Override
    public void defer(Notify notify, Instant dueAt) {
        deferred.replaceOne(Filters.eq("_id", notify.idempotencyKey()),
                new Document("_id", notify.idempotencyKey())
                        .append("dueAt", Date.from(dueAt))
                        .append("notify", json.write(notify)),
                new ReplaceOptions().upsert(true));
    }

    @Override
    public List<Notify> due(Instant now, int limit) {
        List<Notify> due = new ArrayList<>();
        for (Document document : deferred.find(Filters.lte("dueAt", Date.from(now))).sort(Sorts.ascending("dueAt"))
                .limit(limit)) {
            due.add(json.read(document.getString("notify")));
        }
        return due;
    }

    @Override
    public void remove(String notificationId) {
        deferred.deleteOne(Filters.eq("_id", notificationId));
    }
}
