package dev.concierge.projections.stores.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.concierge.projections.paging.Page;
import dev.concierge.projections.readmodel.KeysetPages;
import dev.concierge.projections.readmodel.MongoWrites;
import dev.concierge.projections.stores.application.StoreQueries;
import dev.concierge.projections.stores.application.StoreReadModel;
import dev.concierge.projections.stores.domain.Store;
import dev.concierge.projections.stores.domain.StoreContact;
import dev.concierge.projections.stores.domain.StoreDescription;
import dev.concierge.projections.stores.domain.StoreFilter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * Collections {@code stores} ({@code _id} the store id: the description and the availability, each
 * guarded by its own fact order), {@code store_contacts} ({@code _id} request id:store id, earliest times
 * by {@code $min}) and {@code store_deliveries} ({@code _id} the request id). Every write is one atomic,
 * commutative or order-guarded step, so replays and redeliveries change nothing.
 */
public final class MongoStores implements StoreReadModel, StoreQueries {

    static final String STORES = "stores";
    static final String CONTACTS = "store_contacts";
    static final String DELIVERIES = "store_deliveries";
    private static final JsonWriterSettings PLAIN_JSON = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private final Supplier<MongoDatabase> database;
    private final ObjectMapper json;

    /** @param database asked on every operation, so a rebuild's switch to a fresh database takes effect at once */
    public MongoStores(Supplier<MongoDatabase> database, ObjectMapper json) {
        this.database = database;
        this.json = json;
    }

    private MongoCollection<Document> collection(String name) {
        return database.get().getCollection(name);
    }

    @Override
    public boolean describe(StoreDescription description, String order) {
        return MongoWrites.updateIfNewer(collection(STORES), description.storeId(), "descriptionOrder", order,
                Updates.combine(
                        Updates.set("description", Document.parse(write(description))),
                        Updates.set("categories", description.categories()),
                        Updates.set(KeysetPages.SORT_KEY, description.sortKey()),
                        Updates.set("searchText", description.searchText()),
                        Updates.set("descriptionOrder", order),
                        // a registered store takes orders until it says otherwise
                        Updates.setOnInsert("available", true)));
    }

    @Override
    public boolean availability(String storeId, boolean available, String reason, String order) {
        return MongoWrites.updateIfNewer(collection(STORES), storeId, "availabilityOrder", order, Updates.combine(
                Updates.set("available", available),
                Updates.set("availabilityReason", reason),
                Updates.set("availabilityOrder", order),
                // sorts first until its description arrives
                Updates.setOnInsert(KeysetPages.SORT_KEY, "")));
    }

    @Override
    public void contacted(String requestId, String storeId, int round, Instant at) {
        MongoWrites.upsert(collection(CONTACTS), StoreContact.idOf(requestId, storeId), Updates.combine(
                identity(requestId, storeId), Updates.min("contactedAt", Date.from(at)), Updates.max("lastRound", round)));
    }

    @Override
    public void replied(String requestId, String storeId, boolean available, Instant at) {
        Bson replied = Updates.min("repliedAt", Date.from(at));
        MongoWrites.upsert(collection(CONTACTS), StoreContact.idOf(requestId, storeId), Updates.combine(
                identity(requestId, storeId), available ? Updates.combine(replied, Updates.min("offeredAt", Date.from(at)))
                        : replied));
    }

    @Override
    public void won(String requestId, String storeId, Instant at) {
        MongoWrites.upsert(collection(CONTACTS), StoreContact.idOf(requestId, storeId), Updates.combine(
                identity(requestId, storeId), Updates.min("wonAt", Date.from(at))));
    }

    @Override
    public void delivered(String requestId, Instant at) {
        MongoWrites.upsert(collection(DELIVERIES), requestId, Updates.min("deliveredAt", Date.from(at)));
    }

    private static Bson identity(String requestId, String storeId) {
        return Updates.combine(Updates.setOnInsert("requestId", requestId), Updates.setOnInsert("storeId", storeId));
    }

    @Override
    public Page<Store> list(StoreFilter filter) {
        List<Bson> all = new ArrayList<>();
        if (filter.category() != null) {
            all.add(Filters.eq("categories", filter.category()));
        }
        if (filter.available() != null) {
            all.add(Filters.eq("available", filter.available()));
        }
        if (filter.text() != null) {
            all.add(Filters.regex("searchText", Pattern.quote(filter.text().toLowerCase(Locale.ROOT))));
        }
        return KeysetPages.page(collection(STORES), all, filter.page(), StoreFilter.LIST, true, this::store);
    }

    @Override
    public Optional<Store> byId(String storeId) {
        return Optional.ofNullable(collection(STORES).find(Filters.eq("_id", storeId)).first()).map(this::store);
    }

    @Override
    public List<StoreContact> contactsOf(String storeId) {
        List<StoreContact> contacts = new ArrayList<>();
        for (Document row : collection(CONTACTS).find(Filters.eq("storeId", storeId))
                .sort(Sorts.descending("contactedAt", "_id"))) {
            contacts.add(new StoreContact(row.getString("requestId"), storeId, row.getInteger("lastRound"),
                    instant(row, "contactedAt"), instant(row, "repliedAt"), instant(row, "offeredAt"),
                    instant(row, "wonAt")));
        }
        return contacts;
    }

    @Override
    public Set<String> deliveredAmong(Collection<String> requestIds) {
        Set<String> delivered = new HashSet<>();
        if (requestIds.isEmpty()) {
            return delivered;
        }
        for (Document row : collection(DELIVERIES).find(Filters.in("_id", requestIds))) {
            delivered.add(row.getString("_id"));
        }
        return delivered;
    }

    private Store store(Document row) {
        Document stored = row.get("description", Document.class);
        StoreDescription description = stored == null ? null : read(stored);
        String storeId = row.getString("_id");
        Boolean available = row.getBoolean("available");
        String reason = row.getString("availabilityReason");
        if (description == null) {
            return new Store(storeId, null, null, null, List.of(), List.of(), null, Boolean.TRUE.equals(available), reason);
        }
        return new Store(storeId, description.name(), description.phone(), description.address(),
                description.categories(), description.openingHours(), description.radiusMeters(),
                Boolean.TRUE.equals(available), reason);
    }

    private static Instant instant(Document row, String field) {
        Date date = row.getDate(field);
        return date == null ? null : date.toInstant();
    }

    private StoreDescription read(Document stored) {
        try {
            return json.readValue(stored.toJson(PLAIN_JSON), StoreDescription.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored store description cannot be read", e);
        }
    }

    private String write(StoreDescription description) {
        try {
            return json.writeValueAsString(description);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the description of store " + description.storeId() + " cannot be written", e);
        }
    }
}
