package dev.concierge.requests.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.requests.RequestCommand;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sealed {@link RequestCommand} hierarchy is the one list of request commands: a record added
 * there fails here until it has a row in {@link InputKind}, a rule in the {@link TransitionTable}
 * and a handler in the {@link RequestDecider}.
 */
class CommandCoverageTest {

    static Stream<Class<?>> every_request_command() {
        return Arrays.stream(RequestCommand.class.getPermittedSubclasses());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("every_request_command")
    void every_request_command_has_exactly_one_input_kind(Class<?> command) {
        List<InputKind> rows = Arrays.stream(InputKind.values()).filter(kind -> kind.command() == command).toList();
        assertThat(rows).as("rows of InputKind naming %s", command.getSimpleName()).hasSize(1);
        assertThat(rows.get(0).isCommand()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("every_request_command")
    void every_request_command_is_valid_in_some_state(Class<?> command) {
        InputKind kind = Arrays.stream(InputKind.values()).filter(k -> k.command() == command).findFirst().orElseThrow();
        boolean somewhere = TransitionTable.rule(null, kind).isPresent()
                || Arrays.stream(RequestStatus.values()).anyMatch(status -> TransitionTable.rule(status, kind).isPresent());
        assertThat(somewhere).as("a TransitionTable rule for %s", kind).isTrue();
    }

    @Test
    void the_decider_handles_every_input_kind() {
        assertThat(Journey.standardDecider().handledInputs()).isEqualTo(EnumSet.allOf(InputKind.class));
    }

    @Test
    void only_the_rows_that_name_a_command_are_commands() {
        assertThat(Arrays.stream(InputKind.values()).filter(InputKind::isCommand).count())
                .isEqualTo(RequestCommand.class.getPermittedSubclasses().length);
    }
}
