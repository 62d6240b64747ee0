package dev.concierge.stacktests.kafka;

import dev.concierge.schemas.catalog.Topic;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.kafka.CloudEventSerde;
import dev.concierge.stacktests.stack.StackAddresses;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads one topic of the dev stack from its beginning, as the catalog's serde decodes it, and waits
 * until an event meets a condition. No consumer group: it commits nothing and disturbs no service.
 * It sees only committed records, as a service would (the processor writes in transactions).
 *
 * <pre>{@code
 * try (TopicWatcher<RequestSnapshot> states = TopicWatcher.fromBeginning(Topics.REQUESTS_STATE)) {
 *     states.await("request r1 PAID", Duration.ofSeconds(30),
 *             e -> e.subject().equals("r1") && e.data().status() == RequestStatus.PAID);
 * }
 * }</pre>
 */
public final class TopicWatcher<V> implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(250);
    /** Reading what is already on a dev-stack topic takes seconds; longer means the broker is gone. */
    private static final Duration CATCH_UP = Duration.ofSeconds(60);

    private final KafkaConsumer<String, CloudEvent<V>> consumer;
    private final String topicName;
    private final List<CloudEvent<V>> seen = new ArrayList<>();

    private TopicWatcher(KafkaConsumer<String, CloudEvent<V>> consumer, String topicName) {
        this.consumer = consumer;
        this.topicName = topicName;
    }

    public static <V> TopicWatcher<V> fromBeginning(Topic<V> topic) {
        KafkaConsumer<String, CloudEvent<V>> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, StackAddresses.KAFKA_BOOTSTRAP,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), CloudEventSerde.forTopic(topic).deserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return new TopicWatcher<>(consumer, topic.name());
    }

    /** The first event, already read or still to come, that meets {@code condition}; fails after {@code timeout}. */
    public CloudEvent<V> await(String what, Duration timeout, Predicate<CloudEvent<V>> condition) {
        Optional<CloudEvent<V>> earlier = seen.stream().filter(condition).findFirst();
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, CloudEvent<V>> record : consumer.poll(POLL)) {
                seen.add(record.value());
                if (condition.test(record.value())) {
                    return record.value();
                }
            }
        }
        throw new AssertionError("waited " + timeout.toSeconds() + " s on " + topicName + " for " + what
                + " in vain; read " + seen.size() + " events");
    }

    /**
     * The last event that meets {@code condition} after reading up to the topic's current end: for a
     * compacted state topic, the aggregate's latest snapshot as of now.
     */
    public Optional<CloudEvent<V>> latest(Predicate<CloudEvent<V>> condition) {
        Set<TopicPartition> partitions = consumer.assignment();
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        Instant deadline = Instant.now().plus(CATCH_UP);
        while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("could not read " + topicName + " to its end " + ends + " within " + CATCH_UP);
            }
            consumer.poll(POLL).forEach(record -> seen.add(record.value()));
        }
        return seen.stream().filter(condition).reduce((earlier, later) -> later);
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
