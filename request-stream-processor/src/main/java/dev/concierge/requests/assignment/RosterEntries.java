package dev.concierge.requests.assignment;

import java.util.List;
import java.util.Optional;

/**
 * Where the roster keeps its entries: one per agent, one per open request, one per queued request
 * (ordered by arrival within its queue) and one small entry per zone. No entry grows with the number
 * of requests, so every change writes a few small records.
 */
public interface RosterEntries {

    Optional<Agent> agent(String zone, String agentId);

    /** Every agent of a zone; a zone has tens of agents, not thousands. */
    List<Agent> agents(String zone);

    void putAgent(String zone, Agent agent);

    Optional<OpenRequest> request(String requestId);

    void putRequest(OpenRequest request);

    void removeRequest(String requestId);

    /** The request that arrived first in one queue of a zone: one seek, however long the queue. */
    Optional<Queued> head(String zone, String queue);

    void enqueue(String zone, String queue, Queued queued);

    void dequeue(String zone, String queue, long arrival);

    Optional<ZoneState> zone(String zone);

    void putZone(String zone, ZoneState state);

    /** A place in a queue: {@code arrival} orders it, the request id says who. */
    record Queued(long arrival, String requestId) {
    }
}
