package dev.concierge.projections.transactions.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import dev.concierge.projections.readmodel.MongoWrites;
import dev.concierge.projections.requests.domain.Cursor;
import dev.concierge.projections.transactions.application.TransactionQueries;
import dev.concierge.projections.transactions.application.TransactionRecorder;
import dev.concierge.projections.transactions.domain.Transaction;
import dev.concierge.projections.transactions.domain.TransactionFilter;
import dev.concierge.projections.transactions.domain.TransactionPage;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Collection {@code transactions}, one document per payment fact ({@code _id} the event id): an insert
 * whose {@code _id} exists is a redelivery and changes nothing. Listed newest first by the fact's time,
 * ties by event id.
 */
public final class MongoTransactions implements TransactionRecorder, TransactionQueries {

    static final String COLLECTION = "transactions";

    private final Supplier<MongoDatabase> database;

    /** @param database asked on every operation, so a rebuild's switch takes effect at once */
    public MongoTransactions(Supplier<MongoDatabase> database) {
        this.database = database;
    }

    public static void declareIndexes(MongoDatabase database) {
        MongoCollection<Document> transactions = database.getCollection(COLLECTION);
        transactions.createIndex(Indexes.descending("occurredAt", "_id"), new IndexOptions().name("newest"));
        transactions.createIndex(Indexes.compoundIndex(Indexes.ascending("requestId"),
                Indexes.descending("occurredAt", "_id")), new IndexOptions().name("request_newest"));
    }

    @Override
    public void record(Transaction t) {
        MongoWrites.insertOnce(collection(), new Document("_id", t.eventId())
                .append("type", t.type())
                .append("requestId", t.requestId())
                .append("occurredAt", Date.from(t.occurredAt()))
                .append("paymentId", t.paymentId())
                .append("refundId", t.refundId())
                .append("linkId", t.linkId())
                .append("entryId", t.entryId())
                .append("debitAccount", t.debitAccount())
                .append("creditAccount", t.creditAccount())
                .append("amountMinor", t.amountMinor())
                .append("currency", t.currency())
                .append("reference", t.reference())
                .append("receiptUrl", t.receiptUrl())
                .append("reason", t.reason()));
    }

    @Override
    public TransactionPage list(TransactionFilter filter, Set<String> requestIds) {
        List<Bson> criteria = new ArrayList<>();
        if (filter.requestId() != null) {
            criteria.add(Filters.eq("requestId", filter.requestId()));
        }
        if (requestIds != null) {
            criteria.add(Filters.in("requestId", requestIds));
        }
        if (filter.type() != null) {
            criteria.add(Filters.eq("type", filter.type()));
        }
        if (filter.from() != null) {
            criteria.add(Filters.gte("occurredAt", Date.from(filter.from())));
        }
        if (filter.to() != null) {
            criteria.add(Filters.lt("occurredAt", Date.from(filter.to())));
        }
        Cursor after = filter.after();
        if (after != null) {
            Date at = Date.from(after.at());
            criteria.add(Filters.or(Filters.lt("occurredAt", at),
                    Filters.and(Filters.eq("occurredAt", at), Filters.lt("_id", after.requestId()))));
        }
        List<Transaction> items = new ArrayList<>();
        for (Document row : collection().find(criteria.isEmpty() ? new Document() : Filters.and(criteria))
                .sort(Sorts.descending("occurredAt", "_id")).limit(filter.limit() + 1)) {
            items.add(read(row));
        }
        Optional<Cursor> next = Optional.empty();
        if (items.size() > filter.limit()) {
            items = items.subList(0, filter.limit());
            Transaction last = items.get(items.size() - 1);
            next = Optional.of(new Cursor(last.occurredAt(), last.eventId()));
        }
        return new TransactionPage(items, next);
    }

    private static Transaction read(Document row) {
        return new Transaction(row.getString("_id"), row.getString("type"), row.getString("requestId"),
                row.getDate("occurredAt").toInstant(), row.getString("paymentId"), row.getString("refundId"),
                row.getString("linkId"), row.getString("entryId"), row.getString("debitAccount"),
                row.getString("creditAccount"), row.getLong("amountMinor"), row.getString("currency"),
                row.getString("reference"), row.getString("receiptUrl"), row.getString("reason"));
    }

    private MongoCollection<Document> collection() {
        return database.get().getCollection(COLLECTION);
    }
}
