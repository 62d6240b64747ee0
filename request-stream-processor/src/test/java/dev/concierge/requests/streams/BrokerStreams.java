package dev.concierge.requests.streams;

import dev.concierge.requests.config.KafkaDeadLetterPublisher;
import dev.concierge.requests.assignment.Zones;
import dev.concierge.requests.lifecycle.LifecyclePolicy;
import dev.concierge.schemas.catalog.Topic;
import dev.concierge.testkit.TestInfra;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.streams.KafkaClientSupplier;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.apache.kafka.streams.state.Stores;

/** Runs the real topology against the shared test broker (or a test's own), on topics no other test uses. */
final class BrokerStreams {

    private BrokerStreams() {
    }

    /** The processor's topics under a fresh prefix, created like the catalog creates them, with their .dlq. */
    static RequestTopics freshTopics(String purpose) {
        return createdTopics(TestInfra.uniqueName(purpose) + ".");
    }

    static RequestTopics createdTopics(String prefix) {
        return createdTopics(prefix, TestInfra.kafkaBootstrapServers());
    }

    static RequestTopics createdTopics(String prefix, String bootstrapServers) {
        RequestTopics topics = RequestTopics.standard().prefixed(prefix);
        List<NewTopic> wanted = new ArrayList<>();
        for (Topic<?> topic : topics.all()) {
            wanted.add(new NewTopic(topic.name(), topic.partitions(), (short) 1).configs(topic.topicConfigs()));
            wanted.add(new NewTopic(topic.dlqName(), topic.partitions(), (short) 1));
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(wanted).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create the test topics", e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return topics;
    }

    /** The service's streams settings, with the dead-letter handlers writing to {@code topics}' .dlq topics. */
    static Properties properties(RequestTopics topics, String bootstrapServers, String applicationId, Path stateDir,
            int threads) {
        Properties props = new Properties();
        props.putAll(DeadLetterRouting.handlerConfigs(topics));
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 6_000);
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), 1_000);
        return props;
    }

    /** A running instance in this JVM; returns once it is RUNNING. */
    static KafkaStreams start(RequestTopics topics, String applicationId, int threads) throws Exception {
        return start(topics, applicationId, threads, LifecyclePolicy.defaults());
    }

    /** Each call uses a new, empty state directory: whatever the instance knows, it restores from changelogs. */
    static KafkaStreams start(RequestTopics topics, String applicationId, int threads, LifecyclePolicy policy)
            throws Exception {
        return start(topics, applicationId, threads, policy, Zones.single());
    }

    static KafkaStreams start(RequestTopics topics, String applicationId, int threads, LifecyclePolicy policy,
            Zones zones) throws Exception {
        String bootstrap = TestInfra.kafkaBootstrapServers();
        Path stateDir = Files.createTempDirectory("rsp-it");
        KafkaStreams streams = new KafkaStreams(topology(topics, policy, zones, bootstrap),
                properties(topics, bootstrap, applicationId, stateDir, threads));
        streams.start();
        return awaitRunning(streams);
    }

    /**
     * One stream thread against {@code bootstrap}, with the Kafka clients, uncaught exception handler and
     * extra settings ({@code overrides}, e.g. a short transaction timeout) a test chooses; returns once it
     * is RUNNING.
     */
    static KafkaStreams start(RequestTopics topics, String bootstrap, String applicationId,
            Map<String, Object> overrides, KafkaClientSupplier clients, StreamsUncaughtExceptionHandler handler)
            throws Exception {
        Properties props = properties(topics, bootstrap, applicationId, Files.createTempDirectory("rsp-it"), 1);
        props.putAll(overrides);
        KafkaStreams streams = new KafkaStreams(topology(topics, LifecyclePolicy.defaults(), Zones.single(), bootstrap),
                props, clients);
        streams.setUncaughtExceptionHandler(handler);
        streams.start();
        return awaitRunning(streams);
    }

    private static Topology topology(RequestTopics topics, LifecyclePolicy policy, Zones zones, String bootstrap) {
        return RequestTopology.build(topics, policy, zones, Clock.systemUTC(), Duration.ofSeconds(1),
                new KafkaDeadLetterPublisher(bootstrap), Stores::persistentKeyValueStore);
    }

    private static KafkaStreams awaitRunning(KafkaStreams streams) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (streams.state() != KafkaStreams.State.RUNNING) {
            if (System.nanoTime() > deadline || streams.state() == KafkaStreams.State.ERROR) {
                throw new IllegalStateException("streams did not start: " + streams.state());
            }
            Thread.sleep(100);
        }
        return streams;
    }
}
