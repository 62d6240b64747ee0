package dev.concierge.requests.assignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One zone's assignment decisions: every agent's open work and the queues of requests nobody could
 * take. All of a zone's decisions are made here one after the other (the topology routes a zone's
 * input through one key), which is what keeps every agent within capacity when many requests
 * arrive at once.
 *
 * <p>Entries live in {@link RosterEntries}, one per agent, open request and queued request, so a
 * change touches a few small entries. Waiting requests queue per category in arrival order: an
 * agent with a free slot takes the earliest head among the queues they cover, a handful of seeks
 * however long the queues are. Each operation returns the decisions it made.
 */
public final class AgentRoster {

    /** The queue of requests whose category is not known yet; any agent covers it. */
    static final String ANY_QUEUE = "~any";

    private final RosterEntries entries;
    private final String zone;

    public AgentRoster(RosterEntries entries, String zone) {
        this.entries = entries;
        this.zone = zone;
    }

    /** A new request: the least busy suitable online agent with room, or its category's queue. */
    public List<AssignmentDecision> assign(String requestId, String category) {
        if (entries.request(requestId).isPresent()) {
            return List.of();
        }
        ZoneState state = zoneState();
        entries.putZone(zone, state.arrived());
        return place(new OpenRequest(requestId, category, state.nextArrival(), null, false), null, Set.of());
    }

    /** Enrichment found the category; a waiting request moves to that queue, keeping its place in time. */
    public List<AssignmentDecision> categorised(String requestId, String category) {
        Optional<OpenRequest> known = entries.request(requestId);
        if (category == null || known.isEmpty()) {
            return List.of();
        }
        OpenRequest request = known.get();
        if (request.queued()) {
            leaveQueue(request);
            joinQueue(request.withCategory(category));
        }
        entries.putRequest(request.withCategory(category));
        return List.of();
    }

    /** Registration or a profile change; presence stays as it was (new agents start offline). */
    public List<AssignmentDecision> profileChanged(String agentId, Set<String> skills, int capacity) {
        boolean online = entries.agent(zone, agentId).map(Agent::online).orElse(false);
        return agentChanged(agentId, skills, capacity, online);
    }

    /** On or offline with the profile the roster knows. */
    public List<AssignmentDecision> availabilityChanged(String agentId, boolean online) {
        Optional<Agent> known = entries.agent(zone, agentId);
        return agentChanged(agentId, known.map(Agent::skills).orElse(Set.of()), known.map(Agent::capacity).orElse(0),
                online);
    }

    /** Going offline hands the agent's work on; being online with room takes waiting requests. */
    public List<AssignmentDecision> agentChanged(String agentId, Set<String> skills, int capacity, boolean online) {
        Agent after = entries.agent(zone, agentId)
                .map(before -> before.withProfile(skills, capacity, online))
                .orElseGet(() -> new Agent(agentId, skills, capacity, online, List.of()));
        entries.putAgent(zone, after);
        if (!online) {
            return handOver(after);
        }
        return drain(after);
    }

    /** A person assigned the request by hand: that wins, even above the agent's capacity. */
    public List<AssignmentDecision> assignedManually(String requestId, String agentId) {
        OpenRequest request = entries.request(requestId).orElseGet(() -> newcomer(requestId));
        if (agentId.equals(request.agentId())) {
            return List.of();
        }
        if (request.queued()) {
            leaveQueue(request);
        }
        Optional<Agent> previous = releaseFromOwner(request);
        // an agent the roster has not heard of yet still owns the work, so it counts once they appear
        Agent target = entries.agent(zone, agentId).orElseGet(() -> new Agent(agentId, Set.of(), 0, false, List.of()));
        entries.putAgent(zone, target.with(requestId));
        entries.putRequest(request.ownedBy(agentId));
        return previous.map(this::drain).orElse(List.of());
    }

    /** The request closed or was cancelled: forgotten, and its agent's free slot may take a waiting one. */
    public List<AssignmentDecision> released(String requestId) {
        Optional<OpenRequest> known = entries.request(requestId);
        if (known.isEmpty()) {
            return List.of();
        }
        entries.removeRequest(requestId);
        if (known.get().queued()) {
            leaveQueue(known.get());
            return List.of();
        }
        return releaseFromOwner(known.get()).map(this::drain).orElse(List.of());
    }

    /** The owner did not answer in time: someone else takes it if anyone can, else the owner keeps it. */
    public List<AssignmentDecision> escalate(String requestId) {
        Optional<OpenRequest> known = entries.request(requestId);
        if (known.isEmpty() || known.get().agentId() == null) {
            return List.of();
        }
        OpenRequest request = known.get();
        String owner = request.agentId();
        if (bestAgent(request.category(), Set.of(owner)).isEmpty()) {
            return List.of();
        }
        Optional<Agent> freed = releaseFromOwner(request);
        List<AssignmentDecision> decisions = new ArrayList<>(place(request.ownedBy(null), owner, Set.of(owner)));
        freed.ifPresent(agent -> decisions.addAll(drain(entries.agent(zone, agent.agentId()).orElse(agent))));
        return decisions;
    }

    public Optional<String> ownerOf(String requestId) {
        return entries.request(requestId).map(OpenRequest::agentId);
    }

