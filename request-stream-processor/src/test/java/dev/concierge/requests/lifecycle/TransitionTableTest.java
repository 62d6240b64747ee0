package dev.concierge.requests.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.requests.RequestCommand;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TransitionTableTest {

    static Stream<TransitionExpectations.Case> every_state_and_input() {
        return TransitionExpectations.cases().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void every_state_and_input(TransitionExpectations.Case expected) {
        // given a request that really went through the lifecycle to the state
        RequestDecider decider = Journey.standardDecider();
        Journey journey = new Journey(decider, "req-table").reach(expected.from());
        RequestState before = journey.state();
        Input input = TransitionExpectations.sample(expected.input(), "req-table", before, journey,
                decider.deadlines(before));

        // when
        Decision decision = journey.apply(input);

        // then
        if (expected.rejected()) {
            assertThat(decision).isInstanceOf(Decision.Rejected.class);
            assertThat(((Decision.Rejected) decision).reason()).isNotBlank();
        } else if (expected.ignored()) {
            assertThat(decision).isInstanceOf(Decision.Ignored.class);
        } else {
            assertThat(decision).isInstanceOf(Decision.Accepted.class);
            Decision.Accepted accepted = (Decision.Accepted) decision;
            assertThat(accepted.state().snapshot().status()).isEqualTo(expected.target());
            if (expected.target() != expected.from()) {
                assertThat(accepted.facts()).as("a status change is always published as a fact").isNotEmpty();
                assertThat(accepted.state().snapshot().transitions()).last()
                        .extracting(t -> t.status()).isEqualTo(expected.target());
            }
        }
    }

    @Test
    void the_grid_covers_every_state_and_every_input() {
        assertThat(TransitionExpectations.cases()).hasSize(InputKind.values().length * TransitionExpectations.COLUMNS.size());
    }

    @Test
    void a_rejection_names_the_command_and_the_state() {
        // given a delivered request
        RequestDecider decider = Journey.standardDecider();
        Journey journey = new Journey(decider, "req-1").reach(RequestStatus.DELIVERED);

        // when the customer tries to cancel it
        Decision decision = journey.apply(journey.command(
                new RequestCommand.CancelRequest("req-1", "late", Journey.CUSTOMER)));

        // then
        assertThat(decision).isEqualTo(new Decision.Rejected("CancelRequest is not possible while the request is DELIVERED"));
    }

    @Test
    void versions_grow_by_one_with_every_published_change() {
        // given
        RequestDecider decider = Journey.standardDecider();
        Journey journey = new Journey(decider, "req-1");

        // when the request goes all the way to delivered
        journey.reach(RequestStatus.DELIVERED);

        // then create, enrich, quote, accept, link, capture, pick up, deliver: eight changes
        assertThat(journey.state().snapshot().version()).isEqualTo(8);
    }
}
