package dev.concierge.requests.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.schemas.agents.AgentEvent;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgentPlacementTest {

    private final Zones zones = new Zones(Zones.DEFAULT, Set.of("Pune", "Navi Mumbai"));

    @Test
    void a_new_agent_goes_to_the_zone_of_their_registration_and_presence_follows_them_there() {
        AgentPlacement registered = AgentPlacement.of(zones, null, new AgentEvent.AgentRegistered("asha", "Asha",
                "asha@example.com", null, List.of("groceries"), 5, "navi-mumbai"));
        AgentPlacement online = AgentPlacement.of(zones, registered.profile(),
                new AgentEvent.AgentAvailabilityChanged("asha", true));

        assertThat(registered).isEqualTo(new AgentPlacement(profile("navi-mumbai"), null, "navi-mumbai", false));
        assertThat(online).isEqualTo(new AgentPlacement(profile("navi-mumbai"), null, "navi-mumbai", false));
    }

    @Test
    void presence_in_another_zone_leaves_the_old_zone_and_introduces_the_agent_to_the_new_one() {
        AgentPlacement moved = AgentPlacement.of(zones, profile("navi-mumbai"),
                new AgentEvent.AgentAvailabilityChanged("asha", true, "Pune"));

        assertThat(moved).isEqualTo(new AgentPlacement(profile("pune"), "navi-mumbai", "pune", true));
    }

    @Test
    void a_profile_update_to_another_zone_leaves_the_old_zone_and_is_itself_the_introduction() {
        AgentPlacement moved = AgentPlacement.of(zones, profile("navi-mumbai"), profile("pune"));

        assertThat(moved).isEqualTo(new AgentPlacement(profile("pune"), "navi-mumbai", "pune", false));
    }

    @Test
    void presence_of_an_agent_never_seen_and_without_a_zone_goes_to_the_default_zone() {
        AgentPlacement unknown = AgentPlacement.of(zones, null, new AgentEvent.AgentAvailabilityChanged("x", true));

        assertThat(unknown).isEqualTo(new AgentPlacement(null, null, Zones.DEFAULT, false));
    }

    private static AgentEvent.AgentUpdated profile(String zone) {
        return new AgentEvent.AgentUpdated("asha", "Asha", "asha@example.com", null, List.of("groceries"), 5, zone);
    }
}
