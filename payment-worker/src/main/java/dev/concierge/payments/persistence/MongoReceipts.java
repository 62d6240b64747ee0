package dev.concierge.payments.persistence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dev.concierge.payments.receipts.ReceiptStore;
import dev.concierge.payments.receipts.StoredReceipt;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.Binary;

/** Collection {@code receipts}: the payment id is the {@code _id}, so two captures at once keep one receipt. */
public final class MongoReceipts implements ReceiptStore {

    private final MongoCollection<Document> receipts;

    public MongoReceipts(MongoDatabase database) {
        this.receipts = database.getCollection("receipts");
    }

    @Override
    public StoredReceipt keepFirst(StoredReceipt receipt) {
        try {
            receipts.insertOne(new Document("_id", receipt.paymentId()).append("requestId", receipt.requestId())
                    .append("customerId", receipt.customerId()).append("issuedAt", Date.from(receipt.issuedAt()))
                    .append("pdf", new Binary(receipt.pdf())));
            return receipt;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return byPaymentId(receipt.paymentId()).orElseThrow(() -> e);
        }
    }

    @Override
    public Optional<StoredReceipt> byPaymentId(String paymentId) {
        return Optional.ofNullable(receipts.find(Filters.eq("_id", paymentId)).first())
                .map(d -> new StoredReceipt(d.getString("_id"), d.getString("requestId"), d.getString("customerId"),
                        d.getDate("issuedAt").toInstant(), d.get("pdf", Binary.class).getData()));
    }
}
