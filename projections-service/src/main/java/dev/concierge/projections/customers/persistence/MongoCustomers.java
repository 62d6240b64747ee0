package dev.concierge.projections.customers.persistence;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.concierge.projections.customers.application.CustomerQueries;
import dev.concierge.projections.customers.application.CustomerReadModel;
import dev.concierge.projections.customers.domain.CustomerFilter;
import dev.concierge.projections.customers.domain.CustomerPage;
import dev.concierge.projections.customers.domain.CustomerProfile;
import dev.concierge.projections.customers.persistence.CustomerUpdates.Part;
import dev.concierge.projections.privacy.application.PersonalIndexes;
import dev.concierge.projections.privacy.persistence.FieldSealer;
import dev.concierge.projections.requests.domain.Cursor;
import dev.concierge.schemas.customers.CustomerEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Collection {@code customers} ({@code _id} the customer id), from {@code customers.events}. Each part
 * of a document carries the time ({@code nanos} since the epoch) and id of the event that last wrote it
 * and is written only by a later one, in one atomic upsert (when the guard fails, the upsert's insert collides on {@code _id}: "already
 * done"). {@code since} is the earliest event time ({@code $min}, commutative). Phone, name, email and
 * addresses are sealed under the customer's key; {@code phoneIndex} is a blind index of the phone's digits.
 */
public final class MongoCustomers implements CustomerReadModel, CustomerQueries, PersonalIndexes {

    static final String CUSTOMERS = "customers";
    private static final String REQUESTS = "requests";

    private final Supplier<MongoDatabase> database;
    private final FieldSealer sealer;
    private final CustomerUpdates updates;
    private final CustomerRows rows;

    /** @param database asked on every operation, so a rebuild's switch to a fresh database takes effect at once */
    public MongoCustomers(Supplier<MongoDatabase> database, FieldSealer sealer, ObjectMapper json) {
        this.database = database;
        this.sealer = sealer;
        this.updates = new CustomerUpdates(sealer, json);
        this.rows = new CustomerRows(sealer, json);
    }

    public static void declareIndexes(MongoDatabase database) {
        MongoCollection<Document> customers = database.getCollection(CUSTOMERS);
        customers.createIndex(Indexes.descending("since", "_id"), new IndexOptions().name("newest"));
        customers.createIndex(Indexes.ascending("phoneIndex"), new IndexOptions().name("phone"));
    }

    @Override
    public boolean apply(String customerId, String eventId, Instant at, CustomerEvent event) {
        boolean changed = false;
        long nanos = at.getEpochSecond() * 1_000_000_000L + at.getNano();
        for (Part part : updates.of(event)) {
            String time = part.path() + ".nanos";
            String id = part.path() + ".event";
            Bson newer = Filters.or(Filters.exists(time, false), Filters.lt(time, nanos),
                    Filters.and(Filters.eq(time, nanos), Filters.lt(id, eventId)));
            List<Bson> sets = new ArrayList<>(part.sets());
            sets.add(Updates.set(time, nanos));
            sets.add(Updates.set(id, eventId));
            sets.add(Updates.set(part.path() + ".at", Date.from(at)));
            sets.add(Updates.min("since", Date.from(at)));
            try {
                customers().updateOne(Filters.and(Filters.eq("_id", customerId), newer), Updates.combine(sets),
                        new UpdateOptions().upsert(true));
                changed = true;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                // this part was written by this record or a later one already
            }
        }
        return changed;
    }

    @Override
    public CustomerPage list(CustomerFilter filter) {
        List<CustomerProfile> items = new ArrayList<>();
        // one more than asked: whether it exists says if there is a next page
        for (Document row : customers().find(where(filter)).sort(Sorts.descending("since", "_id")).limit(filter.limit() + 1)) {
            items.add(rows.profile(row));
        }
        Optional<Cursor> next = Optional.empty();
        if (items.size() > filter.limit()) {
            items = items.subList(0, filter.limit());
            CustomerProfile last = items.get(items.size() - 1);
            next = Optional.of(new Cursor(last.since(), last.customerId()));
        }
        return new CustomerPage(withRequestCounts(items), next);
    }

    @Override
    public Optional<CustomerProfile> byId(String customerId) {
        return Optional.ofNullable(customers().find(Filters.eq("_id", customerId)).first()).map(rows::profile)
                .map(profile -> withRequestCounts(List.of(profile)).get(0));
    }

    /** Erasure: the phone's blind index goes, so the customer can no longer be found by their number. */
    @Override
    public void forget(String customerId) {
        customers().updateOne(Filters.eq("_id", customerId), Updates.set("phoneIndex", List.of()));
    }

    private List<CustomerProfile> withRequestCounts(List<CustomerProfile> profiles) {
        Map<String, Long> counts = new HashMap<>();
        List<String> ids = profiles.stream().map(CustomerProfile::customerId).toList();
        for (Document group : database.get().getCollection(REQUESTS).aggregate(List.of(
                Aggregates.match(Filters.in("customerId", ids)), Aggregates.group("$customerId", Accumulators.sum("n", 1))))) {
            counts.put(group.getString("_id"), ((Number) group.get("n")).longValue());
        }
        return profiles.stream().map(p -> p.withRequestCount(counts.getOrDefault(p.customerId(), 0L))).toList();
    }

    private Bson where(CustomerFilter filter) {
        List<Bson> all = new ArrayList<>();
        if (filter.phone() != null) {
            all.add(Filters.in("phoneIndex", sealer.searchTokens(CustomerFilter.normalisedPhone(filter.phone()))));
        }
        if (filter.sinceFrom() != null) {
            all.add(Filters.gte("since", Date.from(filter.sinceFrom())));
        }
        if (filter.sinceTo() != null) {
            all.add(Filters.lt("since", Date.from(filter.sinceTo())));
        }
        if (filter.after() != null) {
            Date at = Date.from(filter.after().at());
            all.add(Filters.or(Filters.lt("since", at),
                    Filters.and(Filters.eq("since", at), Filters.lt("_id", filter.after().requestId()))));
        }
        return all.isEmpty() ? new Document() : Filters.and(all);
    }

    private MongoCollection<Document> customers() {
        return database.get().getCollection(CUSTOMERS);
    }
}
