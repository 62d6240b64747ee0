package dev.concierge.projections.requests.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import dev.concierge.projections.requests.domain.Cursor;
import dev.concierge.projections.requests.domain.RequestFilter;
import dev.concierge.projections.requests.domain.RequestPage;
import dev.concierge.projections.requests.domain.RequestSort;
import dev.concierge.projections.requests.domain.SlaState;
import dev.concierge.projections.requests.domain.StoredRequest;
import dev.concierge.schemas.common.RequestStatus;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.conversions.Bson;

/** {@link RequestFilter} as a MongoDB query: in the filter's order, keyset pagination, counts per status. */
final class RequestListQuery {

    private final Supplier<MongoCollection<Document>> requests;
    private final Function<Document, StoredRequest> reader;
    private final Function<String, List<String>> searchTokens;

    /** @param searchTokens the blind index of a searched text, as the requests' {@code searchTokens} hold it */
    RequestListQuery(Supplier<MongoCollection<Document>> requests, Function<Document, StoredRequest> reader,
            Function<String, List<String>> searchTokens) {
        this.requests = requests;
        this.reader = reader;
        this.searchTokens = searchTokens;
    }

    RequestPage run(RequestFilter filter, SlaState.Window sla) {
        List<StoredRequest> items = new ArrayList<>();
        String key = sortField(filter.sort());
        Bson order = filter.sort().ascending() ? Sorts.ascending(key, "_id") : Sorts.descending(key, "_id");
        // one more than asked: whether it exists says if there is a next page
        for (Document row : requests.get().find(where(filter, sla)).sort(order).limit(filter.limit() + 1)) {
            items.add(reader.apply(row));
        }
        Optional<Cursor> next = Optional.empty();
        if (items.size() > filter.limit()) {
            items = items.subList(0, filter.limit());
            next = Optional.of(items.get(items.size() - 1).cursor(filter.sort()));
        }
        return new RequestPage(items, next, counts(filter.forCounts(), sla));
    }

    private Map<RequestStatus, Long> counts(RequestFilter filter, SlaState.Window sla) {
        Map<RequestStatus, Long> counts = new EnumMap<>(RequestStatus.class);
        for (Document group : requests.get().aggregate(List.of(Aggregates.match(where(filter, sla)),
                Aggregates.group("$status", Accumulators.sum("n", 1))))) {
            counts.put(RequestStatus.valueOf(group.getString("_id")), ((Number) group.get("n")).longValue());
        }
        return counts;
    }

    private Bson where(RequestFilter filter, SlaState.Window sla) {
        List<Bson> all = new ArrayList<>();
        if (!filter.statuses().isEmpty()) {
            all.add(Filters.in("status", filter.statuses().stream().map(Enum::name).toList()));
        }
        if (filter.agentId() != null) {
            all.add(Filters.eq("agentId", filter.agentId()));
        }
        if (filter.category() != null) {
            all.add(Filters.eq("category", filter.category()));
        }
        if (filter.customerId() != null) {
            all.add(Filters.eq("customerId", filter.customerId()));
        }
        if (filter.createdFrom() != null) {
            all.add(Filters.gte("createdAt", Date.from(filter.createdFrom())));
        }
        if (filter.createdTo() != null) {
            all.add(Filters.lt("createdAt", Date.from(filter.createdTo())));
        }
        List<String> words = filter.text() == null ? List.of() : searchTokens.apply(filter.text());
        if (!words.isEmpty()) {
            // every word searched for must be among the request's (the index holds keyed hashes, never text)
            all.add(Filters.all("searchTokens", words));
        }
        if (filter.storeId() != null) {
            // storeIds is an array: eq matches a document whose array holds the value
            all.add(Filters.eq("storeIds", filter.storeId()));
        }
        if (filter.sla() != null) {
            all.add(slaState(filter.sla(), sla));
        }
        if (filter.after() != null) {
            all.add(after(filter.sort(), filter.after()));
        }
        return all.isEmpty() ? new Document() : Filters.and(all);
    }

    private static String sortField(RequestSort sort) {
        return sort == RequestSort.DUE_SOONEST ? "nextDueAt" : "createdAt";
    }

    /** Past the cursor in the list's direction: a later key, or the same key and a later id. */
    private static Bson after(RequestSort sort, Cursor cursor) {
        String key = sortField(sort);
        Date at = Date.from(cursor.at());
        if (sort.ascending()) {
            return Filters.or(Filters.gt(key, at), Filters.and(Filters.eq(key, at), Filters.gt("_id", cursor.requestId())));
        }
        return Filters.or(Filters.lt(key, at), Filters.and(Filters.eq(key, at), Filters.lt("_id", cursor.requestId())));
    }

    /** {@link SlaState} over the stored {@code slaBreached} flag and the next SLA deadline {@code slaDueAt}. */
    private static Bson slaState(SlaState state, SlaState.Window window) {
        Date breachedBy = Date.from(window.breachedBy());
        Date dueSoonBy = Date.from(window.dueSoonBy());
        Bson breached = Filters.or(Filters.eq("slaBreached", true), Filters.lte("slaDueAt", breachedBy));
        if (state == SlaState.BREACHED) {
            return breached;
        }
        Bson notBreached = Filters.and(Filters.ne("slaBreached", true), Filters.gt("slaDueAt", breachedBy));
        return state == SlaState.DUE_SOON ? Filters.and(notBreached, Filters.lte("slaDueAt", dueSoonBy))
                : Filters.and(notBreached, Filters.gt("slaDueAt", dueSoonBy));
    }
}
