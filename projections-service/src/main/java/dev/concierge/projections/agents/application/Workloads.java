package dev.concierge.projections.agents.application;

import dev.concierge.schemas.common.RequestStatus;
import java.util.Map;

/** How many requests an agent has now, per status: what the requests read model says (their current agent). */
@FunctionalInterface
public interface Workloads {

    Map<RequestStatus, Long> statusCountsOf(String agentId);
}
