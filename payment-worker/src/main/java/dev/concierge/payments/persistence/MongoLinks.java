package dev.concierge.payments.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.concierge.payments.application.KnownLink;
import dev.concierge.payments.application.Links;
import dev.concierge.payments.ledger.Split;
import dev.concierge.schemas.common.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Collection {@code payment_links}: one document per link id (the same link is the same document).
 * {@code settledAs} is the gateway's final status once reconciliation saw it; remembering the link
 * again (a redelivered command) sets the link's fields and leaves that alone.
 */
public final class MongoLinks implements Links {

    private final MongoCollection<Document> links;

    public MongoLinks(MongoDatabase database) {
        this.links = database.getCollection("payment_links");
    }

    @Override
    public void remember(KnownLink link) {
        Split split = link.split();
        Document fields = new Document("requestId", link.requestId())
                .append("quoteId", link.quoteId())
                .append("attempt", link.attempt())
                .append("referenceId", link.referenceId())
                .append("orderId", link.orderId())
                .append("amount", MongoMoney.write(link.amount()))
                .append("customerId", split.customerId())
                .append("itemPrice", MongoMoney.write(split.itemPrice()))
                .append("deliveryFee", MongoMoney.write(split.deliveryFee()))
                .append("storeId", split.storeId());
        links.updateOne(Filters.eq("_id", link.linkId()), new Document("$set", fields), new UpdateOptions().upsert(true));
    }

    @Override
    public List<KnownLink> unsettled() {
        List<KnownLink> found = new ArrayList<>();
        for (Document d : links.find(Filters.eq("settledAs", null))) {
            found.add(link(d));
        }
        return found;
    }

    @Override
    public void settle(String linkId, String gatewayStatus) {
        links.updateOne(Filters.eq("_id", linkId), Updates.set("settledAs", gatewayStatus));
    }

    @Override
    public Optional<KnownLink> byId(String linkId) {
        return find(Filters.eq("_id", linkId));
    }

    @Override
    public Optional<KnownLink> byOrderId(String orderId) {
        return find(Filters.eq("orderId", orderId));
    }

    private Optional<KnownLink> find(Bson filter) {
        return Optional.ofNullable(links.find(filter).first()).map(MongoLinks::link);
    }

    private static KnownLink link(Document d) {
        Money amount = MongoMoney.read(d.get("amount", Document.class));
        return new KnownLink(d.getString("_id"), d.getString("requestId"), d.getString("quoteId"),
                d.getInteger("attempt"), d.getString("referenceId"), d.getString("orderId"), amount,
                new Split(d.getString("customerId"), amount, MongoMoney.read(d.get("itemPrice", Document.class)),
                        MongoMoney.read(d.get("deliveryFee", Document.class)), d.getString("storeId")));
    }
}
