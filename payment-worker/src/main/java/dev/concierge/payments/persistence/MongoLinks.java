package dev.concierge.payments.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import dev.concierge.payments.application.KnownLink;
import dev.concierge.payments.application.Links;
import dev.concierge.payments.ledger.Split;
import dev.concierge.schemas.common.Money;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/** Collection {@code payment_links}: one document per link id, replaced whole (the same link is the same document). */
public final class MongoLinks implements Links {

    private final MongoCollection<Document> links;

    public MongoLinks(MongoDatabase database) {
        this.links = database.getCollection("payment_links");
    }

    @Override
    public void remember(KnownLink link) {
        Split split = link.split();
        Document document = new Document("_id", link.linkId())
                .append("requestId", link.requestId())
                .append("quoteId", link.quoteId())
                .append("attempt", link.attempt())
                .append("referenceId", link.referenceId())
                .append("orderId", link.orderId())
                .append("amount", MongoMoney.write(link.amount()))
                .append("customerId", split.customerId())
                .append("itemPrice", MongoMoney.write(split.itemPrice()))
                .append("deliveryFee", MongoMoney.write(split.deliveryFee()))
                .append("storeId", split.storeId());
        links.replaceOne(Filters.eq("_id", link.linkId()), document, new ReplaceOptions().upsert(true));
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
        return Optional.ofNullable(links.find(filter).first()).map(d -> {
            Money amount = MongoMoney.read(d.get("amount", Document.class));
            return new KnownLink(d.getString("_id"), d.getString("requestId"), d.getString("quoteId"),
                    d.getInteger("attempt"), d.getString("referenceId"), d.getString("orderId"), amount,
                    new Split(d.getString("customerId"), amount, MongoMoney.read(d.get("itemPrice", Document.class)),
                            MongoMoney.read(d.get("deliveryFee", Document.class)), d.getString("storeId")));
        });
    }
}
