package dev.concierge.requests.assignment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** The roster's entries in sorted maps, for testing the decisions without Kafka Streams. */
final class InMemoryRosterEntries implements RosterEntries {

    private final Map<String, Map<String, Agent>> agents = new HashMap<>();
    private final Map<String, OpenRequest> requests = new HashMap<>();
    private final Map<String, NavigableMap<Long, String>> queues = new HashMap<>();
    private final Map<String, ZoneState> zones = new HashMap<>();

    @Override
    public Optional<Agent> agent(String zone, String agentId) {
        return Optional.ofNullable(agents.getOrDefault(zone, Map.of()).get(agentId));
    }

    @Override
    public List<Agent> agents(String zone) {
        return new ArrayList<>(agents.getOrDefault(zone, Map.of()).values());
    }

    @Override
    public void putAgent(String zone, Agent agent) {
        agents.computeIfAbsent(zone, z -> new TreeMap<>()).put(agent.agentId(), agent);
    }

    @Override
    public Optional<OpenRequest> request(String requestId) {
        return Optional.ofNullable(requests.get(requestId));
    }

    @Override
    public void putRequest(OpenRequest request) {
        requests.put(request.requestId(), request);
    }

    @Override
    public void removeRequest(String requestId) {
        requests.remove(requestId);
    }

    @Override
    public Optional<Queued> head(String zone, String queue) {
        NavigableMap<Long, String> waiting = queues.getOrDefault(zone + "/" + queue, new TreeMap<>());
        return waiting.isEmpty() ? Optional.empty()
                : Optional.of(new Queued(waiting.firstKey(), waiting.firstEntry().getValue()));
    }

    @Override
    public void enqueue(String zone, String queue, Queued queued) {
        queues.computeIfAbsent(zone + "/" + queue, q -> new TreeMap<>()).put(queued.arrival(), queued.requestId());
    }

    @Override
    public void dequeue(String zone, String queue, long arrival) {
        queues.getOrDefault(zone + "/" + queue, new TreeMap<>()).remove(arrival);
    }

    @Override
    public Optional<ZoneState> zone(String zone) {
        return Optional.ofNullable(zones.get(zone));
    }

    @Override
    public void putZone(String zone, ZoneState state) {
        zones.put(zone, state);
    }

    /** Every waiting request of a zone, in the order they would be served by an agent covering all. */
    List<String> waiting(String zone) {
        TreeMap<Long, String> all = new TreeMap<>();
        queues.forEach((name, waiting) -> {
            if (name.startsWith(zone + "/")) {
                all.putAll(waiting);
            }
        });
        return new ArrayList<>(all.values());
    }
}
