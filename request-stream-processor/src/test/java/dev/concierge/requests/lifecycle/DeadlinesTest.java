package dev.concierge.requests.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.schemas.common.RequestStatus;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

    @Test
    void every_open_state_of_the_lifecycle_has_a_deadline_of_its_own() {
        RequestDecider decider = Journey.standardDecider();
        Set<RequestStatus> without = EnumSet.noneOf(RequestStatus.class);
        for (RequestStatus status : TransitionTable.OPEN) {
            // given a request that reached the state and whose agent has already spoken (no first-reply timer)
            RequestState reached = new Journey(decider, "req-" + status).reach(status).state().withAgentReplied();

            // when its deadlines are derived
            Map<Deadline, Instant> deadlines = decider.deadlines(reached);

            // then at least one watches the state itself
            if (deadlines.isEmpty()) {
                without.add(status);
            }
        }
        assertThat(without).as("open states nobody would ever move on").isEmpty();
        assertThat(TransitionTable.OPEN).hasSize(9);
    }

    @Test
    void a_new_round_of_questions_earns_a_new_reminder() {
        RequestDecider decider = Journey.standardDecider();
        Journey journey = new Journey(decider, "req-1").reach(RequestStatus.NEEDS_INFO);
        Instant reminder = decider.deadlines(journey.state()).get(Deadline.INFO_REMINDER);
        journey.apply(new Input.DeadlinePassed(Deadline.INFO_REMINDER, reminder));
        assertThat(decider.deadlines(journey.state())).doesNotContainKey(Deadline.INFO_REMINDER);

        // when the customer answers and the analysis asks again
        journey.apply(new Input.CustomerMessage("Aashirvaad"));
        journey.apply(new Input.EnrichmentCompleted(2, "groceries", null, Map.of(), List.of("Which size?"),
                null));

        // then the new question has its own reminder
        assertThat(decider.deadlines(journey.state())).containsKey(Deadline.INFO_REMINDER);
    }
}
