package dev.concierge.projections.requests.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.concierge.projections.privacy.application.PersonalIndexes;
import dev.concierge.projections.privacy.domain.KeyOwner;
import dev.concierge.projections.privacy.domain.PersonalFields;
import dev.concierge.projections.privacy.persistence.FieldSealer;
import dev.concierge.projections.readmodel.MongoWrites;
import dev.concierge.projections.requests.application.RequestQueries;
import dev.concierge.projections.requests.application.RequestReadModel;
import dev.concierge.projections.requests.domain.ChatMessage;
import dev.concierge.projections.requests.domain.RequestDocument;
import dev.concierge.projections.requests.domain.RequestFilter;
import dev.concierge.projections.requests.domain.RequestPage;
import dev.concierge.projections.requests.domain.SlaState;
import dev.concierge.projections.requests.domain.StoredRequest;
import dev.concierge.projections.requests.domain.TimelineEntry;
import dev.concierge.schemas.requests.RequestSnapshot;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * Collections {@code requests} (one document per request, {@code _id} the request id),
 * {@code request_timeline} and {@code messages} ({@code _id} the event id). Writes are single
 * atomic operations whose guard is the unique {@code _id}: no transactions (the Mongo-wire server has
 * none, and they are not needed). Personal fields ({@link PersonalFields}) are stored sealed under the
 * request's data key; the free-text filter works on {@code searchTokens}, a blind index of the text.
 */
public final class MongoRequests implements RequestReadModel, RequestQueries, PersonalIndexes {

    static final String REQUESTS = "requests";
    static final String TIMELINE = "request_timeline";
    static final String MESSAGES = "messages";
    private static final JsonWriterSettings PLAIN_JSON = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private final Supplier<MongoDatabase> database;
    private final ObjectMapper json;
    private final ObjectMapper storedJson;
    private final FieldSealer sealer;
    private final RequestListQuery listQuery;
    private final Set<String> indexed = ConcurrentHashMap.newKeySet();

    /**
     * @param database asked on every operation (see {@link dev.concierge.projections.readmodel.ReadModelDatabase}),
     *                 so a rebuild's switch to a fresh database takes effect at once
     */
    public MongoRequests(Supplier<MongoDatabase> database, ObjectMapper json, FieldSealer sealer) {
        this.database = database;
        this.json = json;
        // an erased snapshot holds null where the contract requires a value (the text, the address):
        // stored snapshots are read without the codec's required-component rule
        this.storedJson = json.copy().setAnnotationIntrospector(new JacksonAnnotationIntrospector());
        this.sealer = sealer;
        this.listQuery = new RequestListQuery(() -> collection(REQUESTS), this::stored, sealer::searchTokens);
    }

    /**
     * Declares the indexes once per process and database: at start-up, or before the first write when
     * MongoDB was not reachable then (the service starts anyway and reports MongoDB DOWN on readiness).
     */
    public void declareIndexes() {
        MongoDatabase now = database.get();
        if (!indexed.contains(now.getName())) {
            ReadModelIndexes.declare(now);
            indexed.add(now.getName());
        }
    }

    private MongoCollection<Document> collection(String name) {
        return database.get().getCollection(name);
    }

