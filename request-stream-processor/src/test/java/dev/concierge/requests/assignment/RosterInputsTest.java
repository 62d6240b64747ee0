package dev.concierge.requests.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.requests.RequestEvent;
import dev.concierge.schemas.requests.Sla;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RosterInputsTest {

    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

    private final AgentRoster roster = new AgentRoster(new InMemoryRosterEntries(), "bengaluru");

    @Test
    void only_a_first_reply_breach_a_manual_assignment_and_facts_that_start_or_end_work_reach_the_roster() {
        assertThat(RosterInputs.relevant(breach(Sla.FIRST_AGENT_REPLY))).isTrue();
        assertThat(RosterInputs.relevant(breach(Sla.QUOTE))).isFalse();
        assertThat(RosterInputs.relevant(new RequestEvent.AgentAssigned("r1", "asha", null, true))).isTrue();
        assertThat(RosterInputs.relevant(new RequestEvent.AgentAssigned("r1", "asha", null, false))).isFalse();
        assertThat(RosterInputs.relevant(new RequestEvent.Delivered("r1", NOW))).isTrue();
    }

    @Test
    void a_first_reply_breach_moves_the_request_to_another_agent_and_delivery_ends_its_work() {
        // given
        roster.agentChanged("asha", Set.of(Agent.ANY_CATEGORY), 1, true);
        roster.agentChanged("bilal", Set.of(Agent.ANY_CATEGORY), 1, true);
        roster.assign("r1", null);
        String first = roster.ownerOf("r1").orElseThrow();

        // when another SLA breaches, then the first reply breaches
        assertThat(RosterInputs.apply(roster, breach(Sla.QUOTE))).isEmpty();
        assertThat(roster.ownerOf("r1")).contains(first);
        assertThat(RosterInputs.apply(roster, breach(Sla.FIRST_AGENT_REPLY))).isNotEmpty();
        String second = roster.ownerOf("r1").orElseThrow();

        // then
        assertThat(second).isNotEqualTo(first);
        RosterInputs.apply(roster, new RequestEvent.Delivered("r1", NOW));
        assertThat(roster.ownerOf("r1")).isEmpty();
    }

    private static RequestEvent.SlaBreached breach(Sla sla) {
        return new RequestEvent.SlaBreached("r1", sla, NOW, RequestStatus.SOURCING);
    }
}
