package dev.concierge.requests.streams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.requests.lifecycle.Journey;
import dev.concierge.requests.lifecycle.LifecyclePolicy;
import dev.concierge.schemas.agents.AgentEvent;
import dev.concierge.schemas.catalog.CleanupPolicy;
import dev.concierge.schemas.catalog.Topic;
import dev.concierge.schemas.chat.ChatEvent;
import dev.concierge.schemas.common.Author;
import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.envelope.MalformedEventException;
import dev.concierge.schemas.envelope.UnknownEventTypeException;
import dev.concierge.schemas.payments.PaymentEvent;
import dev.concierge.schemas.requests.RequestCommand;
import dev.concierge.schemas.requests.RequestEvent;
import dev.concierge.schemas.stores.StoreInbound;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DeadLetterTopologyTest {

    private static final byte[] NOT_JSON = "{not json at all".getBytes(StandardCharsets.UTF_8);

    private final TopologyHarness harness = new TopologyHarness(LifecyclePolicy.defaults(), Journey.T0);

    @AfterEach
    void close() {
        harness.close();
    }

    /** Each input topic, and a valid record whose effect shows the stream went on after the poison. */
    static Stream<Arguments> input_topics() {
        RequestTopics t = RequestTopics.standard();
        return Stream.of(
                Arguments.of(t.commands(), (Consumer<TopologyHarness>) h ->
                        h.send(t.commands(), "req-1", Fixtures.create("req-1"))),
                Arguments.of(t.enrichmentResults(), (Consumer<TopologyHarness>) h ->
                        h.send(t.enrichmentResults(), "req-1", Fixtures.understood("req-1"))),
                Arguments.of(t.paymentEvents(), (Consumer<TopologyHarness>) h ->
                        h.send(t.paymentEvents(), "req-1", new PaymentEvent.PaymentFailed("req-1", null, null, "declined"))),
                Arguments.of(t.chat(), (Consumer<TopologyHarness>) h ->
                        h.send(t.chat(), "req-1", new ChatEvent.ChatMessagePosted("m-1", "req-1", Author.CUSTOMER,
                                "customer-1", "hello", List.of(), h.clock.instant()))),
                Arguments.of(t.storesInbound(), (Consumer<TopologyHarness>) h ->
                        h.send(t.storesInbound(), "store-1", new StoreInbound.StoreMessageReceived("store-1", "+91",
                                "YES 40", List.of(), "wamid-1"))),
                Arguments.of(t.agentsEvents(), (Consumer<TopologyHarness>) h -> {
                    h.send(t.agentsEvents(), "agent-1", Fixtures.agent("agent-1", 3));
                    h.send(t.agentsEvents(), "agent-1", new AgentEvent.AgentAvailabilityChanged("agent-1", true));
                }),
                Arguments.of(t.events(), (Consumer<TopologyHarness>) h -> { }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("input_topics")
    void a_poison_record_lands_in_the_topics_dlq_with_the_reason_and_the_next_record_is_processed(Topic<?> topic,
            Consumer<TopologyHarness> validRecord) {
        // given a request that every valid record above can act on
        harness.send(harness.topics.storesEvents(), "store-1", Fixtures.cornerShop());
        harness.send(harness.topics.commands(), "req-0", Fixtures.create("req-0"));

        // when a poison record and then valid ones arrive
        harness.sendRaw(topic.name(), "req-1", NOT_JSON);
        validRecord.accept(harness);

        // then the poison is in <topic>.dlq, byte for byte, with the error in headers
        List<TestRecord<String, byte[]>> dead = harness.records(topic.dlqName());
        assertThat(dead).singleElement().satisfies(record -> {
            assertThat(record.value()).isEqualTo(NOT_JSON);
            assertThat(record.key()).isEqualTo("req-1");
            assertThat(TopologyHarness.header(record.headers(), DeadLetters.STAGE)).isEqualTo("DESERIALIZATION");
            assertThat(TopologyHarness.header(record.headers(), DeadLetters.SOURCE_TOPIC)).isEqualTo(topic.name());
            assertThat(TopologyHarness.header(record.headers(), DeadLetters.ERROR_CLASS))
                    .isEqualTo(MalformedEventException.class.getName());
            assertThat(TopologyHarness.header(record.headers(), DeadLetters.ERROR_MESSAGE)).contains("not json");
        });
        // and the stream went on: records after the poison were handled
        assertThat(harness.snapshot("req-0")).isNotNull();
        if (topic.equals(harness.topics.commands())) {
            assertThat(harness.snapshot("req-1").status()).isEqualTo(RequestStatus.ENRICHING);
        }
        if (topic.equals(harness.topics.agentsEvents())) {
            assertThat(harness.snapshot("req-0").agentId()).isEqualTo("agent-1");
        }
    }

    @Test
    void a_poison_record_in_the_store_directory_is_dead_lettered_and_the_directory_keeps_working() {
        // when
        harness.sendRaw(harness.topics.storesEvents().name(), "store-x", NOT_JSON);
        harness.send(harness.topics.storesEvents(), "store-1", Fixtures.cornerShop());
        harness.send(harness.topics.commands(), "req-1", Fixtures.create("req-1"));
        harness.send(harness.topics.enrichmentResults(), "req-1", Fixtures.understood("req-1"));

        // then
        assertThat(harness.globalDeadLetters).singleElement().satisfies(record -> {
            assertThat(record.topic()).isEqualTo("stores.events.dlq");
            assertThat(record.value()).isEqualTo(NOT_JSON);
            assertThat(TopologyHarness.header(record.headers(), DeadLetters.SOURCE_TOPIC)).isEqualTo("stores.events");
        });
        assertThat(harness.snapshot("req-1").outreach()).extracting(o -> o.storeId()).containsExactly("store-1");
    }

    @Test
    void a_poison_snapshot_on_requests_state_is_dead_lettered_and_store_replies_still_find_their_request() {
        // given a shop in the directory
        harness.send(harness.topics.storesEvents(), "store-1", Fixtures.cornerShop());

        // when junk lands on requests.state, which feeds the global outreach history, and a request is sourced
        harness.sendRaw(harness.topics.state().name(), "req-x", NOT_JSON);
        harness.send(harness.topics.commands(), "req-1", Fixtures.create("req-1"));
        harness.send(harness.topics.enrichmentResults(), "req-1", Fixtures.understood("req-1"));
        harness.send(harness.topics.storesInbound(), "store-1", new StoreInbound.StoreMessageReceived("store-1", "+91",
                "YES 40", List.of(), "wamid-1"));

        // then the junk is in requests.state.dlq with the reason, and the shop's reply still became a quote
        assertThat(harness.globalDeadLetters).singleElement().satisfies(record -> {
            assertThat(record.topic()).isEqualTo("requests.state.dlq");
            assertThat(record.key()).isEqualTo("req-x");
            assertThat(record.value()).isEqualTo(NOT_JSON);
            assertThat(TopologyHarness.header(record.headers(), DeadLetters.SOURCE_TOPIC)).isEqualTo("requests.state");
            assertThat(TopologyHarness.header(record.headers(), DeadLetters.ERROR_CLASS))
                    .isEqualTo(MalformedEventException.class.getName());
        });
        assertThat(harness.events("req-1")).anyMatch(RequestEvent.StoreQuoteReceived.class::isInstance);
    }

    @Test
    void an_event_type_the_topic_does_not_carry_is_dead_lettered_as_unknown() {
        // when a payment event lands on requests.commands
        harness.send(new Topic<>("requests.commands", 6,
                CleanupPolicy.DELETE, null, PaymentEvent.class, "k", "d",
                List.of(PaymentEvent.PaymentFailed.class)), "req-1", new PaymentEvent.PaymentFailed("req-1", null, null, "x"));

        // then
        assertThat(harness.records("requests.commands.dlq")).singleElement().satisfies(record ->
                assertThat(TopologyHarness.header(record.headers(), DeadLetters.ERROR_CLASS))
                        .isEqualTo(UnknownEventTypeException.class.getName()));
    }

    @Test
    void a_failure_while_handling_a_valid_record_sends_it_to_the_dlq_and_the_next_record_is_handled() {
        // given
        harness.clock.failOnce(new IllegalStateException("disk on fire"));

        // when
        harness.send(harness.topics.commands(), "req-1", Fixtures.create("req-1"));
        harness.send(harness.topics.commands(), "req-2", Fixtures.create("req-2"));

        // then
        assertThat(harness.records("requests.commands.dlq")).singleElement().satisfies(record -> {
            assertThat(record.key()).isEqualTo("req-1");
            assertThat(TopologyHarness.header(record.headers(), DeadLetters.STAGE)).isEqualTo("PROCESSING");
            assertThat(TopologyHarness.header(record.headers(), DeadLetters.ERROR_MESSAGE)).isEqualTo("disk on fire");
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).contains("create-request");
        });
        assertThat(harness.snapshot("req-1")).isNull();
        assertThat(harness.snapshot("req-2").status()).isEqualTo(RequestStatus.ENRICHING);
        assertThat(harness.events("req-2")).first().isInstanceOf(RequestEvent.RequestCreated.class);
    }

    @Test
    void a_tombstone_on_an_input_topic_is_dead_lettered() {
        harness.sendRaw(harness.topics.commands().name(), "req-1", null);
        harness.send(harness.topics.commands(), "req-1", new RequestCommand.CreateRequest("req-1", "customer-1", "x",
                List.of(), Journey.HOME, null, Journey.CUSTOMER));

        assertThat(harness.records("requests.commands.dlq")).hasSize(1);
        assertThat(harness.snapshot("req-1").status()).isEqualTo(RequestStatus.ENRICHING);
    }
}
