package dev.concierge.projections.agents.domain;

import dev.concierge.schemas.agents.AgentEvent.AgentRegistered;
import dev.concierge.schemas.agents.AgentEvent.AgentUpdated;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** An agent's full profile from their registration or latest update: each replaces the one before. */
public record AgentProfile(String agentId, String name, String email, String phone, List<String> skills, int capacity,
        String zone) {

    public AgentProfile {
        skills = skills == null ? List.of() : List.copyOf(skills);
    }

    public static AgentProfile of(AgentRegistered registered) {
        return new AgentProfile(registered.agentId(), registered.name(), registered.email(), registered.phone(),
                registered.skills(), registered.capacity(), registered.zone());
    }

    public static AgentProfile of(AgentUpdated updated) {
        return new AgentProfile(updated.agentId(), updated.name(), updated.email(), updated.phone(), updated.skills(),
                updated.capacity(), updated.zone());
    }

    /** The name lower-cased: the directory's order. */
    public String sortKey() {
        return name.toLowerCase(Locale.ROOT);
    }

    /** Name and email lower-cased, for the free-text filter. */
    public String searchText() {
        return Stream.of(name, email).filter(Objects::nonNull).map(part -> part.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("\n"));
    }
}
