package dev.concierge.requests.streams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.requests.lifecycle.Journey;
import dev.concierge.requests.lifecycle.LifecyclePolicy;
import dev.concierge.schemas.catalog.Topic;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.envelope.EventTypes;
import dev.concierge.schemas.requests.RequestEvent;
import dev.concierge.schemas.requests.RequestSnapshot;
import dev.concierge.testkit.TestInfra;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two processor instances, each in its own JVM; one is killed with SIGKILL while requests are in
 * flight. Its tasks move to the survivor, which restores their state from the changelogs; every
 * request must end exactly as it does with a single instance, each fact published exactly once.
 */
class FailoverOnBrokerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final int REQUESTS = 24;

    private final List<Process> instances = new ArrayList<>();
    private Map<String, RequestSnapshot> singleInstanceStates;

    @AfterEach
    void stopInstances() {
        instances.forEach(Process::destroyForcibly);
    }

    @Test
    void killing_one_of_two_instances_mid_stream_loses_and_doubles_nothing() throws Exception {
        // given two instances sharing the work
        String prefix = TestInfra.uniqueName("rsp-fail") + ".";
        RequestTopics topics = BrokerStreams.createdTopics(prefix);
        String applicationId = TestInfra.uniqueName("rsp-fail-app");
        Path logs = Files.createDirectories(Path.of("target", "failover-logs"));
        Process doomed = startInstance(prefix, applicationId, logs.resolve("instance-a.log"));
        Process survivor = startInstance(prefix, applicationId, logs.resolve("instance-b.log"));
        awaitRunning(logs.resolve("instance-a.log"));
        awaitRunning(logs.resolve("instance-b.log"));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            ids.add(TestInfra.uniqueName("req"));
        }

        // when the same traffic runs, and one instance dies while enrichment results are being processed
        try (TopicClient client = new TopicClient(TestInfra.kafkaBootstrapServers(),
                List.of(topics.state().name(), topics.events().name()))) {
            FailoverScript.run(brokerTarget(client, topics), topics, ids, doomed::destroyForcibly);
            assertThat(survivor.isAlive()).isTrue();
            assertThat(Files.readString(logs.resolve("instance-b.log")).split("STATE REBALANCING", -1))
                    .as("the survivor rebalanced again when the other died, and took over its tasks").hasSizeGreaterThan(2);

            // then each request ended as it does with one instance, with exactly the same facts, once each
            Map<String, List<String>> expected = singleInstanceFacts(ids);
            Map<String, List<String>> actual = facts(client, topics.events(), ids);
            Map<String, RequestSnapshot> finalStates = client.latestSnapshots(topics.state());
            Map<String, RequestSnapshot> reference = singleInstanceStates;
            for (String id : ids) {
                assertThat(sorted(actual.get(id))).as("facts of %s", id).isEqualTo(sorted(expected.get(id)));
                assertThat(finalStates.get(id).status()).isEqualTo(reference.get(id).status());
                assertThat(finalStates.get(id).version()).isEqualTo(reference.get(id).version());
            }
            List<String> eventIds = client.records(topics.events().name()).stream()
                    .map(r -> EventCodec.standard().decode(r.value(), topics.events()).id()).toList();
            assertThat(new HashSet<>(eventIds)).as("no event was published twice").hasSize(eventIds.size());
        }
    }

    /** The same script through the test driver: one instance, never interrupted. */
    private Map<String, List<String>> singleInstanceFacts(List<String> ids) throws InterruptedException {
        try (TopologyHarness harness = new TopologyHarness(LifecyclePolicy.defaults(), Journey.T0)) {
            FailoverScript.run(new FailoverScript.Target() {
                @Override
                public void send(Topic<?> topic, String key, Object data) {
                    harness.send(topic, key, data);
                }

                @Override
                public Map<String, RequestSnapshot> latest() {
                    return harness.latestSnapshots();
                }

                @Override
                public void awaitAll(String what, List<String> requests, Predicate<RequestSnapshot> condition) {
                    Map<String, RequestSnapshot> latest = harness.latestSnapshots();
                    if (!requests.stream().allMatch(id -> condition.test(latest.get(id)))) {
                        throw new AssertionError("the single instance did not reach " + what);
                    }
                }
            }, harness.topics, ids, () -> { });
            Map<String, List<String>> facts = new HashMap<>();
            for (String id : ids) {
                facts.put(id, harness.events(id).stream().map(FailoverOnBrokerTest::typeOf).toList());
            }
            singleInstanceStates = harness.latestSnapshots();
            return facts;
        }
    }

    private static Map<String, List<String>> facts(TopicClient client, Topic<RequestEvent> events, List<String> ids) {
        Map<String, List<String>> facts = new HashMap<>();
        ids.forEach(id -> facts.put(id, new ArrayList<>()));
        for (ConsumerRecord<String, byte[]> record : client.records(events.name())) {
            if (facts.containsKey(record.key())) {
                facts.get(record.key()).add(EventCodec.standard().decode(record.value(), events).type());
            }
        }
        return facts;
    }

    private static String typeOf(RequestEvent event) {
        return EventTypes.typeOf(event.getClass());
    }

    private static List<String> sorted(List<String> types) {
        return types.stream().sorted().toList();
    }

    private static FailoverScript.Target brokerTarget(TopicClient client, RequestTopics topics) {
        return new FailoverScript.Target() {
            @Override
            public void send(Topic<?> topic, String key, Object data) {
                client.send(topic, key, data);
            }

            @Override
            public Map<String, RequestSnapshot> latest() {
                return client.latestSnapshots(topics.state());
            }

            @Override
            public void awaitAll(String what, List<String> ids, Predicate<RequestSnapshot> condition)
                    throws InterruptedException {
                TopicClient.await(ids.size() + " requests " + what, PATIENCE, () -> {
                    Map<String, RequestSnapshot> latest = client.latestSnapshots(topics.state());
                    boolean all = ids.stream().allMatch(id -> latest.containsKey(id) && condition.test(latest.get(id)));
                    return all ? Optional.of(true) : Optional.empty();
                });
            }
        };
    }

    private Process startInstance(String prefix, String applicationId, Path log) throws IOException {
        Path stateDir = Files.createTempDirectory("rsp-failover");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-cp", System.getProperty("java.class.path"), StreamsInstanceMain.class.getName(),
                TestInfra.kafkaBootstrapServers(), prefix, applicationId, stateDir.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        instances.add(process);
        return process;
    }

    private static void awaitRunning(Path log) throws InterruptedException {
        TopicClient.await("instance " + log.getFileName() + " to run", PATIENCE, () -> {
            try {
                return Files.exists(log) && Files.readString(log).contains("STATE RUNNING") ? Optional.of(true)
                        : Optional.empty();
            } catch (IOException e) {
                return Optional.empty();
            }
        });
    }

}
