package dev.concierge.projections.analytics.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import dev.concierge.projections.analytics.application.MetricsQueries;
import dev.concierge.projections.analytics.application.MetricsRecorder;
import dev.concierge.projections.analytics.domain.MetricFact;
import dev.concierge.projections.analytics.domain.MetricFact.Milestone;
import dev.concierge.projections.analytics.domain.RequestMetrics;
import dev.concierge.schemas.common.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Collection {@code request_metrics}, one document per request ({@code _id} the request id), written
 * only with updates that commute and repeat safely: {@code $set} of what one fact alone says (the
 * creation), {@code $min} for first times, {@code $addToSet} of a sub-document that carries its own id
 * for counted facts. So any order and any number of deliveries of the same facts give the same document.
 */
public final class MongoRequestMetrics implements MetricsRecorder, MetricsQueries {

    public static final String COLLECTION = "request_metrics";

    private final Supplier<MongoDatabase> database;

    /** @param database asked on every operation, so a rebuild's switch takes effect at once */
    public MongoRequestMetrics(Supplier<MongoDatabase> database) {
        this.database = database;
    }

    public static void declareIndexes(MongoDatabase database) {
        MongoCollection<Document> metrics = database.getCollection(COLLECTION);
        // a period's requests, and today's payments for the real-time counters
        metrics.createIndex(Indexes.ascending("createdAt"), new IndexOptions().name("created"));
        metrics.createIndex(Indexes.ascending("firsts.FIRST_PAYMENT"), new IndexOptions().name("first_paid"));
        // a customer's first request (repeat customers) and their requests (a customer's transactions)
        metrics.createIndex(Indexes.ascending("customerId", "createdAt"), new IndexOptions().name("customer_created"));
    }

    @Override
    public boolean record(MetricFact fact) {
        UpdateResult result = collection().updateOne(Filters.eq("_id", fact.requestId()), update(fact),
                new UpdateOptions().upsert(true));
        return result.getUpsertedId() != null || result.getModifiedCount() > 0;
    }

    private static Bson update(MetricFact fact) {
        if (fact instanceof MetricFact.Created created) {
            // one RequestCreated per request: setting what it says is idempotent
            return Updates.combine(Updates.set("customerId", created.customerId()),
                    Updates.set("createdAt", Date.from(created.at())),
                    Updates.set("categoryHint", created.categoryHint()));
        }
        if (fact instanceof MetricFact.Categorised categorised) {
            return Updates.addToSet("categories", new Document("at", Date.from(categorised.at()))
                    .append("value", categorised.category()));
        }
        if (fact instanceof MetricFact.Reached reached) {
            return Updates.min("firsts." + reached.milestone().name(), Date.from(reached.at()));
        }
        if (fact instanceof MetricFact.Captured captured) {
            return Updates.combine(Updates.addToSet("captures", amount(captured.paymentId(), captured.amount(),
                    captured.at())), Updates.min("firsts." + Milestone.FIRST_PAYMENT.name(), Date.from(captured.at())));
        }
        if (fact instanceof MetricFact.Refunded refunded) {
            return Updates.addToSet("refunds", amount(refunded.refundId(), refunded.amount(), refunded.at()));
        }
        if (fact instanceof MetricFact.SlaMissed missed) {
            return Updates.addToSet("slaBreaches", new Document("eventId", missed.eventId())
                    .append("sla", missed.sla()).append("at", Date.from(missed.at())));
        }
        MetricFact.Rated rated = (MetricFact.Rated) fact; // the last kind of the sealed interface
        return Updates.addToSet("ratings", new Document("at", Date.from(rated.at())).append("value", rated.rating()));
    }

    private static Document amount(String id, Money money, Instant at) {
        return new Document("id", id).append("minor", money.amountMinor()).append("currency", money.currency())
                .append("at", Date.from(at));
    }

    @Override
    public List<RequestMetrics> createdBetween(Instant from, Instant to) {
        return read(Filters.and(Filters.gte("createdAt", Date.from(from)), Filters.lt("createdAt", Date.from(to))));
    }

    @Override
    public List<RequestMetrics> activeSince(Instant since) {
        Date start = Date.from(since);
        return read(Filters.or(Filters.gte("createdAt", start), Filters.gte("firsts." + Milestone.FIRST_PAYMENT.name(), start),
                Filters.gte("captures.at", start)));
    }

    @Override
    public Map<String, Instant> firstRequestOf(Set<String> customerIds) {
        Map<String, Instant> first = new HashMap<>();
        for (Document row : collection().find(Filters.and(Filters.in("customerId", customerIds),
                Filters.exists("createdAt"))).projection(Projections.include("customerId", "createdAt"))) {
            Instant created = row.getDate("createdAt").toInstant();
            first.merge(row.getString("customerId"), created, (a, b) -> a.isBefore(b) ? a : b);
        }
        return first;
    }

    /** The ids of the customer's requests whose creation has been seen. */
    public Set<String> requestIdsOf(String customerId) {
        Set<String> ids = new HashSet<>();
        for (Document row : collection().find(Filters.eq("customerId", customerId)).projection(Projections.include("_id"))) {
            ids.add(row.getString("_id"));
        }
        return ids;
    }

    private List<RequestMetrics> read(Bson filter) {
        List<RequestMetrics> found = new ArrayList<>();
        for (Document row : collection().find(filter)) {
            found.add(MetricRows.fromRow(row));
        }
        return found;
    }

    private MongoCollection<Document> collection() {
        return database.get().getCollection(COLLECTION);
    }
}
