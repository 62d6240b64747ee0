package dev.concierge.projections.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.schemas.catalog.Topic;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.testkit.TestInfra;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes records as the processor and ingest-api write them (CloudEvents with the content-type
 * header, keyed by request id) to the test kit's broker, and waits on what the service consumed.
 * Waits are bounded polls, never assertions about speed.
 */
public final class ProjectionTopics implements AutoCloseable {

    public static final String STATE_GROUP = "projections-service-requests-state";
    public static final String EVENTS_GROUP = "projections-service-requests-events";
    public static final String CHAT_GROUP = "projections-service-chat-messages";
    public static final String ANALYTICS_EVENTS_GROUP = "projections-service-analytics-requests-events";
    public static final String ANALYTICS_CHAT_GROUP = "projections-service-analytics-chat-messages";
    public static final String TRANSACTIONS_GROUP = "projections-service-transactions-payments-events";
    public static final String FORECASTS_GROUP = "projections-service-forecasts-forecasts-demand";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final String bootstrapServers = TestInfra.kafkaBootstrapServers();
    private final EventCodec codec = EventCodec.standard();
    private final KafkaProducer<String, byte[]> producer;

    public ProjectionTopics() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        this.producer = new KafkaProducer<>(props);
    }

    /** Publishes the event on the topic keyed by its subject, and waits for the broker's ack. */
    public void publish(Topic<?> topic, CloudEvent<?> event) {
        publishBytes(topic.name(), event.subject(), codec.encode(event));
    }

    public void publishBytes(String topicName, String key, byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topicName, key, value);
        record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(record).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not write to " + topicName, e);
        }
    }

    /**
     * Polls until the consumer group committed every record of the topic written so far: after that
     * the service has applied them (it commits a record only after its handler returned).
     */
    public void awaitConsumed(String group, String topicName) {
        awaitConsumed(group, topicName, PATIENCE);
    }

    /**
     * {@link #awaitConsumed(String, String)} with more patience, e.g. for a group that starts at offset zero of
     * the shared broker's topics. A partition with no records counts as consumed: a group commits nothing there.
     */
    public void awaitConsumed(String group, String topicName, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            while (true) {
                List<TopicPartition> partitions = admin.describeTopics(List.of(topicName)).allTopicNames().get()
                        .get(topicName).partitions().stream()
                        .map(p -> new TopicPartition(topicName, p.partition())).toList();
                Map<TopicPartition, Long> ends = admin.listOffsets(partitions.stream()
                        .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get().entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get();
                if (ends.entrySet().stream().allMatch(end -> end.getValue() == 0 || committed.get(end.getKey()) != null
                        && committed.get(end.getKey()).offset() >= end.getValue())) {
                    return;
                }
                assertThat(System.nanoTime()).as("group %s consumed all of %s", group, topicName).isLessThan(deadline);
                Waiting.pause();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not read offsets of " + topicName, e);
        }
    }

    /** Every record of the topic with this key, from the beginning to the end offsets at the time of the call. */
    public List<ConsumerRecord<String, byte[]>> records(String topicName, String key) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topicName, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (key.equals(r.key())) {
                        found.add(r);
                    }
                });
            }
        }
        return found;
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(2));
    }
}
