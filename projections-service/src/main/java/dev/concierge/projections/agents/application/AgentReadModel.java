package dev.concierge.projections.agents.application;

import dev.concierge.projections.agents.domain.AgentProfile;
import java.time.Instant;

/**
 * Where the agents projection writes; every write is idempotent and order-safe. {@code order} is the fact's
 * {@link dev.concierge.projections.ordering.FactOrder}: a profile, presence or rating is written only over an
 * older one; times are the earliest fact's ({@code $min}).
 */
public interface AgentReadModel {

    boolean profile(AgentProfile profile, String order);

    /** {@code zone} null: the zone of their profile. */
    boolean presence(String agentId, boolean online, String zone, String order);

    void assigned(String requestId, String agentId, Instant at);

    void closed(String requestId, Instant at);

    boolean rated(String requestId, int rating, String order);
}
