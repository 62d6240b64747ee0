package dev.concierge.projections.agents.application;

import dev.concierge.projections.agents.domain.Agent;
import dev.concierge.projections.agents.domain.AgentAssignment;
import dev.concierge.projections.agents.domain.AgentDetail;
import dev.concierge.projections.agents.domain.AgentFilter;
import dev.concierge.projections.agents.domain.AgentPerformance;
import dev.concierge.projections.paging.Page;
import java.util.List;
import java.util.Optional;

/** The agents' query side (staff only: the resource checks the role). */
public final class AgentReading {

    private final AgentQueries queries;
    private final Workloads workloads;

    public AgentReading(AgentQueries queries, Workloads workloads) {
        this.queries = queries;
        this.workloads = workloads;
    }

    public Page<Agent> list(AgentFilter filter) {
        return queries.list(filter);
    }

    public Optional<AgentDetail> detail(String agentId) {
        return queries.byId(agentId).map(agent -> {
            List<AgentAssignment> assignments = queries.assignmentsAround(agentId);
            return new AgentDetail(agent, AgentPerformance.of(agentId, agent.capacity(),
                    workloads.statusCountsOf(agentId), assignments,
                    queries.outcomesOf(assignments.stream().map(AgentAssignment::requestId).distinct().toList())));
        });
    }
}