    /**
     * {@link RequestDocument#supersedes} as one atomic step: the stored document is replaced only if it
     * is older. The filter matches a lower version or nothing,
     * and when a same-or-newer one exists the upsert's insert collides with its {@code _id}.
     */
    @Override
    public boolean save(RequestDocument document) {
        declareIndexes();
        KeyOwner owner = KeyOwner.request(document.requestId(), document.customerId());
        Document snapshot = Document.parse(write(document.snapshot()));
        sealer.seal(snapshot, owner, PersonalFields.OF_SNAPSHOT);
        Document row = new Document("_id", document.requestId())
                .append("version", document.version())
                .append("status", document.status().name())
                .append("customerId", document.customerId())
                .append("agentId", document.agentId())
                .append("category", document.category())
                .append("createdAt", Date.from(document.createdAt()))
                .append("updatedAt", Date.from(document.updatedAt()))
                .append("searchTokens", sealer.searchTokens(owner, document.searchText()))
                .append("storeIds", document.storeIds())
                .append("nextDueAt", Date.from(document.nextDueAt()))
                .append("slaDueAt", Date.from(document.slaDueAt()))
                .append("slaBreached", document.slaBreached())
                .append("snapshot", snapshot);
        try {
            collection(REQUESTS).replaceOne(Filters.and(Filters.eq("_id", document.requestId()),
                    Filters.lt("version", document.version())), row, new ReplaceOptions().upsert(true));
            return true;
        } catch (MongoWriteException e) {
            if (MongoWrites.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public boolean append(TimelineEntry entry) {
        declareIndexes();
        Document data = Document.parse(entry.dataJson());
        // RequestCreated names the customer: the request's key learns its owner even before the snapshot
        sealer.seal(data, KeyOwner.request(entry.requestId(), data.get("customerId") instanceof String c ? c : null),
                PersonalFields.OF_FACT_DATA);
        return insertOnce(collection(TIMELINE), new Document("_id", entry.eventId())
                .append("requestId", entry.requestId())
                .append("type", entry.type())
                .append("time", Date.from(entry.time()))
                .append("timeText", entry.time().toString())
                .append("partition", entry.partition())
                .append("offset", entry.offset())
                .append("actorId", entry.actorId())
                .append("actorRole", entry.actorRole())
                .append("data", data));
    }

    @Override
    public boolean append(ChatMessage message) {
        declareIndexes();
        return insertOnce(collection(MESSAGES), MessageRows.toRow(message, sealer));
    }

    @Override
    public RequestPage list(RequestFilter filter, SlaState.Window sla) {
        return listQuery.run(filter, sla);
    }

    @Override
    public Optional<StoredRequest> byId(String requestId) {
        return Optional.ofNullable(collection(REQUESTS).find(Filters.eq("_id", requestId)).first()).map(this::stored);
    }

    @Override
    public List<TimelineEntry> timelineOf(String requestId) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (Document row : collection(TIMELINE).find(Filters.eq("requestId", requestId))
                .sort(Sorts.ascending("time", "partition", "offset"))) {
            Document data = row.get("data", Document.class);
            boolean erased = sealer.open(data, PersonalFields.OF_FACT_DATA);
            // the text keeps the envelope's nanoseconds, which a BSON date would cut to milliseconds
            entries.add(new TimelineEntry(row.getString("_id"), requestId, row.getString("type"),
                    java.time.Instant.parse(row.getString("timeText")), row.getInteger("partition"),
                    row.getLong("offset"), data.toJson(PLAIN_JSON), row.getString("actorId"), row.getString("actorRole"),
                    erased));
        }
        return entries;
    }

    /** The request of each of these facts the timeline has (fact event id → request id). */
    public Map<String, String> requestsOfFacts(Collection<String> factEventIds) {
        Map<String, String> requests = new HashMap<>();
        for (Document row : collection(TIMELINE).find(Filters.in("_id", factEventIds))) {
            requests.put(row.getString("_id"), row.getString("requestId"));
        }
        return requests;
    }

    @Override
    public Optional<ChatMessage> message(String eventId) {
        return Optional.ofNullable(collection(MESSAGES).find(Filters.eq("_id", eventId)).first())
                .map(row -> MessageRows.fromRow(row, sealer));
    }

    @Override
    public List<ChatMessage> messagesOf(String requestId) {
        List<ChatMessage> found = new ArrayList<>();
        for (Document row : collection(MESSAGES).find(Filters.eq("requestId", requestId)).sort(Sorts.ascending("postedAt", "_id"))) {
            found.add(MessageRows.fromRow(row, sealer));
        }
        return found;
    }

    /** Erasure: the blind index of the customer's requests goes too, so searching no longer finds them. */
    @Override
    public void forget(String customerId) {
        collection(REQUESTS).updateMany(Filters.eq("customerId", customerId), Updates.set("searchTokens", List.of()));
    }

    private StoredRequest stored(Document row) {
        Document snapshot = row.get("snapshot", Document.class);
        boolean erased = sealer.open(snapshot, PersonalFields.OF_SNAPSHOT);
        try {
            return new StoredRequest(storedJson.readValue(snapshot.toJson(PLAIN_JSON), RequestSnapshot.class), erased);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored snapshot of request " + row.get("_id") + " cannot be read", e);
        }
    }

    private String write(RequestSnapshot snapshot) {
        try {
            return json.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("snapshot of request " + snapshot.requestId() + " cannot be written", e);
        }
    }

    /** Inserts the row; an existing {@code _id} means this event was applied before, which is not an error. */
    private static boolean insertOnce(MongoCollection<Document> collection, Document row) {
        return MongoWrites.insertOnce(collection, row);
    }

    private static boolean isDuplicateKey(MongoWriteException e) {
        return MongoWrites.isDuplicateKey(e);
    }
}
