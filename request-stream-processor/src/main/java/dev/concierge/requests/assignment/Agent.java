package dev.concierge.requests.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An agent as assignment sees them. {@code openRequests} is the agent's current work in the order
 * it was given; its size is what "least open work" and capacity compare.
 */
public record Agent(String agentId, Set<String> skills, int capacity, boolean online, List<String> openRequests) {

    /** An agent with this skill takes any category, including requests not yet categorised. */
    public static final String ANY_CATEGORY = "*";

    public Agent {
        skills = Set.copyOf(skills);
        openRequests = List.copyOf(openRequests);
    }

    /** A request whose category is not known yet can go to anyone; the agent re-routes it if needed. */
    public boolean covers(String category) {
        if (category == null || skills.contains(ANY_CATEGORY)) {
            return true;
        }
        return skills.stream().anyMatch(skill -> skill.equalsIgnoreCase(category));
    }

    public boolean hasRoom() {
        return openRequests.size() < capacity;
    }

    Agent with(String requestId) {
        if (openRequests.contains(requestId)) {
            return this;
        }
        List<String> more = new ArrayList<>(openRequests);
        more.add(requestId);
        return new Agent(agentId, skills, capacity, online, more);
    }

    Agent without(String requestId) {
        return new Agent(agentId, skills, capacity, online,
                openRequests.stream().filter(id -> !id.equals(requestId)).toList());
    }

    Agent withProfile(Set<String> newSkills, int newCapacity, boolean nowOnline) {
        return new Agent(agentId, newSkills, newCapacity, nowOnline, openRequests);
    }
}
