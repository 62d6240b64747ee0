package dev.concierge.projections.notifications.persistence;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import dev.concierge.projections.readmodel.KeysetPages;

/** The indexes of the notification history, declared in code (idempotent); the Mongo-wire server accepts and ignores them. */
public final class NotificationIndexes {

    private NotificationIndexes() {
    }

    public static void declare(MongoDatabase database) {
        var notifications = database.getCollection(MongoNotifications.NOTIFICATIONS);
        // newest first, alone, a recipient's, or those a request's facts caused
        notifications.createIndex(Indexes.descending(KeysetPages.SORT_KEY, "_id"), new IndexOptions().name("newest"));
        notifications.createIndex(Indexes.compoundIndex(Indexes.ascending("recipientId"),
                Indexes.descending(KeysetPages.SORT_KEY, "_id")), new IndexOptions().name("recipient_newest"));
        notifications.createIndex(Indexes.ascending("causeEventId"), new IndexOptions().name("by_cause"));
        database.getCollection(MongoNotifications.EVENTS).createIndex(Indexes.ascending("notificationId", "at"),
                new IndexOptions().name("history"));
    }
}
