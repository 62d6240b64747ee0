package dev.concierge.projections.agents.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import dev.concierge.projections.agents.application.AgentQueries;
import dev.concierge.projections.agents.application.AgentReadModel;
import dev.concierge.projections.agents.domain.Agent;
import dev.concierge.projections.agents.domain.AgentAssignment;
import dev.concierge.projections.agents.domain.AgentFilter;
import dev.concierge.projections.agents.domain.AgentProfile;
import dev.concierge.projections.agents.domain.RequestOutcome;
import dev.concierge.projections.paging.Page;
import dev.concierge.projections.readmodel.KeysetPages;
import dev.concierge.projections.readmodel.MongoWrites;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * Collections {@code agents} ({@code _id} the agent id: the profile and the presence, each guarded by its own
 * fact order), {@code agent_assignments} ({@code _id} request id:agent id, earliest time by {@code $min}) and
 * {@code agent_request_outcomes} ({@code _id} the request id: earliest close by {@code $min}, the latest rating
 * guarded by its fact order). Replays and redeliveries change nothing.
 */
public final class MongoAgents implements AgentReadModel, AgentQueries {

    static final String AGENTS = "agents";
    static final String ASSIGNMENTS = "agent_assignments";
    static final String OUTCOMES = "agent_request_outcomes";
    private static final JsonWriterSettings PLAIN_JSON = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private final Supplier<MongoDatabase> database;
    private final ObjectMapper json;

    /** @param database asked on every operation, so a rebuild's switch to a fresh database takes effect at once */
    public MongoAgents(Supplier<MongoDatabase> database, ObjectMapper json) {
        this.database = database;
        this.json = json;
    }

    private MongoCollection<Document> collection(String name) {
        return database.get().getCollection(name);
    }

    @Override
    public boolean profile(AgentProfile profile, String order) {
        return MongoWrites.updateIfNewer(collection(AGENTS), profile.agentId(), "profileOrder", order, Updates.combine(
                Updates.set("profile", Document.parse(write(profile))),
                Updates.set("skills", profile.skills()),
                Updates.set("profileZone", profile.zone()),
                Updates.set(KeysetPages.SORT_KEY, profile.sortKey()),
                Updates.set("searchText", profile.searchText()),
                Updates.set("profileOrder", order),
                // a new agent is offline until they say otherwise
                Updates.setOnInsert("online", false)));
    }

    @Override
    public boolean presence(String agentId, boolean online, String zone, String order) {
        return MongoWrites.updateIfNewer(collection(AGENTS), agentId, "presenceOrder", order, Updates.combine(
                Updates.set("online", online),
                Updates.set("presenceZone", zone),
                Updates.set("presenceOrder", order),
                // sorts first until the profile arrives
                Updates.setOnInsert(KeysetPages.SORT_KEY, "")));
    }

    @Override
    public void assigned(String requestId, String agentId, Instant at) {
        MongoWrites.upsert(collection(ASSIGNMENTS), AgentAssignment.idOf(requestId, agentId), Updates.combine(
                Updates.setOnInsert("requestId", requestId), Updates.setOnInsert("agentId", agentId),
                Updates.min("assignedAt", Date.from(at))));
    }

    @Override
    public void closed(String requestId, Instant at) {
        MongoWrites.upsert(collection(OUTCOMES), requestId, Updates.min("closedAt", Date.from(at)));
    }

    @Override
    public boolean rated(String requestId, int rating, String order) {
        return MongoWrites.updateIfNewer(collection(OUTCOMES), requestId, "ratingOrder", order,
                Updates.combine(Updates.set("rating", rating), Updates.set("ratingOrder", order)));
    }

    @Override
    public Page<Agent> list(AgentFilter filter) {
        List<Bson> all = new ArrayList<>();
        if (filter.online() != null) {
            all.add(Filters.eq("online", filter.online()));
        }
        if (filter.zone() != null) {
            // the zone their last availability named, else their profile's
            all.add(Filters.or(Filters.eq("presenceZone", filter.zone()),
                    Filters.and(Filters.eq("presenceZone", null), Filters.eq("profileZone", filter.zone()))));
        }
        if (filter.skill() != null) {
            all.add(Filters.eq("skills", filter.skill()));
        }
        if (filter.text() != null) {
            all.add(Filters.regex("searchText", Pattern.quote(filter.text().toLowerCase(Locale.ROOT))));
        }
        return KeysetPages.page(collection(AGENTS), all, filter.page(), AgentFilter.LIST, true, this::agent);
    }

    @Override
    public Optional<Agent> byId(String agentId) {
        return Optional.ofNullable(collection(AGENTS).find(Filters.eq("_id", agentId)).first()).map(this::agent);
    }

    @Override
    public List<AgentAssignment> assignmentsAround(String agentId) {
        List<String> requestIds = new ArrayList<>();
        for (Document row : collection(ASSIGNMENTS).find(Filters.eq("agentId", agentId))) {
            requestIds.add(row.getString("requestId"));
        }
        List<AgentAssignment> assignments = new ArrayList<>();
        if (requestIds.isEmpty()) {
            return assignments;
        }
        for (Document row : collection(ASSIGNMENTS).find(Filters.in("requestId", requestIds))) {
            assignments.add(new AgentAssignment(row.getString("requestId"), row.getString("agentId"),
                    row.getDate("assignedAt").toInstant()));
        }
        return assignments;
    }

    @Override
    public Map<String, RequestOutcome> outcomesOf(Collection<String> requestIds) {
        Map<String, RequestOutcome> outcomes = new HashMap<>();
        if (requestIds.isEmpty()) {
            return outcomes;
        }
        for (Document row : collection(OUTCOMES).find(Filters.in("_id", requestIds))) {
            Date closedAt = row.getDate("closedAt");
            outcomes.put(row.getString("_id"), new RequestOutcome(row.getString("_id"),
                    closedAt == null ? null : closedAt.toInstant(), row.getInteger("rating")));
        }
        return outcomes;
    }

    private Agent agent(Document row) {
        Document stored = row.get("profile", Document.class);
        AgentProfile profile = stored == null ? null : read(stored);
        String presenceZone = row.getString("presenceZone");
        boolean online = Boolean.TRUE.equals(row.getBoolean("online"));
        if (profile == null) {
            return new Agent(row.getString("_id"), null, null, null, List.of(), null, presenceZone, online);
        }
        return new Agent(profile.agentId(), profile.name(), profile.email(), profile.phone(), profile.skills(),
                profile.capacity(), presenceZone != null ? presenceZone : profile.zone(), online);
    }

    private AgentProfile read(Document stored) {
        try {
            return json.readValue(stored.toJson(PLAIN_JSON), AgentProfile.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored agent profile cannot be read", e);
        }
    }

    private String write(AgentProfile profile) {
        try {
            return json.writeValueAsString(profile);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the profile of agent " + profile.agentId() + " cannot be written", e);
        }
    }
}
