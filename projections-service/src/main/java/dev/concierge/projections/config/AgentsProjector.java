package dev.concierge.projections.config;

import com.mongodb.client.MongoDatabase;
import dev.concierge.projections.agents.application.AgentProjection;
import dev.concierge.projections.agents.messaging.AgentRecords;
import dev.concierge.projections.agents.persistence.AgentIndexes;
import dev.concierge.projections.agents.persistence.MongoAgents;
import dev.concierge.projections.readmodel.Projector;
import dev.concierge.schemas.catalog.Topic;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.envelope.EventCodec;
import java.util.List;
import java.util.function.Supplier;

/** The agents read model ({@code agents}, {@code agent_assignments}, {@code agent_request_outcomes}) as a {@link Projector}. */
public final class AgentsProjector implements Projector {

    private final EventCodec codec;

    AgentsProjector(EventCodec codec) {
        this.codec = codec;
    }

    @Override
    public List<Topic<?>> topics() {
        return List.of(Topics.AGENTS_EVENTS, Topics.REQUESTS_EVENTS);
    }

    /** Nothing of the agents read model is pushed live: {@code live} changes nothing. */
    @Override
    public AgentRecords into(Supplier<MongoDatabase> database, boolean live) {
        return new AgentRecords(new AgentProjection(new MongoAgents(database, codec.mapper())), codec);
    }

    @Override
    public void declareIndexes(MongoDatabase database) {
        AgentIndexes.declare(database);
    }
}
