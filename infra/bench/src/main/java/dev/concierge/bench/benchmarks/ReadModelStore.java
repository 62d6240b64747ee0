package dev.concierge.bench.benchmarks;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The query benchmark's baseline: what projections-service asks its store for one answer, asked straight
 * through the MongoDB driver — a list page is one find (filter, newest first, one more than the page) and
 * one aggregation (the counts per status, over the filter without the status); an analytics period reads its
 * requests' metric documents. The difference to our figure is the service's own cost (HTTP, token, decoding,
 * unsealing, JSON).
 */
final class ReadModelStore {

    static final String DATABASE = "concierge_projections";
    static final int PAGE = 25;

    /** Where a page ended: the next page starts after this request (newest first, ties by id). */
    record Position(Date createdAt, String requestId) {
    }

    private final MongoCollection<Document> requests;
    private final MongoCollection<Document> metrics;

    ReadModelStore(MongoDatabase database) {
        this.requests = database.getCollection("requests");
        this.metrics = database.getCollection("request_metrics");
    }

    /** One inbox page and its counts; where it ended (null on the last page). */
    Position page(Bson filter, Bson countsFilter, Position after) {
        Bson where = after == null ? filter : Filters.and(filter, Filters.or(Filters.lt("createdAt", after.createdAt()),
                Filters.and(Filters.eq("createdAt", after.createdAt()), Filters.lt("_id", after.requestId()))));
        List<Document> rows = requests.find(where).sort(Sorts.descending("createdAt", "_id")).limit(PAGE + 1)
                .into(new ArrayList<>());
        requests.aggregate(List.of(Aggregates.match(countsFilter), Aggregates.group("$status", Accumulators.sum("n", 1))))
                .into(new ArrayList<>());
        if (rows.size() <= PAGE) {
            return null;
        }
        Document last = rows.get(PAGE - 1);
        return new Position(last.getDate("createdAt"), last.getString("_id"));
    }

    /** How many metric documents of requests created in [from, to) the store hands over. */
    int metricsOfPeriod(Instant from, Instant to) {
        return metrics.find(Filters.and(Filters.gte("createdAt", Date.from(from)), Filters.lt("createdAt", Date.from(to))))
                .into(new ArrayList<>()).size();
    }

    /**
     * The blind-index tokens every one of these requests holds: the service's free-text filter asks for the
     * tokens of the searched words, which only it can compute (keyed hashes); the requests it answered with all
     * hold them, so their common tokens ask the store the same question (a superset of it, as selective).
     */
    List<String> commonSearchTokens(List<String> requestIds) {
        Set<String> common = null;
        for (Document row : requests.find(Filters.in("_id", requestIds))) {
            Set<String> tokens = new HashSet<>(row.getList("searchTokens", String.class, List.of()));
            if (common == null) {
                common = tokens;
            } else {
                common.retainAll(tokens);
            }
        }
        if (common == null || common.isEmpty()) {
            throw new IllegalStateException("the requests the text filter answered with share no search token");
        }
        return List.copyOf(common);
    }
}
