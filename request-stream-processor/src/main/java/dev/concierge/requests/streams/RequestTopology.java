package dev.concierge.requests.streams;

import dev.concierge.requests.assignment.RosterInputs;
import dev.concierge.requests.assignment.Zones;
import dev.concierge.requests.lifecycle.Input;
import dev.concierge.requests.lifecycle.LifecyclePolicy;
import dev.concierge.requests.lifecycle.RequestState;
import dev.concierge.requests.sourcing.Store;
import dev.concierge.schemas.agents.AgentEvent;
import dev.concierge.schemas.catalog.Topic;
import dev.concierge.schemas.chat.ChatEvent;
import dev.concierge.schemas.enrichment.EnrichmentResult;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.kafka.CloudEventSerde;
import dev.concierge.schemas.payments.PaymentEvent;
import dev.concierge.schemas.requests.RequestCommand;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.Stores;

/**
 * The request lifecycle as a Kafka Streams topology. A pure builder: topics, policy, clock and
 * dead-letter publisher come in, a {@link Topology} goes out; nothing here starts or connects.
 *
 * <pre>
 *  requests.commands ┐
 *  enrichment.results├─ decode ─┐                                   ┌─ requests.events, requests.state
 *  payments.events   │  (bad →  ├─ request-aggregate (state+timers) ─┼─ enrichment/payments/outreach.commands
 *  chat.messages     ┘   .dlq)  │                                   └─ notifications.commands, chat.messages
 *  stores.inbound ─ decode ─ correlate (global outreach history) ─ [store-replies] ─┤
 *  requests.events ─ decode ─ zone of request ┐                                    │
 *  agents.events   ─ decode ─ zone of agent   ┴ [roster-input, by zone] ─ roster ─ [assignment-decisions]
 *  stores.events ─ global store-directory        requests.state ─ global outreach-history
 * </pre>
 */
public final class RequestTopology {

    public static final String REQUESTS_STORE = "request-aggregates";
    public static final String DEADLINES_STORE = "request-deadlines";
    public static final String ROSTER_STORE = "agent-roster";
    public static final String REQUEST_ZONES = "request-zones";
    public static final String AGENT_PROFILES = "agent-profiles";
    public static final String STORE_DIRECTORY = "store-directory";
    public static final String OUTREACH_HISTORY = "outreach-history";

    static final String AGGREGATE = "request-aggregate";
    static final String ROSTER = "agent-roster-processor";
    static final String CORRELATOR = "store-reply-correlator";
    static final String REQUEST_ZONE_ROUTER = "request-zone-router";
    static final String AGENT_ZONE_ROUTER = "agent-zone-router";
    static final String ROSTER_INPUT_TOPIC = "roster-input";
    static final String ASSIGNMENT_DECISIONS_TOPIC = "assignment-decisions";
    static final String STORE_REPLIES_TOPIC = "store-replies";

    private RequestTopology() {
    }

    public static Topology build(RequestTopics topics, LifecyclePolicy policy, Clock clock, Duration timerTick,
            DeadLetterPublisher globalDeadLetters) {
        return build(topics, policy, Zones.single(), clock, timerTick, globalDeadLetters, Stores::persistentKeyValueStore);
    }

    public static Topology build(RequestTopics topics, LifecyclePolicy policy, Clock clock, Duration timerTick,
            DeadLetterPublisher globalDeadLetters, Function<String, KeyValueBytesStoreSupplier> storeKind) {
        return build(topics, policy, Zones.single(), clock, timerTick, globalDeadLetters, storeKind);
    }

