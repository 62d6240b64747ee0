package dev.concierge.requests.streams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.requests.lifecycle.Journey;
import dev.concierge.requests.lifecycle.LifecyclePolicy;
import dev.concierge.schemas.agents.AgentEvent;
import dev.concierge.schemas.common.GeoPoint;
import dev.concierge.schemas.outreach.OutreachCommand;
import dev.concierge.schemas.requests.RequestCommand;
import dev.concierge.schemas.requests.RequestEvent;
import dev.concierge.schemas.stores.StoreInbound;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssignmentAndTimersTopologyTest {

    @Test
    void a_request_waits_for_an_agent_and_is_assigned_when_one_comes_online() {
        try (TopologyHarness h = new TopologyHarness(LifecyclePolicy.defaults(), Journey.T0)) {
            // given nobody is online
            h.send(h.topics.commands(), "req-1", Fixtures.create("req-1"));
            assertThat(h.events("req-1")).contains(new RequestEvent.AssignmentQueued("req-1", "no agent is online"));

            // when an agent registers and comes online
            h.send(h.topics.agentsEvents(), "agent-1", Fixtures.agent("agent-1", 3));
            h.send(h.topics.agentsEvents(), "agent-1", new AgentEvent.AgentAvailabilityChanged("agent-1", true));

            // then
            assertThat(h.snapshot("req-1").agentId()).isEqualTo("agent-1");
            assertThat(h.snapshot("req-1").flags()).doesNotContain("waiting-for-agent");
        }
    }

    @Test
    void an_agent_going_offline_hands_open_requests_to_a_colleague_or_flags_them() {
        try (TopologyHarness h = new TopologyHarness(LifecyclePolicy.defaults(), Journey.T0)) {
            // given asha holds two requests and bilal has room for one more
            online(h, "asha", 5);
            h.send(h.topics.commands(), "req-1", Fixtures.create("req-1"));
            h.send(h.topics.commands(), "req-2", Fixtures.create("req-2"));
            online(h, "bilal", 1);

            // when asha goes offline
            h.send(h.topics.agentsEvents(), "asha", new AgentEvent.AgentAvailabilityChanged("asha", false));

            // then one moves to bilal, the other waits flagged, and admins hear of it
            assertThat(h.snapshot("req-1").agentId()).isEqualTo("bilal");
            assertThat(h.events("req-1")).contains(new RequestEvent.AgentAssigned("req-1", "bilal", "asha", false));
            assertThat(h.snapshot("req-2").agentId()).isNull();
            assertThat(h.snapshot("req-2").flags()).contains("agent-went-offline", "waiting-for-agent");
        }
    }

    @Test
    void a_manual_assignment_overrides_the_roster() {
        try (TopologyHarness h = new TopologyHarness(LifecyclePolicy.defaults(), Journey.T0)) {
            online(h, "asha", 5);
            h.send(h.topics.commands(), "req-1", Fixtures.create("req-1"));

            h.send(h.topics.commands(), "req-1", new RequestCommand.AssignAgent("req-1", "chen", Journey.OPS));

            assertThat(h.snapshot("req-1").agentId()).isEqualTo("chen");
            assertThat(h.events("req-1")).last().isEqualTo(new RequestEvent.AgentAssigned("req-1", "chen", "asha", true));
        }
    }

    @Test
    void stores_that_answered_before_are_asked_first() {
        try (TopologyHarness h = new TopologyHarness(LifecyclePolicy.defaults(), Journey.T0)) {
            // given two shops; the nearer one ignored an earlier request, the farther one answered it
            h.send(h.topics.storesEvents(), "silent", Fixtures.store("silent", new GeoPoint(12.9360, 77.6245), "groceries"));
            h.send(h.topics.storesEvents(), "helpful", Fixtures.store("helpful", new GeoPoint(12.9500, 77.6245),
                    "groceries"));
            h.send(h.topics.commands(), "req-old", Fixtures.create("req-old"));
            h.send(h.topics.enrichmentResults(), "req-old", Fixtures.understood("req-old"));
            h.send(h.topics.storesInbound(), "helpful", new StoreInbound.StoreMessageReceived("helpful", "+91",
                    "haan hai 95", List.of(), "wamid-1"));

            // when a new request is sourced
            h.send(h.topics.commands(), "req-new", Fixtures.create("req-new"));
            h.send(h.topics.enrichmentResults(), "req-new", Fixtures.understood("req-new"));

            // then the store with the better record comes first, the nearer silent one second
            OutreachCommand.ContactStores first = (OutreachCommand.ContactStores) h.data(h.topics.outreachCommands()).get(0);
            OutreachCommand.ContactStores second = (OutreachCommand.ContactStores) h.data(h.topics.outreachCommands()).get(1);
            assertThat(first.storeIds()).containsExactly("silent", "helpful");
            assertThat(second.storeIds()).containsExactly("helpful", "silent");
        }
    }

    private static void online(TopologyHarness h, String agent, int capacity) {
        h.send(h.topics.agentsEvents(), agent, Fixtures.agent(agent, capacity));
        h.send(h.topics.agentsEvents(), agent, new AgentEvent.AgentAvailabilityChanged(agent, true));
    }
}
