package dev.concierge.projections.agents.application;

import dev.concierge.projections.agents.domain.AgentProfile;
import dev.concierge.schemas.agents.AgentEvent;
import dev.concierge.schemas.agents.AgentEvent.AgentAvailabilityChanged;
import dev.concierge.schemas.agents.AgentEvent.AgentRegistered;
import dev.concierge.schemas.agents.AgentEvent.AgentUpdated;
import dev.concierge.schemas.requests.RequestEvent;
import dev.concierge.schemas.requests.RequestEvent.AgentAssigned;
import dev.concierge.schemas.requests.RequestEvent.Cancelled;
import dev.concierge.schemas.requests.RequestEvent.Delivered;
import dev.concierge.schemas.requests.RequestEvent.Refunded;
import dev.concierge.schemas.requests.RequestEvent.RequestRated;
import dev.concierge.schemas.requests.RequestEvent.RequestUnavailable;
import java.time.Instant;

/**
 * The agent directory from {@code agents.events}, and from {@code requests.events} who was assigned which
 * request when, when requests closed and how customers rated them. Other request facts say nothing about agents.
 */
public final class AgentProjection {

    private final AgentReadModel readModel;

    public AgentProjection(AgentReadModel readModel) {
        this.readModel = readModel;
    }

    /** @param order the fact's {@link dev.concierge.projections.ordering.FactOrder} */
    public void directory(AgentEvent event, String order) {
        if (event instanceof AgentRegistered registered) {
            readModel.profile(AgentProfile.of(registered), order);
        } else if (event instanceof AgentUpdated updated) {
            readModel.profile(AgentProfile.of(updated), order);
        } else if (event instanceof AgentAvailabilityChanged changed) {
            readModel.presence(changed.agentId(), changed.online(), changed.zone(), order);
        }
    }

    /** @param at the fact's envelope time; {@code order} its {@link dev.concierge.projections.ordering.FactOrder} */
    public void requestFact(RequestEvent fact, Instant at, String order) {
        if (fact instanceof AgentAssigned assigned) {
            readModel.assigned(assigned.requestId(), assigned.agentId(), at);
        } else if (fact instanceof RequestRated rated) {
            readModel.rated(rated.requestId(), rated.rating(), order);
        } else if (fact instanceof Delivered || fact instanceof Cancelled || fact instanceof RequestUnavailable
                || fact instanceof Refunded) {
            readModel.closed(fact.requestId(), at);
        }
    }
}
