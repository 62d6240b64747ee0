package dev.concierge.requests.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgentRosterTest {

    private static final Set<String> EVERYTHING = Set.of(Agent.ANY_CATEGORY);

    @Test
    void the_least_busy_online_agent_who_covers_the_category_gets_the_request() {
        // given
        AgentRoster roster = AgentRoster.empty()
                .agentChanged("asha", Set.of("groceries"), 5, true).roster()
                .agentChanged("bilal", Set.of("groceries", "medicines"), 5, true).roster()
                .agentChanged("chen", Set.of("electronics"), 5, true).roster()
                .agentChanged("dev", EVERYTHING, 5, false).roster();
        roster = roster.assign("r1", "groceries").roster(); // asha (tie, first by id)

        // when
        AgentRoster.Result result = roster.assign("r2", "groceries");

        // then bilal has less open work than asha; chen lacks the skill; dev is offline
        assertThat(result.decisions()).containsExactly(new AssignmentDecision.Assigned("r2", "bilal", null));
    }

    @Test
    void equal_agents_take_turns() {
        AgentRoster roster = AgentRoster.empty()
                .agentChanged("a", EVERYTHING, 10, true).roster()
                .agentChanged("b", EVERYTHING, 10, true).roster()
                .agentChanged("c", EVERYTHING, 10, true).roster();
        List<String> owners = new ArrayList<>();

        for (int i = 0; i < 6; i++) {
            AgentRoster.Result result = roster.assign("r" + i, null);
            roster = result.roster();
            owners.add(((AssignmentDecision.Assigned) result.decisions().get(0)).agentId());
        }

        assertThat(owners).containsExactly("a", "b", "c", "a", "b", "c");
    }

    @Test
    void nobody_goes_above_capacity_and_the_rest_waits_in_the_queue() {
        // given 3 agents of capacity 10
        AgentRoster roster = AgentRoster.empty();
        for (String agent : List.of("a", "b", "c")) {
            roster = roster.agentChanged(agent, EVERYTHING, 10, true).roster();
        }

        // when 40 requests arrive
        List<AssignmentDecision> decisions = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            AgentRoster.Result result = roster.assign("r" + i, null);
            roster = result.roster();
            decisions.addAll(result.decisions());
        }

        // then 30 are assigned, 10 per agent, and 10 wait
        assertThat(roster.agents().values()).allSatisfy(agent -> assertThat(agent.openRequests()).hasSize(10));
        assertThat(decisions).filteredOn(AssignmentDecision.Queued.class::isInstance).hasSize(10);
        assertThat(roster.queue()).hasSize(10);
    }

    @Test
    void a_queued_request_is_assigned_when_an_agent_comes_online() {
        // given nobody online
        AgentRoster.Result queued = AgentRoster.empty().assign("r1", "groceries");
        assertThat(queued.decisions()).containsExactly(new AssignmentDecision.Queued("r1", "no agent is online", null));

        // when
        AgentRoster.Result online = queued.roster().agentChanged("asha", Set.of("groceries"), 3, true);

        // then
        assertThat(online.decisions()).containsExactly(new AssignmentDecision.Assigned("r1", "asha", null));
        assertThat(online.roster().queue()).isEmpty();
    }

    @Test
    void a_released_slot_goes_to_the_first_request_in_the_queue() {
        AgentRoster roster = AgentRoster.empty().agentChanged("asha", EVERYTHING, 1, true).roster();
        roster = roster.assign("r1", null).roster();
        roster = roster.assign("r2", null).roster();

        AgentRoster.Result released = roster.released("r1");

        assertThat(released.decisions()).containsExactly(new AssignmentDecision.Assigned("r2", "asha", null));
    }

    @Test
    void an_agent_going_offline_hands_their_requests_on_or_they_are_queued_and_flagged() {
        // given asha has two requests, bilal room for one
        AgentRoster roster = AgentRoster.empty()
                .agentChanged("asha", EVERYTHING, 5, true).roster()
                .agentChanged("bilal", EVERYTHING, 1, false).roster();
        roster = roster.assign("r1", "groceries").roster().assign("r2", "groceries").roster();
        roster = roster.agentChanged("bilal", EVERYTHING, 1, true).roster();

        // when asha goes offline
        AgentRoster.Result result = roster.agentChanged("asha", EVERYTHING, 5, false);

        // then nothing is released silently
        assertThat(result.decisions()).containsExactly(
                new AssignmentDecision.Assigned("r1", "bilal", "asha"),
                new AssignmentDecision.Queued("r2", "every online agent who covers 'groceries' is at capacity", "asha"));
        assertThat(result.roster().agents().get("asha").openRequests()).isEmpty();
    }

    @Test
    void a_manual_assignment_wins_even_above_capacity() {
        AgentRoster roster = AgentRoster.empty().agentChanged("asha", EVERYTHING, 1, true).roster()
                .agentChanged("bilal", EVERYTHING, 1, true).roster();
        roster = roster.assign("r1", null).roster().assign("r2", null).roster();

        AgentRoster after = roster.assignedManually("r2", "asha").roster();

        assertThat(after.agents().get("asha").openRequests()).containsExactlyInAnyOrder("r1", "r2");
        assertThat(after.ownerOf("r2")).contains("asha");
    }

    @Test
    void an_sla_breach_moves_the_request_to_another_agent_when_one_is_free() {
        AgentRoster roster = AgentRoster.empty().agentChanged("asha", EVERYTHING, 5, true).roster()
                .agentChanged("bilal", EVERYTHING, 5, true).roster();
        roster = roster.assign("r1", "groceries").roster();

        AgentRoster.Result escalated = roster.escalate("r1");

        assertThat(escalated.decisions()).containsExactly(new AssignmentDecision.Assigned("r1", "bilal", "asha"));
    }
}
