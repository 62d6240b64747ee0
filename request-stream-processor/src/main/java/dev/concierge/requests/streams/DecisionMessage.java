package dev.concierge.requests.streams;

import dev.concierge.requests.assignment.AssignmentDecision;

/** An assignment decision on its way from the roster to the request's partition (internal topic). */
record DecisionMessage(String requestId, String agentId, String previousAgentId, String queuedReason, String eventId) {

    static DecisionMessage of(AssignmentDecision decision, String eventId) {
        if (decision instanceof AssignmentDecision.Assigned a) {
            return new DecisionMessage(a.requestId(), a.agentId(), a.previousAgentId(), null, eventId);
        }
        AssignmentDecision.Queued q = (AssignmentDecision.Queued) decision;
        return new DecisionMessage(q.requestId(), null, q.previousAgentId(), q.reason(), eventId);
    }

    AssignmentDecision decision() {
        return agentId != null
                ? new AssignmentDecision.Assigned(requestId, agentId, previousAgentId)
                : new AssignmentDecision.Queued(requestId, queuedReason, previousAgentId);
    }
}
