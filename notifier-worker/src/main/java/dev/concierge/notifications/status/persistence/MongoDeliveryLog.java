package dev.concierge.notifications.status.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.concierge.notifications.shared.persistence.NotifyJson;
import dev.concierge.notifications.status.application.DeliveryLog;
import dev.concierge.schemas.common.Channel;
import java.util.Optional;
import org.bson.Document;

/**
 * Provider message id → notification, collection {@value #COLLECTION}. The Notify is kept as its
 * JSON (secrets still encrypted) for the SMS fallback. {@link #settle} is one conditional update, so
 * of two reports racing only one decides.
 */
public final class MongoDeliveryLog implements DeliveryLog {

    static final String COLLECTION = "deliveries";

    private final MongoCollection<Document> deliveries;
    private final NotifyJson json;

    public MongoDeliveryLog(MongoDatabase database, NotifyJson json) {
        this.deliveries = database.getCollection(COLLECTION);
        this.json = json;
    }

    @Override
    public void record(Delivery delivery) {
        // $set, not a replacement: recording a message again must not forget the outcome already settled
        deliveries.updateOne(Filters.eq("_id", delivery.providerMessageId()), Updates.combine(
                Updates.set("notificationId", delivery.notificationId()),
                Updates.set("recipientId", delivery.recipientId()),
                Updates.set("channel", delivery.channel().name()),
                Updates.set("notify", delivery.command() == null ? null : json.write(delivery.command()))),
                new UpdateOptions().upsert(true));
    }

    @Override
    public Optional<Delivery> find(String providerMessageId) {
        Document document = deliveries.find(Filters.eq("_id", providerMessageId)).first();
        if (document == null) {
            return Optional.empty();
        }
        String notify = document.getString("notify");
        return Optional.of(new Delivery(providerMessageId, document.getString("notificationId"),
                document.getString("recipientId"), Channel.valueOf(document.getString("channel")),
                notify == null ? null : json.read(notify)));
    }

    @Override
    public boolean settle(String providerMessageId, String outcome) {
        return deliveries.updateOne(
                Filters.and(Filters.eq("_id", providerMessageId), Filters.exists("outcome", false)),
                Updates.set("outcome", outcome)).getModifiedCount() == 1;
    }

}
