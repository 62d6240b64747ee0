package dev.concierge.requests.assignment;

/**
 * A request the roster is responsible for, from creation until it closes: its category (null until
 * known), its place in arrival order, and who has it ({@code agentId}) or that it waits ({@code queued}).
 */
public record OpenRequest(String requestId, String category, long arrival, String agentId, boolean queued) {

    OpenRequest ownedBy(String agent) {
        return new OpenRequest(requestId, category, arrival, agent, false);
    }

    OpenRequest waiting() {
        return new OpenRequest(requestId, category, arrival, null, true);
    }

    OpenRequest withCategory(String known) {
        return new OpenRequest(requestId, known, arrival, agentId, queued);
    }
}
