package dev.concierge.projections.agents.domain;

/** One agent's page: the directory entry and their workload and record. */
public record AgentDetail(Agent agent, AgentPerformance performance) {
}
