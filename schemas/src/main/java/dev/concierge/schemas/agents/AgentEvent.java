package dev.concierge.schemas.agents;

import dev.concierge.schemas.common.Immutable;
import dev.concierge.schemas.common.Nullable;
import dev.concierge.schemas.envelope.EventType;
import java.util.List;

/** Values of {@code agents.events}, keyed by agent id: the agent directory and presence. */
public sealed interface AgentEvent {

    String agentId();

    /** {@code skills} are the categories the agent sources; {@code capacity} caps their open requests. */
    @EventType("concierge.agent.registered.v1")
    record AgentRegistered(
            String agentId,
            String name,
            String email,
            @Nullable String phone,
            List<String> skills,
            int capacity) implements AgentEvent {

        public AgentRegistered {
            skills = Immutable.list(skills);
            Capacity.require(capacity);
        }
    }

    /** The agent went online (takes new requests) or offline. */
    @EventType("concierge.agent.availability-changed.v1")
    record AgentAvailabilityChanged(String agentId, boolean online) implements AgentEvent {
    }

    /** The full new description of an agent; it replaces the previous one. */
    @EventType("concierge.agent.updated.v1")
    record AgentUpdated(
            String agentId,
            String name,
            String email,
            @Nullable String phone,
            List<String> skills,
            int capacity) implements AgentEvent {

        public AgentUpdated {
            skills = Immutable.list(skills);
            Capacity.require(capacity);
        }
    }
}
