package dev.concierge.projections.requests.persistence;

import static dev.concierge.projections.readmodel.MongoWrites.insertOnce;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import dev.concierge.projections.requests.application.ReadReceipts;
import dev.concierge.projections.requests.domain.ChatMessage;
import dev.concierge.projections.requests.domain.ReadReceipt;
import dev.concierge.schemas.common.Author;
import java.util.Date;
import java.util.function.Supplier;
import org.bson.Document;

/**
 * Collection {@code message_receipts} ({@code _id} the event id) and the receipt fields of {@code messages}.
 * A receipt is applied once the message it names is here: every message of the request posted at or before
 * it, by an author the receipt covers, gets {@code $min} of its {@code readAt}. Until then the kept receipt
 * waits; the named message's arrival applies it. {@code $min} commutes, so the result does not depend on
 * the order of receipts and messages, and a repeat changes nothing.
 */
public final class MongoReadReceipts implements ReadReceipts {

    static final String RECEIPTS = "message_receipts";

    private final Supplier<MongoDatabase> database;

    public MongoReadReceipts(Supplier<MongoDatabase> database) {
        this.database = database;
    }

    @Override
    public boolean record(ReadReceipt receipt) {
        boolean fresh = insertOnce(collection(RECEIPTS), new Document("_id", receipt.eventId())
                .append("requestId", receipt.requestId())
                .append("reader", receipt.reader().name())
                .append("readerId", receipt.readerId())
                .append("upToMessageId", receipt.upToMessageId())
                .append("readAt", Date.from(receipt.readAt())));
        // also when not fresh: a redelivery after a crash between the two steps completes the marking
        apply(receipt);
        return fresh;
    }

    @Override
    public void messageArrived(ChatMessage message) {
        for (Document row : collection(RECEIPTS).find(Filters.eq("requestId", message.requestId()))) {
            ReadReceipt receipt = new ReadReceipt(row.getString("_id"), row.getString("requestId"),
                    Author.valueOf(row.getString("reader")), row.getString("readerId"),
                    row.getString("upToMessageId"), row.getDate("readAt").toInstant());
            if (receipt.upToMessageId().equals(message.messageId()) || receipt.marks().contains(message.author())) {
                apply(receipt);
            }
        }
    }

    private void apply(ReadReceipt receipt) {
        MongoCollection<Document> messages = collection(MongoRequests.MESSAGES);
        Document upTo = messages.find(Filters.and(Filters.eq("requestId", receipt.requestId()),
                Filters.eq("messageId", receipt.upToMessageId()))).first();
        if (upTo == null) {
            return; // the named message has not arrived yet: its arrival applies this receipt
        }
        messages.updateMany(Filters.and(Filters.eq("requestId", receipt.requestId()),
                        Filters.lte("postedAt", upTo.getDate("postedAt")),
                        Filters.in("author", receipt.marks().stream().map(Author::name).toList())),
                Updates.min(receipt.byCustomer() ? MessageRows.READ_BY_CUSTOMER : MessageRows.READ_BY_STAFF,
                        Date.from(receipt.readAt())));
    }

    private MongoCollection<Document> collection(String name) {
        return database.get().getCollection(name);
    }
}
