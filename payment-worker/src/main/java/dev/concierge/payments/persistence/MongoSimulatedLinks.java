package dev.concierge.payments.persistence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import dev.concierge.payments.simulated.SignedWebhook;
import dev.concierge.payments.simulated.SimulatedLink;
import dev.concierge.payments.simulated.SimulatedLinks;
import dev.concierge.payments.simulated.SimulatedRefund;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Collections {@code simulated_links} (one document per link, {@code referenceId} unique as at
 * Razorpay) and {@code simulated_refunds}. State changes are conditional updates on {@code status},
 * so concurrent clicks and commands cannot both win.
 */
public final class MongoSimulatedLinks implements SimulatedLinks {

    private final MongoCollection<Document> links;
    private final MongoCollection<Document> refunds;

    public MongoSimulatedLinks(MongoDatabase database) {
        this.links = database.getCollection("simulated_links");
        this.refunds = database.getCollection("simulated_refunds");
        links.createIndex(Indexes.ascending("referenceId"), new IndexOptions().unique(true));
    }

    @Override
    public Optional<SimulatedLink> byId(String linkId) {
        return find(Filters.eq("_id", linkId));
    }

    @Override
    public Optional<SimulatedLink> byReference(String referenceId) {
        return find(Filters.eq("referenceId", referenceId));
    }

    @Override
    public Optional<SimulatedLink> byPayment(String paymentId) {
        return find(Filters.eq("paymentId", paymentId));
    }

    @Override
    public SimulatedLink insert(SimulatedLink link) {
        Document document = new Document("_id", link.id())
                .append("referenceId", link.referenceId())
                .append("orderId", link.orderId())
                .append("amount", MongoMoney.write(link.amount()))
                .append("description", link.description())
                .append("requestId", link.requestId())
                .append("quoteId", link.quoteId())
                .append("status", link.status())
                .append("createdAt", Date.from(link.createdAt()))
                .append("expiresAt", link.expiresAt() != null ? Date.from(link.expiresAt()) : null);
        try {
            links.insertOne(document);
            return link;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return byReference(link.referenceId()).orElseThrow(() -> e);
        }
    }

    @Override
    public boolean markPaid(String linkId, String paymentId, List<SignedWebhook> deliveries) {
        List<Document> bodies = deliveries.stream().map(MongoSimulatedLinks::delivery).toList();
        return links.updateOne(Filters.and(Filters.eq("_id", linkId), Filters.eq("status", SimulatedLink.CREATED)),
                Updates.combine(Updates.set("status", SimulatedLink.PAID), Updates.set("paymentId", paymentId),
                        Updates.set("deliveries", bodies))).getModifiedCount() == 1;
    }

    @Override
    public boolean markCancelled(String linkId) {
        return links.updateOne(Filters.and(Filters.eq("_id", linkId), Filters.eq("status", SimulatedLink.CREATED)),
                Updates.set("status", SimulatedLink.CANCELLED)).getModifiedCount() == 1;
    }

    @Override
    public List<SimulatedLink> expiredUnannounced(Instant now) {
        Bson dueUnpaid = Filters.and(Filters.eq("status", SimulatedLink.CREATED), Filters.lte("expiresAt", Date.from(now)));
        Bson expiredUnannounced = Filters.and(Filters.eq("status", SimulatedLink.EXPIRED), Filters.ne("expiryAnnounced", true));
        List<SimulatedLink> found = new ArrayList<>();
        for (Document d : links.find(Filters.or(dueUnpaid, expiredUnannounced))) {
            found.add(link(d));
        }
        return found;
    }

    @Override
    public boolean markExpired(String linkId, SignedWebhook expiry) {
        return links.updateOne(Filters.and(Filters.eq("_id", linkId), Filters.eq("status", SimulatedLink.CREATED)),
                Updates.combine(Updates.set("status", SimulatedLink.EXPIRED),
                        Updates.set("deliveries", List.of(delivery(expiry))))).getModifiedCount() == 1;
    }

    @Override
    public void markExpiryAnnounced(String linkId) {
        links.updateOne(Filters.eq("_id", linkId), Updates.set("expiryAnnounced", true));
    }

    @Override
    public List<SimulatedRefund> refundsOf(String paymentId) {
        List<SimulatedRefund> found = new ArrayList<>();
        for (Document d : refunds.find(Filters.eq("paymentId", paymentId))) {
            found.add(new SimulatedRefund(d.getString("_id"), d.getString("paymentId"),
                    MongoMoney.read(d.get("amount", Document.class)), d.getString("receipt"), d.getString("requestId"),
                    d.get("status", SimulatedRefund.PROCESSED)));
        }
        return found;
    }

    @Override
    public void insertRefund(SimulatedRefund refund) {
        refunds.insertOne(new Document("_id", refund.id()).append("paymentId", refund.paymentId())
                .append("amount", MongoMoney.write(refund.amount())).append("receipt", refund.receipt())
                .append("requestId", refund.requestId()).append("status", refund.status()));
    }

    private Optional<SimulatedLink> find(Bson filter) {
        return Optional.ofNullable(links.find(filter).first()).map(MongoSimulatedLinks::link);
    }

    private static Document delivery(SignedWebhook webhook) {
        return new Document("event", webhook.event()).append("eventId", webhook.eventId()).append("body", webhook.body());
    }

    private static SimulatedLink link(Document d) {
        List<SignedWebhook> deliveries = d.getList("deliveries", Document.class, List.of()).stream()
                .map(w -> new SignedWebhook(w.getString("event"), w.getString("eventId"), w.getString("body")))
                .toList();
        Date expiresAt = d.getDate("expiresAt");
        return new SimulatedLink(d.getString("_id"), d.getString("referenceId"), d.getString("orderId"),
                MongoMoney.read(d.get("amount", Document.class)), d.getString("description"),
                d.getString("requestId"), d.getString("quoteId"), d.getString("status"),
                d.getDate("createdAt").toInstant(), expiresAt != null ? expiresAt.toInstant() : null,
                d.getString("paymentId"), deliveries);
    }
}
