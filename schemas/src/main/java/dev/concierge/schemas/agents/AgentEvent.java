package dev.concierge.schemas.agents;

import dev.concierge.schemas.common.Description;
import dev.concierge.schemas.common.Immutable;
import dev.concierge.schemas.common.Nullable;
import dev.concierge.schemas.envelope.EventType;
import java.util.List;

/** Values of {@code agents.events}, keyed by agent id: the agent directory and presence. */
public sealed interface AgentEvent {

    String agentId();

    String ZONE = "The service zone (city) the agent works in, e.g. 'bengaluru'; absent means the default zone, "
            + "which serves every city that has no zone of its own.";

    /**
     * {@code skills} are the categories the agent sources; {@code capacity} caps their open requests;
     * {@code zone} is where they work (requests are assigned within the zone of their delivery city).
     */
    @EventType("concierge.agent.registered.v1")
    record AgentRegistered(
            String agentId,
            String name,
            String email,
            @Nullable String phone,
            List<String> skills,
            int capacity,
            @Nullable @Description(ZONE) String zone) implements AgentEvent {

        public AgentRegistered {
            skills = Immutable.list(skills);
            Capacity.require(capacity);
        }

        /** An agent of the default zone. */
        public AgentRegistered(String agentId, String name, String email, String phone, List<String> skills, int capacity) {
            this(agentId, name, email, phone, skills, capacity, null);
        }
    }

    /** The agent went online (takes new requests) or offline, in {@code zone} (absent: the zone they registered in). */
    @EventType("concierge.agent.availability-changed.v1")
    record AgentAvailabilityChanged(
            String agentId,
            boolean online,
            @Nullable @Description(ZONE + " On an availability change, absent means the zone the agent last "
                    + "registered or was updated with.") String zone) implements AgentEvent {

        /** Presence in the zone the agent is known in. */
        public AgentAvailabilityChanged(String agentId, boolean online) {
            this(agentId, online, null);
        }
    }

    /** The full new description of an agent; it replaces the previous one. */
    @EventType("concierge.agent.updated.v1")
    record AgentUpdated(
            String agentId,
            String name,
            String email,
            @Nullable String phone,
            List<String> skills,
            int capacity,
            @Nullable @Description(ZONE) String zone) implements AgentEvent {

        public AgentUpdated {
            skills = Immutable.list(skills);
            Capacity.require(capacity);
        }

        /** An agent of the default zone. */
        public AgentUpdated(String agentId, String name, String email, String phone, List<String> skills, int capacity) {
            this(agentId, name, email, phone, skills, capacity, null);
        }
    }
}
