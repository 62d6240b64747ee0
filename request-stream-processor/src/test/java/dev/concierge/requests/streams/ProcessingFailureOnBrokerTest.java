package dev.concierge.requests.streams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.schemas.agents.AgentEvent;
import dev.concierge.schemas.requests.RequestSnapshot;
import dev.concierge.testkit.TestInfra;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 4 of issue 9: a record that decodes fine but makes a processor step throw goes to its
 * input's .dlq with the reason (the processing exception handler), and the client stays RUNNING
 * and processes the next record.
 */
class ProcessingFailureOnBrokerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void a_record_that_makes_a_step_throw_lands_in_its_dlq_and_the_client_goes_on_running() throws Exception {
        // given the processor, and an agent event whose zone names no city (the zone router throws on it)
        RequestTopics topics = BrokerStreams.freshTopics("rsp-throw");
        KafkaStreams streams = BrokerStreams.start(topics, TestInfra.uniqueName("rsp-throw-app"), 1);
        String agent = TestInfra.uniqueName("agent");
        String request = TestInfra.uniqueName("req");
        try (TopicClient client = new TopicClient(TestInfra.kafkaBootstrapServers(),
                List.of(topics.agentsEvents().dlqName(), topics.state().name()))) {

            // when that record arrives, then valid ones: the agent registers, comes online, a request comes in
            String poisonId = client.send(topics.agentsEvents(), agent,
                    new AgentEvent.AgentAvailabilityChanged(agent, true, "!!!"));
            client.send(topics.agentsEvents(), agent, Fixtures.agent(agent, 5));
            client.send(topics.agentsEvents(), agent, new AgentEvent.AgentAvailabilityChanged(agent, true));
            client.send(topics.commands(), request, Fixtures.create(request));

            // then the record is in agents.events.dlq, as it was, with the reason and the failing step
            ConsumerRecord<String, byte[]> dead = TopicClient.await("the dead letter", PATIENCE, () ->
                    client.records(topics.agentsEvents().dlqName()).stream().findFirst());
            assertThat(dead.key()).isEqualTo(agent);
            assertThat(new String(dead.value(), StandardCharsets.UTF_8)).contains(poisonId, "!!!");
            assertThat(header(dead, DeadLetters.STAGE)).isEqualTo("PROCESSING");
            assertThat(header(dead, DeadLetters.ERROR_MESSAGE)).isEqualTo("agent zone '!!!' names no city");
            assertThat(header(dead, DeadLetters.PROCESSOR)).isEqualTo(RequestTopology.AGENT_ZONE_ROUTER);
            assertThat(header(dead, DeadLetters.SOURCE_TOPIC)).isEqualTo(topics.agentsEvents().name());

            // and the records after it were processed: the request went to the agent
            RequestSnapshot assigned = TopicClient.await("the request to be assigned", PATIENCE, () ->
                    client.data(topics.state(), request).stream().map(RequestSnapshot.class::cast)
                            .filter(s -> agent.equals(s.agentId())).findFirst());
            assertThat(assigned.agentId()).isEqualTo(agent);
            assertThat(streams.state()).isEqualTo(KafkaStreams.State.RUNNING);
        } finally {
            streams.close(Duration.ofSeconds(10));
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return Optional.ofNullable(record.headers().lastHeader(name))
                .map(h -> new String(h.value(), StandardCharsets.UTF_8)).orElse(null);
    }
}
