package dev.concierge.requests.assignment;

/** What the roster decided for one request; the request aggregate turns it into a fact. */
public sealed interface AssignmentDecision {

    String requestId();

    /** {@code previousAgentId} is set when work moves away from an agent (offline, SLA breach). */
    record Assigned(String requestId, String agentId, String previousAgentId) implements AssignmentDecision {
    }

    /** Nobody suitable has room; the request waits and is assigned when someone comes online. */
    record Queued(String requestId, String reason, String previousAgentId) implements AssignmentDecision {
    }
}