    private List<AssignmentDecision> handOver(Agent leaving) {
        entries.putAgent(zone, new Agent(leaving.agentId(), leaving.skills(), leaving.capacity(), false, List.of()));
        List<AssignmentDecision> decisions = new ArrayList<>();
        for (String requestId : leaving.openRequests()) {
            OpenRequest request = entries.request(requestId).orElseGet(() -> newcomer(requestId));
            decisions.addAll(place(request.ownedBy(null), leaving.agentId(), Set.of(leaving.agentId())));
        }
        return decisions;
    }

    private List<AssignmentDecision> place(OpenRequest request, String previousAgentId, Set<String> exclude) {
        Optional<Agent> best = bestAgent(request.category(), exclude);
        if (best.isEmpty()) {
            joinQueue(request.waiting());
            entries.putRequest(request.waiting());
            String reason = entries.agents(zone).stream().anyMatch(Agent::online)
                    ? "every online agent who covers " + describe(request.category()) + " is at capacity"
                    : "no agent is online";
            return List.of(new AssignmentDecision.Queued(request.requestId(), reason, previousAgentId));
        }
        giveTo(best.get(), request);
        return List.of(new AssignmentDecision.Assigned(request.requestId(), best.get().agentId(), previousAgentId));
    }

    /** An agent with room takes the earliest waiting request they cover, until they are full. */
    private List<AssignmentDecision> drain(Agent agent) {
        List<AssignmentDecision> decisions = new ArrayList<>();
        Agent current = agent;
        while (current.online() && current.hasRoom()) {
            Optional<Head> next = earliestCoveredBy(current);
            if (next.isEmpty()) {
                break;
            }
            Optional<OpenRequest> request = entries.request(next.get().waiting().requestId());
            if (request.isEmpty()) {
                // a queue entry without its request cannot be assigned; dropping it keeps the queue moving
                entries.dequeue(zone, next.get().queue(), next.get().waiting().arrival());
                continue;
            }
            leaveQueue(request.get());
            current = giveTo(current, request.get());
            decisions.add(new AssignmentDecision.Assigned(request.get().requestId(), current.agentId(), null));
        }
        return decisions;
    }

    /** The first of one queue. */
    private record Head(String queue, RosterEntries.Queued waiting) {
    }

    private Optional<Head> earliestCoveredBy(Agent agent) {
        return zoneState().queues().stream()
                .filter(queue -> agent.covers(ANY_QUEUE.equals(queue) ? null : queue))
                .flatMap(queue -> entries.head(zone, queue).map(waiting -> new Head(queue, waiting)).stream())
                .min(Comparator.comparingLong(head -> head.waiting().arrival()));
    }

    private Agent giveTo(Agent agent, OpenRequest request) {
        Agent busier = agent.with(request.requestId());
        entries.putAgent(zone, busier);
        entries.putRequest(request.ownedBy(agent.agentId()));
        entries.putZone(zone, zoneState().assignedTo(agent.agentId()));
        return busier;
    }

    private Optional<Agent> releaseFromOwner(OpenRequest request) {
        if (request.agentId() == null) {
            return Optional.empty();
        }
        Optional<Agent> owner = entries.agent(zone, request.agentId()).map(agent -> agent.without(request.requestId()));
        owner.ifPresent(agent -> entries.putAgent(zone, agent));
        return owner;
    }

    private void joinQueue(OpenRequest request) {
        String queue = queueOf(request.category());
        entries.enqueue(zone, queue, new RosterEntries.Queued(request.arrival(), request.requestId()));
        ZoneState state = zoneState();
        if (!state.queues().contains(queue)) {
            entries.putZone(zone, state.withQueue(queue, true));
        }
    }

    private void leaveQueue(OpenRequest request) {
        String queue = queueOf(request.category());
        entries.dequeue(zone, queue, request.arrival());
        if (entries.head(zone, queue).isEmpty()) {
            entries.putZone(zone, zoneState().withQueue(queue, false));
        }
    }

    /** A request the roster never saw created (e.g. from before it kept entries) takes the next arrival number. */
    private OpenRequest newcomer(String requestId) {
        ZoneState state = zoneState();
        entries.putZone(zone, state.arrived());
        return new OpenRequest(requestId, null, state.nextArrival(), null, false);
    }

    /**
     * Least open work first; among equals, the first agent after the one assigned last (by id),
     * so equal agents take turns instead of the alphabetically first getting everything.
     */
    private Optional<Agent> bestAgent(String category, Set<String> exclude) {
        List<Agent> candidates = entries.agents(zone).stream()
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
        String last = zoneState().lastAssignedAgentId();
        return Optional.of(tied.stream()
                .filter(a -> last != null && a.agentId().compareTo(last) > 0)
                .findFirst()
                .orElse(tied.get(0)));
    }

    private ZoneState zoneState() {
        return entries.zone(zone).orElse(ZoneState.empty());
    }

    /** Queue names are store key parts: lower case, no separators. */
    static String queueOf(String category) {
        return category == null ? ANY_QUEUE : category.toLowerCase(Locale.ROOT).replace('|', '_');
    }

    private static String describe(String category) {
        return category == null ? "any category" : "'" + category + "'";
    }
}
