package dev.concierge.projections.config;

import dev.concierge.projections.agents.application.AgentReading;
import dev.concierge.projections.agents.application.Workloads;
import dev.concierge.projections.agents.messaging.AgentRecords;
import dev.concierge.projections.agents.persistence.MongoAgents;
import dev.concierge.projections.readmodel.ReadModelDatabase;
import dev.concierge.projections.requests.domain.RequestFilter;
import dev.concierge.projections.requests.domain.SlaState;
import dev.concierge.projections.requests.persistence.MongoRequests;
import dev.concierge.schemas.envelope.EventCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Wires the agents read model on the database the read models are in now; an agent's workload is the
 * requests read model's counts per status of the requests assigned to them.
 */
@ApplicationScoped
public class AgentsWiring {

    @Produces
    @Singleton
    AgentsProjector agentsProjector(EventCodec codec) {
        return new AgentsProjector(codec);
    }

    @Produces
    @Singleton
    AgentRecords liveAgentRecords(AgentsProjector projector, ReadModelDatabase database) {
        return projector.into(database, true);
    }

    @Produces
    @Singleton
    AgentReading agentReading(ReadModelDatabase database, EventCodec codec, MongoRequests requests) {
        // no SLA criterion, so the SLA window is never read
        SlaState.Window unused = new SlaState.Window(Instant.EPOCH, Duration.ZERO);
        Workloads workloads = agentId -> requests.list(new RequestFilter(Set.of(), agentId, null, null, null, null, null,
                1, null), unused).counts();
        return new AgentReading(new MongoAgents(database, codec.mapper()), workloads);
    }
}
