package dev.concierge.projections.agents.application;

import dev.concierge.projections.agents.domain.Agent;
import dev.concierge.projections.agents.domain.AgentAssignment;
import dev.concierge.projections.agents.domain.AgentFilter;
import dev.concierge.projections.agents.domain.RequestOutcome;
import dev.concierge.projections.paging.Page;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the agents read model answers. */
public interface AgentQueries {

    /** By name (lower-cased), then id. */
    Page<Agent> list(AgentFilter filter);

    Optional<Agent> byId(String agentId);

    /** Every assignment of every request ever assigned to the agent (to them or to others). */
    List<AgentAssignment> assignmentsAround(String agentId);

    Map<String, RequestOutcome> outcomesOf(Collection<String> requestIds);
}
