package dev.concierge.requests.assignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every agent's open work and the queue of requests nobody could take. One roster decides all
 * assignments, one decision at a time, which is what keeps every agent within capacity when many
 * requests arrive at once (the topology routes all assignment input through one key).
 *
 * <p>Immutable: each operation returns the next roster and the decisions it made.
 */
public record AgentRoster(
        Map<String, Agent> agents,
        List<QueuedRequest> queue,
        String lastAssignedAgentId,
        Map<String, String> categories) {

    public record QueuedRequest(String requestId, String category) {
    }

    public record Result(AgentRoster roster, List<AssignmentDecision> decisions) {
    }

    public AgentRoster {
        agents = Map.copyOf(agents);
        queue = List.copyOf(queue);
        categories = Map.copyOf(categories);
    }

    public static AgentRoster empty() {
        return new AgentRoster(Map.of(), List.of(), null, Map.of());
    }

    /** Enrichment found the category; later hand-overs must respect it. */
    public AgentRoster categorised(String requestId, String category) {
        if (category == null || ownerOf(requestId).isEmpty() && !isQueued(requestId)) {
            return this;
        }
        Map<String, String> next = new LinkedHashMap<>(categories);
        next.put(requestId, category);
        List<QueuedRequest> requeued = queue.stream()
                .map(q -> q.requestId().equals(requestId) ? new QueuedRequest(requestId, category) : q)
                .toList();
        return new AgentRoster(agents, requeued, lastAssignedAgentId, next);
    }

    public Optional<String> ownerOf(String requestId) {
        return agents.values().stream()
                .filter(agent -> agent.openRequests().contains(requestId))
                .map(Agent::agentId)
                .findFirst();
    }

    /** A new request: the least busy suitable online agent with room, or the queue. */
    public Result assign(String requestId, String category) {
        if (ownerOf(requestId).isPresent() || isQueued(requestId)) {
            return new Result(this, List.of());
        }
        return withCategory(requestId, category).place(requestId, category, null, Set.of());
    }

    /** An agent registered, changed or went on/offline. Going offline hands their work on. */
    public Result agentChanged(String agentId, Set<String> skills, int capacity, boolean online) {
        Agent before = agents.get(agentId);
        Agent after = before == null
                ? new Agent(agentId, skills, capacity, online, List.of())
                : before.withProfile(skills, capacity, online);
        AgentRoster roster = withAgent(after);
        List<AssignmentDecision> decisions = new ArrayList<>();
        if (!online && !after.openRequests().isEmpty()) {
            roster = roster.handOver(after, decisions);
        }
        return roster.drainQueue(decisions);
    }

    /** A person assigned the request by hand: that wins, even above the agent's capacity. */
    public Result assignedManually(String requestId, String agentId) {
        AgentRoster roster = withoutRequest(requestId).withCategory(requestId, categories.get(requestId));
        Agent agent = roster.agents.get(agentId);
        if (agent == null) {
            // an agent the roster has not heard of yet still owns the work, so it counts once they appear
            agent = new Agent(agentId, Set.of(), 0, false, List.of());
        }
        return roster.withAgent(agent.with(requestId)).drainQueue(new ArrayList<>());
    }

    /** The request closed or was cancelled: its agent gets a slot back, which may unqueue someone. */
    public Result released(String requestId) {
        return withoutRequest(requestId).drainQueue(new ArrayList<>());
    }

    /** The owner did not answer in time: try someone else, keep the owner if nobody else can. */
    public Result escalate(String requestId) {
        String category = categories.get(requestId);
        Optional<String> owner = ownerOf(requestId);
        if (owner.isEmpty()) {
            return new Result(this, List.of());
        }
        Optional<Agent> other = bestAgent(category, Set.of(owner.get()));
        if (other.isEmpty()) {
            return new Result(this, List.of());
        }
        return withoutRequest(requestId).withCategory(requestId, category)
                .place(requestId, category, owner.get(), Set.of(owner.get()));
    }

    private AgentRoster handOver(Agent leaving, List<AssignmentDecision> decisions) {
        AgentRoster roster = withAgent(new Agent(leaving.agentId(), leaving.skills(), leaving.capacity(), false, List.of()));
        for (String requestId : leaving.openRequests()) {
            Result placed = roster.place(requestId, categories.get(requestId), leaving.agentId(), Set.of(leaving.agentId()));
            roster = placed.roster();
            decisions.addAll(placed.decisions());
        }
        return roster;
    }

    private Result place(String requestId, String category, String previousAgentId, Set<String> exclude) {
        Optional<Agent> best = bestAgent(category, exclude);
        if (best.isEmpty()) {
            List<QueuedRequest> longer = new ArrayList<>(queue);
            longer.add(new QueuedRequest(requestId, category));
            String reason = agents.values().stream().anyMatch(Agent::online)
                    ? "every online agent who covers " + describe(category) + " is at capacity"
                    : "no agent is online";
            return new Result(new AgentRoster(agents, longer, lastAssignedAgentId, categories),
                    List.of(new AssignmentDecision.Queued(requestId, reason, previousAgentId)));
        }
        Agent agent = best.get();
        AgentRoster roster = new AgentRoster(replace(agent.with(requestId)), queue, agent.agentId(), categories);
        return new Result(roster, List.of(new AssignmentDecision.Assigned(requestId, agent.agentId(), previousAgentId)));
    }

    /**
     * Least open work first; among equals, the first agent after the one assigned last (by id),
     * so equal agents take turns instead of the alphabetically first getting everything.
     */
    private Optional<Agent> bestAgent(String category, Set<String> exclude) {
        List<Agent> candidates = agents.values().stream()
                .filter(Agent::online)
                .filter(Agent::hasRoom)
                .filter(agent -> agent.covers(category))
                .filter(agent -> !exclude.contains(agent.agentId()))
                .toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        int leastWork = candidates.stream().mapToInt(a -> a.openRequests().size()).min().orElseThrow();
        List<Agent> tied = candidates.stream()
                .filter(a -> a.openRequests().size() == leastWork)
                .sorted(Comparator.comparing(Agent::agentId))
                .toList();
        return Optional.of(tied.stream()
                .filter(a -> lastAssignedAgentId != null && a.agentId().compareTo(lastAssignedAgentId) > 0)
                .findFirst()
                .orElse(tied.get(0)));
    }

    private Result drainQueue(List<AssignmentDecision> decisions) {
        AgentRoster roster = new AgentRoster(agents, List.of(), lastAssignedAgentId, categories);
        List<QueuedRequest> stillWaiting = new ArrayList<>();
        for (QueuedRequest waiting : queue) {
            Optional<Agent> best = roster.bestAgent(waiting.category(), Set.of());
            if (best.isPresent()) {
                Result placed = roster.place(waiting.requestId(), waiting.category(), null, Set.of());
                roster = placed.roster();
                decisions.addAll(placed.decisions());
            } else {
                stillWaiting.add(waiting);
            }
        }
        List<QueuedRequest> queueAfter = new ArrayList<>(stillWaiting);
        queueAfter.addAll(roster.queue);
        return new Result(new AgentRoster(roster.agents, queueAfter, roster.lastAssignedAgentId, roster.categories), decisions);
    }

    private boolean isQueued(String requestId) {
        return queue.stream().anyMatch(q -> q.requestId().equals(requestId));
    }

    private AgentRoster withoutRequest(String requestId) {
        Map<String, Agent> next = new LinkedHashMap<>();
        agents.forEach((id, agent) -> next.put(id, agent.without(requestId)));
        List<QueuedRequest> shorter = queue.stream().filter(q -> !q.requestId().equals(requestId)).toList();
        Map<String, String> fewer = new LinkedHashMap<>(categories);
        fewer.remove(requestId);
        return new AgentRoster(next, shorter, lastAssignedAgentId, fewer);
    }

    private AgentRoster withAgent(Agent agent) {
        return new AgentRoster(replace(agent), queue, lastAssignedAgentId, categories);
    }

    private Map<String, Agent> replace(Agent agent) {
        Map<String, Agent> next = new LinkedHashMap<>(agents);
        next.put(agent.agentId(), agent);
        return next;
    }

    private AgentRoster withCategory(String requestId, String category) {
        if (category == null) {
            return this;
        }
        Map<String, String> next = new LinkedHashMap<>(categories);
        next.put(requestId, category);
        return new AgentRoster(agents, queue, lastAssignedAgentId, next);
    }

    private static String describe(String category) {
        return category == null ? "any category" : "'" + category + "'";
    }
}
