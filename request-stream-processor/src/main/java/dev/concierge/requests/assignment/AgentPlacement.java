package dev.concierge.requests.assignment;

import dev.concierge.schemas.agents.AgentEvent;

/**
 * Which zone's roster an agent event goes to. Presence without a zone goes where the agent last
 * worked; an agent whose zone changes is first taken offline in the old zone (their work handed on
 * there) and, when the event carries no profile, introduced to the new zone with their last one.
 *
 * @param profile the agent's last profile, with the zone they now work in; null while none is known
 * @param left the zone the agent leaves, or null when they stay where they were
 * @param zone the zone whose roster decides this event
 * @param introduce whether the new zone must first be told who the agent is
 */
public record AgentPlacement(AgentEvent.AgentUpdated profile, String left, String zone, boolean introduce) {

    /**
     * @param known the agent's last profile, or null for an agent never seen
     */
    public static AgentPlacement of(Zones zones, AgentEvent.AgentUpdated known, AgentEvent event) {
        String before = known == null ? null : zones.ofAgent(known.zone());
        AgentEvent.AgentUpdated profile = known;
        String zone;
        boolean carriesProfile = true;
        if (event instanceof AgentEvent.AgentRegistered a) {
            profile = new AgentEvent.AgentUpdated(a.agentId(), a.name(), a.email(), a.phone(), a.skills(), a.capacity(),
                    a.zone());
            zone = zones.ofAgent(a.zone());
        } else if (event instanceof AgentEvent.AgentUpdated a) {
            profile = a;
            zone = zones.ofAgent(a.zone());
        } else {
            AgentEvent.AgentAvailabilityChanged a = (AgentEvent.AgentAvailabilityChanged) event;
            carriesProfile = false;
            zone = a.zone() != null ? zones.ofAgent(a.zone()) : before != null ? before : zones.defaultZone();
            if (known != null && !zone.equals(before)) {
                profile = new AgentEvent.AgentUpdated(known.agentId(), known.name(), known.email(), known.phone(),
                        known.skills(), known.capacity(), zone);
            }
        }
        boolean moved = before != null && !before.equals(zone);
        return new AgentPlacement(profile, moved ? before : null, zone, moved && !carriesProfile);
    }
}
