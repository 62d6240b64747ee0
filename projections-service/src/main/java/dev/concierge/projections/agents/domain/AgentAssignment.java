package dev.concierge.projections.agents.domain;

import java.time.Instant;

/** A request was assigned to an agent, first at {@code assignedAt} (one per request and agent). */
public record AgentAssignment(String requestId, String agentId, Instant assignedAt) {

    public static String idOf(String requestId, String agentId) {
        return requestId + ":" + agentId;
    }
}