    /**
     * @param storeKind how each named store is kept: RocksDB in production; tests may keep them in
     *                  memory, which behaves the same but does not flush to disk on every commit
     */
    public static Topology build(RequestTopics topics, LifecyclePolicy policy, Zones zones, Clock clock,
            Duration timerTick, DeadLetterPublisher globalDeadLetters,
            Function<String, KeyValueBytesStoreSupplier> storeKind) {
        StreamsBuilder builder = new StreamsBuilder();
        List<KStream<String, Outgoing>> outputs = new ArrayList<>();

        // every task picks stores and matches store replies against all stores, so both are global
        builder.addGlobalStore(Stores.keyValueStoreBuilder(storeKind.apply(STORE_DIRECTORY),
                        Serdes.String(), InternalJson.serde(Store.class)).withLoggingDisabled(),
                topics.storesEvents().name(), Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("stores-events-source"),
                () -> new StoreDirectoryUpdater(topics.storesEvents(), globalDeadLetters, clock,
                        policy.defaultStoreRadiusKm()));
        builder.addGlobalStore(Stores.keyValueStoreBuilder(storeKind.apply(OUTREACH_HISTORY),
                        Serdes.String(), InternalJson.serde(OutreachRecord.class)).withLoggingDisabled(),
                topics.state().name(), Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("requests-state-source"),
                () -> new OutreachHistoryUpdater(topics.state(), globalDeadLetters, clock));

        // the aggregate's state and its deadline index, both restored from changelogs after a failover
        builder.addStateStore(Stores.keyValueStoreBuilder(storeKind.apply(REQUESTS_STORE),
                Serdes.String(), InternalJson.serde(RequestState.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(storeKind.apply(DEADLINES_STORE),
                Serdes.String(), Serdes.String()));
        // the roster as one small entry per agent, open request and queued request (see RosterStore)
        builder.addStateStore(Stores.keyValueStoreBuilder(storeKind.apply(ROSTER_STORE),
                Serdes.String(), Serdes.ByteArray()));
        // which zone each open request and each agent belongs to, to route their changes to that zone's roster
        builder.addStateStore(Stores.keyValueStoreBuilder(storeKind.apply(REQUEST_ZONES),
                Serdes.String(), Serdes.String()));
        builder.addStateStore(Stores.keyValueStoreBuilder(storeKind.apply(AGENT_PROFILES),
                Serdes.String(), InternalJson.serde(AgentEvent.AgentUpdated.class)));

        // request-keyed inputs, each decoded on its own so a poison record lands in its own .dlq
        KStream<String, Incoming> commands = decode(builder, topics.commands(), clock, outputs)
                .mapValues(v -> incoming(topics.commands(), v,
                        InputMapping.command(v.event().id(), (RequestCommand) v.event().data())), Named.as("command-inputs"));
        KStream<String, Incoming> enrichment = decode(builder, topics.enrichmentResults(), clock, outputs)
                .mapValues(v -> incoming(topics.enrichmentResults(), v,
                        InputMapping.enrichment((EnrichmentResult) v.event().data())), Named.as("enrichment-inputs"));
        KStream<String, Incoming> payments = decode(builder, topics.paymentEvents(), clock, outputs)
                .flatMapValues(v -> optionalInput(topics.paymentEvents(), v,
                        InputMapping.payment((PaymentEvent) v.event().data())), Named.as("payment-inputs"));
        KStream<String, Incoming> chat = decode(builder, topics.chat(), clock, outputs)
                .flatMapValues(v -> optionalInput(topics.chat(), v, InputMapping.chat((ChatEvent) v.event().data())),
                        Named.as("chat-inputs"));

        // store replies are keyed by store: match them to a request, then move them to its partition
        Map<String, KStream<String, Correlation>> correlated = decode(builder, topics.storesInbound(), clock, outputs)
                .process(() -> new StoreReplyCorrelator(topics, clock), Named.as(CORRELATOR))
                .split(Named.as("store-reply-"))
                .branch((key, value) -> value instanceof Correlation.Matched, Branched.as("matched"))
                .defaultBranch(Branched.as("unmatched"));
        outputs.add(correlated.get("store-reply-unmatched")
                .mapValues(v -> ((Correlation.Unmatched) v).adminNotification(), Named.as("unmatched-to-admins")));
        KStream<String, Incoming> storeReplies = correlated.get("store-reply-matched")
                .mapValues(v -> (Correlation.Matched) v, Named.as("matched-replies"))
                .repartition(Repartitioned.with(Serdes.String(), InternalJson.serde(Correlation.Matched.class))
                        .withName(STORE_REPLIES_TOPIC).withNumberOfPartitions(topics.requestPartitions()))
                .mapValues(m -> new Incoming(topics.storesInbound().name(), m.eventId(),
                        new Input.StoreMessage(m.storeId(), m.text()), InternalJson.bytes(m)), Named.as("store-reply-inputs"));

        // assignment: every relevant fact and agent change keyed by its zone, so one roster decides a zone
        KStream<String, CloudEvent<Object>> requestFacts = decode(builder, topics.events(), clock, outputs)
                .mapValues(RequestTopology::event, Named.as("request-facts"))
                .filter((key, event) -> RosterInputs.relevant(event.data()), Named.as("roster-relevant"))
                .process(() -> new RequestZoneRouter(zones), Named.as(REQUEST_ZONE_ROUTER), REQUEST_ZONES);
        KStream<String, CloudEvent<Object>> agentChanges = decode(builder, topics.agentsEvents(), clock, outputs)
                .mapValues(RequestTopology::event, Named.as("agent-changes"))
                .process(() -> new AgentZoneRouter(zones), Named.as(AGENT_ZONE_ROUTER), AGENT_PROFILES);
        KStream<String, Incoming> decisions = requestFacts.merge(agentChanges, Named.as("roster-inputs"))
                .repartition(Repartitioned.with(Serdes.String(), anyEvent()).withName(ROSTER_INPUT_TOPIC)
                        .withNumberOfPartitions(topics.requestPartitions()))
                .process(RosterProcessor::new, Named.as(ROSTER), ROSTER_STORE)
                .repartition(Repartitioned.with(Serdes.String(), InternalJson.serde(DecisionMessage.class))
                        .withName(ASSIGNMENT_DECISIONS_TOPIC).withNumberOfPartitions(topics.requestPartitions()))
                .mapValues(d -> new Incoming(topics.agentsEvents().name(), d.eventId(), new Input.AgentDecision(d.decision()),
                        InternalJson.bytes(d)), Named.as("decision-inputs"));

        // the aggregate sees every input of a request in order, in the request's partition
        outputs.add(commands
                .merge(enrichment, Named.as("merge-enrichment"))
                .merge(payments, Named.as("merge-payments"))
                .merge(chat, Named.as("merge-chat"))
                .merge(storeReplies, Named.as("merge-store-replies"))
                .merge(decisions, Named.as("merge-decisions"))
                .process(() -> new RequestAggregateProcessor(topics, policy, clock, timerTick), Named.as(AGGREGATE),
                        REQUESTS_STORE, DEADLINES_STORE));

        // one sink writes every encoded record to the topic it names (facts, commands, dead letters)
        KStream<String, Outgoing> all = outputs.get(0);
        for (int i = 1; i < outputs.size(); i++) {
            all = all.merge(outputs.get(i), Named.as("merge-outputs-" + i));
        }
        all.to((key, value, context) -> value.topic(),
                Produced.with(Serdes.String(), outgoingSerde()).withName("to-topics"));
        return builder.build();
    }

    /** Decodes one topic; poison records go to the outputs (its .dlq), valid ones are returned. */
    private static KStream<String, Decoded.Valid> decode(StreamsBuilder builder, Topic<?> topic, Clock clock,
            List<KStream<String, Outgoing>> outputs) {
        String name = topic.name().replace('.', '-');
        Map<String, KStream<String, Decoded>> branches = builder
                .stream(topic.name(), Consumed.with(Serdes.String(), Serdes.ByteArray()).withName(name + "-source"))
                .process(() -> new DecodingProcessor(topic, clock), Named.as(name + "-decoder"))
                .split(Named.as(name + "-"))
                .branch((key, value) -> value instanceof Decoded.Poison, Branched.as("poison"))
                .defaultBranch(Branched.as("valid"));
        outputs.add(branches.get(name + "-poison")
                .mapValues(v -> ((Decoded.Poison) v).deadLetter(), Named.as(name + "-dead-letters")));
        return branches.get(name + "-valid").mapValues(v -> (Decoded.Valid) v, Named.as(name + "-events"));
    }

    private static Incoming incoming(Topic<?> topic, Decoded.Valid valid, Input input) {
        return new Incoming(topic.name(), valid.event().id(), input, valid.raw());
    }

    private static List<Incoming> optionalInput(Topic<?> topic, Decoded.Valid valid, Optional<Input> input) {
        return input.map(i -> List.of(incoming(topic, valid, i))).orElse(List.of());
    }

    @SuppressWarnings("unchecked")
    private static CloudEvent<Object> event(Decoded.Valid valid) {
        return (CloudEvent<Object>) valid.event();
    }

    private static Serde<CloudEvent<Object>> anyEvent() {
        return new CloudEventSerde<>();
    }

    /** The bytes are the value; the topic a record was read from is the topic it was written to. */
    private static Serde<Outgoing> outgoingSerde() {
        return Serdes.serdeFrom((topic, outgoing) -> outgoing == null ? null : outgoing.value(),
                (topic, bytes) -> bytes == null ? null : new Outgoing(topic, bytes));
    }
}
