package dev.concierge.requests.streams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.requests.lifecycle.LifecyclePolicy;
import dev.concierge.schemas.agents.AgentEvent;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.kafka.CloudEventSerializer;
import dev.concierge.schemas.requests.RequestEvent;
import dev.concierge.testkit.TestInfra;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 1 of issue 9: with no agent online, a burst of CreateRequest commands produced straight
 * to requests.commands is drained with the processor RUNNING throughout; no roster changelog record
 * grows with the queue; assignment from a short and from a long queue is measured and printed.
 *
 * <p>The burst size is {@code -Dconcierge.burst.requests=30000} for the acceptance run (the
 * documented figure); the suite runs a smaller burst by default to keep its time reasonable.
 */
class RosterUnderLoadOnBrokerTest {

    private static final int QUEUED = Integer.getInteger("concierge.burst.requests", 3_000);
    private static final int SHORT_QUEUE = 1_000;
    private static final int CAPACITY = 100;
    private static final int MAX_CHANGELOG_RECORD_BYTES = 10 * 1024;
    private static final Duration PATIENCE = Duration.ofMinutes(10);

    private final Map<String, Integer> queuedTimes = new HashMap<>();
    private final Map<String, List<String>> assignedTo = new HashMap<>();
    private final EventCodec codec = EventCodec.standard();

    @Test
    void a_burst_with_nobody_online_is_drained_running_and_no_roster_record_grows_with_the_queue() throws Exception {
        // given the processor with nobody online
        RequestTopics topics = BrokerStreams.freshTopics("rsp-burst");
        String applicationId = TestInfra.uniqueName("rsp-burst-app");
        String bootstrap = TestInfra.kafkaBootstrapServers();
        KafkaStreams streams = BrokerStreams.start(topics, applicationId, 2, LifecyclePolicy.defaults());
        try (TopicScan facts = new TopicScan(bootstrap, topics.events().name(), true, this::tally);
                KafkaProducer<String, byte[]> producer = producer(bootstrap)) {

            // when 1,000 requests arrive, and an agent comes online
            List<String> first = burst(producer, topics, 0, SHORT_QUEUE);
            awaitQueued(facts, streams, SHORT_QUEUE);
            double shortRate = assignmentsPerSecond(producer, topics, facts, streams, "agent-short");

            // and the queue then grows to the full burst, and a second agent comes online
            burst(producer, topics, SHORT_QUEUE, QUEUED - SHORT_QUEUE + CAPACITY);
            awaitQueued(facts, streams, QUEUED + CAPACITY);
            double longRate = assignmentsPerSecond(producer, topics, facts, streams, "agent-long");
            ChangelogSizes sizes = changelogSizes(bootstrap, applicationId);

            System.out.printf("burst: %,d CreateRequest commands (%,d queued at once); largest roster changelog record "
                    + "%,d bytes (%s), %,d roster changelog records, %,d bytes in all%n", QUEUED + CAPACITY, QUEUED,
                    sizes.largest, sizes.largestTopic, sizes.records, sizes.bytes);
            System.out.printf("burst: assignment rate %.0f/s at %,d queued, %.0f/s at %,d queued; ratio long/short %.2f%n",
                    shortRate, SHORT_QUEUE, longRate, QUEUED, longRate / shortRate);

            // then the processor ran throughout and every request was queued exactly once
            assertThat(streams.state()).isEqualTo(KafkaStreams.State.RUNNING);
            assertThat(queuedTimes).hasSize(QUEUED + CAPACITY).allSatisfy((id, times) -> assertThat(times).isEqualTo(1));
            // agents stay within capacity and take the earliest arrivals: the long queue's head is the short one's rest
            assertThat(assignedTo.get("agent-short")).hasSize(CAPACITY).allMatch(first::contains);
            assertThat(assignedTo.get("agent-long")).hasSize(CAPACITY).allMatch(first::contains)
                    .doesNotContainAnyElementsOf(assignedTo.get("agent-short"));
            // and no roster record grows with the number of requests
            assertThat(sizes.largest).isLessThan(MAX_CHANGELOG_RECORD_BYTES);
        } finally {
            streams.close(Duration.ofSeconds(30));
        }
    }

