package dev.concierge.requests.assignment;

import dev.concierge.requests.lifecycle.RequestDecider;
import dev.concierge.schemas.agents.AgentEvent;
import dev.concierge.schemas.requests.RequestEvent;
import dev.concierge.schemas.requests.Sla;
import java.util.List;
import java.util.Set;

/**
 * What the roster does with each event it is given: agent changes and the request facts that
 * start, move or end work. Which events reach the roster, and in which order, is the streams
 * layer's business; this is only the decision.
 */
public final class RosterInputs {

    private RosterInputs() {
    }

    /** Which request facts the roster acts on; every agent change is relevant. */
    public static boolean relevant(Object data) {
        return data instanceof RequestEvent.RequestCreated
                || data instanceof RequestEvent.RequestEnriched
                || data instanceof RequestEvent.AgentAssigned assigned && assigned.manual()
                || data instanceof RequestEvent.SlaBreached breached && breached.sla() == Sla.FIRST_AGENT_REPLY
                || closesWork(data);
    }

    /** The facts after which a request needs no agent any more. */
    public static boolean closesWork(Object data) {
        return data instanceof RequestEvent.Delivered || data instanceof RequestEvent.Cancelled
                || data instanceof RequestEvent.Refunded || data instanceof RequestEvent.RequestUnavailable;
    }

    /** The roster's decisions for one event of its zone; none for an event it does not act on. */
    public static List<AssignmentDecision> apply(AgentRoster roster, Object data) {
        if (data instanceof AgentEvent.AgentRegistered a) {
            return roster.profileChanged(a.agentId(), Set.copyOf(a.skills()), a.capacity());
        }
        if (data instanceof AgentEvent.AgentUpdated a) {
            return roster.profileChanged(a.agentId(), Set.copyOf(a.skills()), a.capacity());
        }
        if (data instanceof AgentEvent.AgentAvailabilityChanged a) {
            return roster.availabilityChanged(a.agentId(), a.online());
        }
        if (data instanceof RequestEvent.RequestCreated created) {
            return roster.assign(created.requestId(), created.categoryHint());
        }
        if (data instanceof RequestEvent.RequestEnriched enriched) {
            String category = RequestDecider.UNCATEGORISED.equals(enriched.category()) ? null : enriched.category();
            return roster.categorised(enriched.requestId(), category);
        }
        if (data instanceof RequestEvent.AgentAssigned assigned && assigned.manual()) {
            return roster.assignedManually(assigned.requestId(), assigned.agentId());
        }
        if (data instanceof RequestEvent.SlaBreached breached && breached.sla() == Sla.FIRST_AGENT_REPLY) {
            return roster.escalate(breached.requestId());
        }
        if (closesWork(data)) {
            return roster.released(((RequestEvent) data).requestId());
        }
        return List.of();
    }
}
