package dev.concierge.projections.notifications.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.concierge.projections.notifications.application.NotificationQueries;
import dev.concierge.projections.notifications.application.NotificationReadModel;
import dev.concierge.projections.notifications.domain.Notification;
import dev.concierge.projections.notifications.domain.NotificationFact;
import dev.concierge.projections.notifications.domain.NotificationFilter;
import dev.concierge.projections.notifications.domain.NotificationStatus;
import dev.concierge.projections.ordering.FactOrder;
import dev.concierge.projections.paging.Page;
import dev.concierge.projections.readmodel.KeysetPages;
import dev.concierge.projections.readmodel.MongoWrites;
import dev.concierge.schemas.common.Channel;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Collections {@code notification_events} ({@code _id} the event id: the history, inserted once) and
 * {@code notifications} ({@code _id} the notification id: the recipient, cause and template set once, the first
 * time by {@code $min}, and where it stands, moved only forward by a guard on {@code progress}). Each step is
 * idempotent and commutative, so a redelivered fact or a replay in another interleaving makes the same documents.
 */
public final class MongoNotifications implements NotificationReadModel, NotificationQueries {

    static final String NOTIFICATIONS = "notifications";
    static final String EVENTS = "notification_events";

    private final Supplier<MongoDatabase> database;

    /** @param database asked on every operation, so a rebuild's switch to a fresh database takes effect at once */
    public MongoNotifications(Supplier<MongoDatabase> database) {
        this.database = database;
    }

    private MongoCollection<Document> collection(String name) {
        return database.get().getCollection(name);
    }

    @Override
    public boolean record(NotificationFact fact) {
        boolean recorded = MongoWrites.insertOnce(collection(EVENTS), new Document("_id", fact.eventId())
                .append("notificationId", fact.notificationId())
                .append("recipientId", fact.recipientId())
                .append("status", fact.status().name())
                .append("channel", fact.channel() == null ? null : fact.channel().name())
                .append("templateId", fact.templateId())
                .append("reason", fact.reason())
                .append("providerMessageId", fact.providerMessageId())
                .append("at", Date.from(fact.at())));
        // the steps below run again on a redelivery too: if an earlier attempt stopped half-way, they complete it
        List<Bson> once = new ArrayList<>(List.of(
                Updates.setOnInsert("recipientId", fact.recipientId()),
                Updates.setOnInsert("causeEventId", fact.causeEventId()),
                Updates.min("firstAt", Date.from(fact.at())),
                // newest first by the first fact's time: a zero-padded time sorts as a string
                Updates.min(KeysetPages.SORT_KEY, FactOrder.of(fact.at(), ""))));
        if (fact.templateId() != null) {
            once.add(Updates.set("templateId", fact.templateId()));
        }
        MongoWrites.upsert(collection(NOTIFICATIONS), fact.notificationId(), Updates.combine(once));
        MongoWrites.updateIfNewer(collection(NOTIFICATIONS), fact.notificationId(), "progress", fact.progress(),
                Updates.combine(
                        Updates.set("status", fact.status().name()),
                        Updates.set("channel", fact.channel() == null ? null : fact.channel().name()),
                        Updates.set("reason", fact.reason()),
                        Updates.set("updatedAt", Date.from(fact.at())),
                        Updates.set("progress", fact.progress())));
        return recorded;
    }

    @Override
    public Page<Notification> list(NotificationFilter filter, Set<String> causes) {
        List<Bson> all = new ArrayList<>();
        if (causes != null) {
            all.add(Filters.in("causeEventId", causes));
        }
        if (filter.recipientId() != null) {
            all.add(Filters.eq("recipientId", filter.recipientId()));
        }
        if (filter.channel() != null) {
            all.add(Filters.eq("channel", filter.channel().name()));
        }
        if (filter.status() != null) {
            all.add(Filters.eq("status", filter.status().name()));
        }
        return KeysetPages.page(collection(NOTIFICATIONS), all, filter.page(), NotificationFilter.LIST, false,
                MongoNotifications::notification);
    }

    @Override
    public Optional<Notification> byId(String notificationId) {
        return Optional.ofNullable(collection(NOTIFICATIONS).find(Filters.eq("_id", notificationId)).first())
                .map(MongoNotifications::notification);
    }

    @Override
    public List<NotificationFact> historyOf(String notificationId) {
        List<NotificationFact> history = new ArrayList<>();
        for (Document row : collection(EVENTS).find(Filters.eq("notificationId", notificationId))
                .sort(Sorts.ascending("at", "_id"))) {
            history.add(new NotificationFact(row.getString("_id"), notificationId, row.getString("recipientId"),
                    NotificationStatus.valueOf(row.getString("status")), channel(row), row.getString("templateId"),
                    row.getString("reason"), row.getString("providerMessageId"), row.getDate("at").toInstant()));
        }
        return history;
    }

    private static Notification notification(Document row) {
        String status = row.getString("status");
        Date updatedAt = row.getDate("updatedAt");
        return new Notification(row.getString("_id"), row.getString("recipientId"), null, row.getString("templateId"),
                status == null ? null : NotificationStatus.valueOf(status), channel(row), row.getString("reason"),
                row.getDate("firstAt").toInstant(), updatedAt == null ? null : updatedAt.toInstant(), List.of());
    }

    private static Channel channel(Document row) {
        String channel = row.getString("channel");
        return channel == null ? null : Channel.valueOf(channel);
    }
}