    private void tally(ConsumerRecord<String, byte[]> record) {
        Object data = codec.decode(record.value(), Topics.REQUESTS_EVENTS).data();
        if (data instanceof RequestEvent.AssignmentQueued queued) {
            queuedTimes.merge(queued.requestId(), 1, Integer::sum);
        } else if (data instanceof RequestEvent.AgentAssigned assigned) {
            assignedTo.computeIfAbsent(assigned.agentId(), a -> new ArrayList<>()).add(assigned.requestId());
        }
    }

    private List<String> burst(KafkaProducer<String, byte[]> producer, RequestTopics topics, int from, int count) {
        CloudEventSerializer<Object> serializer = new CloudEventSerializer<>();
        List<String> ids = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            String id = String.format("burst-%06d", i);
            ids.add(id);
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topics.commands().name(), id, null);
            byte[] value = serializer.serialize(record.topic(), record.headers(),
                    CloudEvent.of("cmd-" + id, "test", Instant.now(), id, Fixtures.create(id)));
            producer.send(new ProducerRecord<>(record.topic(), null, id, value, record.headers()));
        }
        producer.flush();
        return ids;
    }

    private void awaitQueued(TopicScan facts, KafkaStreams streams, int expected) throws InterruptedException {
        TopicClient.await(expected + " requests queued", PATIENCE, () -> {
            facts.poll();
            assertThat(streams.state()).isIn(KafkaStreams.State.RUNNING, KafkaStreams.State.REBALANCING);
            return queuedTimes.size() >= expected ? Optional.of(true) : Optional.empty();
        });
    }

    /** Brings an agent of {@link #CAPACITY} online and times until the requests it takes are assigned. */
    private double assignmentsPerSecond(KafkaProducer<String, byte[]> producer, RequestTopics topics, TopicScan facts,
            KafkaStreams streams, String agentId) throws Exception {
        try (TopicClient client = new TopicClient(TestInfra.kafkaBootstrapServers(), List.of())) {
            client.send(topics.agentsEvents(), agentId, Fixtures.agent(agentId, CAPACITY));
            long start = System.nanoTime();
            client.send(topics.agentsEvents(), agentId, new AgentEvent.AgentAvailabilityChanged(agentId, true));
            TopicClient.await(CAPACITY + " assignments to " + agentId, PATIENCE, () -> {
                facts.poll();
                assertThat(streams.state()).isIn(KafkaStreams.State.RUNNING, KafkaStreams.State.REBALANCING);
                return assignedTo.getOrDefault(agentId, List.of()).size() >= CAPACITY
                        ? Optional.of(true) : Optional.empty();
            });
            return CAPACITY / ((System.nanoTime() - start) / 1e9);
        }
    }

    private record ChangelogSizes(long largest, String largestTopic, long records, long bytes) {
    }

    /** Every record the roster's stores wrote to their changelogs, measured as Kafka stores them (key + value). */
    private static ChangelogSizes changelogSizes(String bootstrap, String applicationId) {
        AtomicLong largest = new AtomicLong();
        AtomicLong records = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        Map<Long, String> where = new HashMap<>();
        for (String store : List.of(RequestTopology.ROSTER_STORE, RequestTopology.REQUEST_ZONES,
                RequestTopology.AGENT_PROFILES)) {
            String topic = applicationId + "-" + store + "-changelog";
            try (TopicScan scan = new TopicScan(bootstrap, topic, false, record -> {
                long size = record.serializedKeySize() + Math.max(0, record.serializedValueSize());
                records.incrementAndGet();
                bytes.addAndGet(size);
                if (size > largest.get()) {
                    largest.set(size);
                    where.put(size, record.topic());
                }
            })) {
                scan.poll();
            }
        }
        return new ChangelogSizes(largest.get(), where.get(largest.get()), records.get(), bytes.get());
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5),
                new StringSerializer(), new ByteArraySerializer());
    }
}
