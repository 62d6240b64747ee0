package dev.concierge.requests.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgentRosterTest {

    private static final Set<String> EVERYTHING = Set.of(Agent.ANY_CATEGORY);
    private static final String ZONE = "bengaluru";

    private final InMemoryRosterEntries entries = new InMemoryRosterEntries();
    private final AgentRoster roster = new AgentRoster(entries, ZONE);

    @Test
    void the_least_busy_online_agent_who_covers_the_category_gets_the_request() {
        // given
        roster.agentChanged("asha", Set.of("groceries"), 5, true);
        roster.agentChanged("bilal", Set.of("groceries", "medicines"), 5, true);
        roster.agentChanged("chen", Set.of("electronics"), 5, true);
        roster.agentChanged("dev", EVERYTHING, 5, false);
        roster.assign("r1", "groceries"); // asha (tie, first by id)

        // when
        List<AssignmentDecision> decisions = roster.assign("r2", "groceries");

        // then bilal has less open work than asha; chen lacks the skill; dev is offline
        assertThat(decisions).containsExactly(new AssignmentDecision.Assigned("r2", "bilal", null));
    }

    @Test
    void equal_agents_take_turns() {
        for (String agent : List.of("a", "b", "c")) {
            roster.agentChanged(agent, EVERYTHING, 10, true);
        }
        List<String> owners = new ArrayList<>();

        for (int i = 0; i < 6; i++) {
            owners.add(((AssignmentDecision.Assigned) roster.assign("r" + i, null).get(0)).agentId());
        }

        assertThat(owners).containsExactly("a", "b", "c", "a", "b", "c");
    }

    @Test
    void nobody_goes_above_capacity_and_the_rest_waits_in_the_queue() {
        // given 3 agents of capacity 10
        for (String agent : List.of("a", "b", "c")) {
            roster.agentChanged(agent, EVERYTHING, 10, true);
        }

        // when 40 requests arrive
        List<AssignmentDecision> decisions = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            decisions.addAll(roster.assign("r" + i, null));
        }

        // then 30 are assigned, 10 per agent, and 10 wait, in the order they came
        assertThat(entries.agents(ZONE)).allSatisfy(agent -> assertThat(agent.openRequests()).hasSize(10));
        assertThat(decisions).filteredOn(AssignmentDecision.Queued.class::isInstance).hasSize(10);
        assertThat(entries.waiting(ZONE)).containsExactly("r30", "r31", "r32", "r33", "r34", "r35", "r36", "r37",
                "r38", "r39");
    }

    @Test
    void a_queued_request_is_assigned_when_an_agent_comes_online() {
        // given nobody online
        assertThat(roster.assign("r1", "groceries"))
                .containsExactly(new AssignmentDecision.Queued("r1", "no agent is online", null));

        // when
        List<AssignmentDecision> online = roster.agentChanged("asha", Set.of("groceries"), 3, true);

        // then
        assertThat(online).containsExactly(new AssignmentDecision.Assigned("r1", "asha", null));
        assertThat(entries.waiting(ZONE)).isEmpty();
    }

    @Test
    void an_agent_coming_online_takes_the_earliest_waiting_requests_they_cover_up_to_capacity() {
        // given requests of three categories queued while nobody was online
        roster.assign("r1", "electronics");
        roster.assign("r2", "groceries");
        roster.assign("r3", null);
        roster.assign("r4", "groceries");
        roster.assign("r5", "groceries");

        // when a groceries agent with room for three comes online
        List<AssignmentDecision> online = roster.agentChanged("asha", Set.of("groceries"), 3, true);

        // then they take the earliest they cover (an uncategorised request is anyone's), in arrival order
        assertThat(online).containsExactly(new AssignmentDecision.Assigned("r2", "asha", null),
                new AssignmentDecision.Assigned("r3", "asha", null), new AssignmentDecision.Assigned("r4", "asha", null));
        assertThat(entries.waiting(ZONE)).containsExactly("r1", "r5");
    }

    @Test
    void a_request_categorised_while_waiting_keeps_its_place_in_time() {
        roster.assign("r1", null);
        roster.assign("r2", "groceries");

        roster.categorised("r1", "groceries");
        List<AssignmentDecision> online = roster.agentChanged("asha", Set.of("groceries"), 1, true);

        assertThat(online).containsExactly(new AssignmentDecision.Assigned("r1", "asha", null));
        assertThat(entries.request("r1")).hasValueSatisfying(r -> assertThat(r.category()).isEqualTo("groceries"));
    }

    @Test
    void a_released_slot_goes_to_the_first_request_in_the_queue() {
        roster.agentChanged("asha", EVERYTHING, 1, true);
        roster.assign("r1", null);
        roster.assign("r2", null);
        roster.assign("r3", null);

        List<AssignmentDecision> released = roster.released("r1");

        assertThat(released).containsExactly(new AssignmentDecision.Assigned("r2", "asha", null));
        assertThat(entries.request("r1")).isEmpty();
    }

    @Test
    void a_closed_request_leaves_no_entry_behind_whether_it_was_assigned_or_waiting() {
        roster.agentChanged("asha", EVERYTHING, 1, true);
        roster.assign("r1", "groceries");
        roster.assign("r2", "groceries");

        roster.released("r2");
        roster.released("r1");

        assertThat(entries.request("r1")).isEmpty();
        assertThat(entries.request("r2")).isEmpty();
        assertThat(entries.waiting(ZONE)).isEmpty();
        assertThat(entries.zone(ZONE).orElseThrow().queues()).isEmpty();
        assertThat(entries.agent(ZONE, "asha").orElseThrow().openRequests()).isEmpty();
    }

    @Test
    void an_agent_going_offline_hands_their_requests_on_or_they_are_queued_and_flagged() {
        // given asha has two requests, bilal room for one
        roster.agentChanged("asha", EVERYTHING, 5, true);
        roster.agentChanged("bilal", EVERYTHING, 1, false);
        roster.assign("r1", "groceries");
        roster.assign("r2", "groceries");
        roster.agentChanged("bilal", EVERYTHING, 1, true);

        // when asha goes offline
        List<AssignmentDecision> decisions = roster.availabilityChanged("asha", false);

        // then nothing is released silently
        assertThat(decisions).containsExactly(
                new AssignmentDecision.Assigned("r1", "bilal", "asha"),
                new AssignmentDecision.Queued("r2", "every online agent who covers 'groceries' is at capacity", "asha"));
        assertThat(entries.agent(ZONE, "asha").orElseThrow().openRequests()).isEmpty();
    }

    @Test
    void a_manual_assignment_wins_even_above_capacity() {
        roster.agentChanged("asha", EVERYTHING, 1, true);
        roster.agentChanged("bilal", EVERYTHING, 1, true);
        roster.assign("r1", null);
        roster.assign("r2", null);

        roster.assignedManually("r2", "asha");

        assertThat(entries.agent(ZONE, "asha").orElseThrow().openRequests()).containsExactlyInAnyOrder("r1", "r2");
        assertThat(roster.ownerOf("r2")).contains("asha");
    }

    @Test
    void an_sla_breach_moves_the_request_to_another_agent_when_one_is_free() {
        roster.agentChanged("asha", EVERYTHING, 5, true);
        roster.agentChanged("bilal", EVERYTHING, 5, true);
        roster.assign("r1", "groceries");

        List<AssignmentDecision> escalated = roster.escalate("r1");

        assertThat(escalated).containsExactly(new AssignmentDecision.Assigned("r1", "bilal", "asha"));
    }

    @Test
    void zones_decide_apart_an_agent_of_one_zone_never_gets_a_request_of_another() {
        AgentRoster mumbai = new AgentRoster(entries, "mumbai");
        mumbai.agentChanged("meera", EVERYTHING, 5, true);

        List<AssignmentDecision> bengaluru = roster.assign("r1", null);

        assertThat(bengaluru).containsExactly(new AssignmentDecision.Queued("r1", "no agent is online", null));
    }
}
