package dev.concierge.requests.assignment;

import java.util.Set;
import java.util.TreeSet;

/**
 * What a zone's roster remembers besides its agents and requests: the next arrival number, who was
 * assigned last (for taking turns) and which queues have someone waiting. Queues are per category,
 * so their number is bounded by the taxonomy, not by the requests.
 */
public record ZoneState(long nextArrival, String lastAssignedAgentId, Set<String> queues) {

    public ZoneState {
        queues = Set.copyOf(queues);
    }

    static ZoneState empty() {
        return new ZoneState(0, null, Set.of());
    }

    ZoneState arrived() {
        return new ZoneState(nextArrival + 1, lastAssignedAgentId, queues);
    }

    ZoneState assignedTo(String agentId) {
        return new ZoneState(nextArrival, agentId, queues);
    }

    ZoneState withQueue(String queue, boolean waiting) {
        Set<String> next = new TreeSet<>(queues);
        if (waiting) {
            next.add(queue);
        } else {
            next.remove(queue);
        }
        return new ZoneState(nextArrival, lastAssignedAgentId, next);
    }
}
