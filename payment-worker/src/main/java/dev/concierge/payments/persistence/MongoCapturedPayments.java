package dev.concierge.payments.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import dev.concierge.payments.application.CapturedPayments;
import java.util.Optional;
import org.bson.Document;

/** Collection {@code captured_payments}: payment id → request and link. */
public final class MongoCapturedPayments implements CapturedPayments {

    private final MongoCollection<Document> payments;

    public MongoCapturedPayments(MongoDatabase database) {
        this.payments = database.getCollection("captured_payments");
    }

    @Override
    public void remember(Captured payment) {
        payments.replaceOne(Filters.eq("_id", payment.paymentId()),
                new Document("_id", payment.paymentId()).append("requestId", payment.requestId())
                        .append("linkId", payment.linkId()),
                new ReplaceOptions().upsert(true));
    }

    @Override
    public Optional<Captured> byId(String paymentId) {
        return Optional.ofNullable(payments.find(Filters.eq("_id", paymentId)).first())
                .map(d -> new Captured(d.getString("_id"), d.getString("requestId"), d.getString("linkId")));
    }
}
