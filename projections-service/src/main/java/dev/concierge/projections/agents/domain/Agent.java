package dev.concierge.projections.agents.domain;

import java.util.List;

/**
 * An agent as the directory shows staff: the profile and presence. {@code zone} is where they work now: the
 * zone their last availability change named, else their profile's. {@code name} is null for an agent whose
 * availability changed before their registration reached the read model.
 */
public record Agent(String agentId, String name, String email, String phone, List<String> skills, Integer capacity,
        String zone, boolean online) {

    public Agent {
        skills = skills == null ? List.of() : List.copyOf(skills);
    }
}
