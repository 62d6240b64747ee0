package dev.concierge.projections.agents.persistence;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import dev.concierge.projections.readmodel.KeysetPages;

/** The indexes of the agents read model, declared in code (idempotent); the Mongo-wire server accepts and ignores them. */
public final class AgentIndexes {

    private AgentIndexes() {
    }

    public static void declare(MongoDatabase database) {
        var agents = database.getCollection(MongoAgents.AGENTS);
        // the directory by name, alone or among the agents online or with a skill
        agents.createIndex(Indexes.ascending(KeysetPages.SORT_KEY, "_id"), new IndexOptions().name("by_name"));
        agents.createIndex(Indexes.ascending("online", KeysetPages.SORT_KEY, "_id"), new IndexOptions().name("online_by_name"));
        agents.createIndex(Indexes.ascending("skills", KeysetPages.SORT_KEY, "_id"), new IndexOptions().name("skill_by_name"));
        // an agent's assignments, and every assignment of those requests
        var assignments = database.getCollection(MongoAgents.ASSIGNMENTS);
        assignments.createIndex(Indexes.ascending("agentId"), new IndexOptions().name("by_agent"));
        assignments.createIndex(Indexes.ascending("requestId"), new IndexOptions().name("by_request"));
    }
}
