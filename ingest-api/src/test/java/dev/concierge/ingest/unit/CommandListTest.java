package dev.concierge.ingest.unit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.ingest.requests.application.CommandPolicy;
import dev.concierge.ingest.requests.web.CommandCatalog;
import dev.concierge.schemas.requests.RequestCommand;
import java.util.Arrays;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sealed {@link RequestCommand} hierarchy is the one list of request commands: a record added
 * there fails here until it has a body and a policy row.
 */
class CommandListTest {

    static Stream<Class<? extends RequestCommand>> every_request_command() {
        return Arrays.stream(RequestCommand.class.getPermittedSubclasses()).map(c -> c.asSubclass(RequestCommand.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("every_request_command")
    void every_request_command_says_who_may_issue_it(Class<? extends RequestCommand> command) {
        assertThat(CommandPolicy.covers(command)).as("a CommandPolicy row for %s", command.getSimpleName()).isTrue();
    }

    @Test
    void every_request_command_but_create_has_a_body_under_its_record_name() {
        // CreateRequest has its own endpoint, POST /v1/requests
        assertThat(CommandCatalog.names()).isEqualTo(every_request_command()
                .filter(command -> command != RequestCommand.CreateRequest.class)
                .map(Class::getSimpleName)
                .collect(Collectors.toCollection(TreeSet::new)));
    }
}
