package dev.concierge.payments.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.schemas.catalog.Topic;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.payments.PaymentEvent;
import dev.concierge.testkit.TestInfra;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
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
 * Writes records as the processor and ingest-api write them (CloudEvents, content-type header) and
 * reads back what the worker wrote, with plain Kafka clients on the test kit's broker. Waits are
 * bounded polls on what landed, never assertions about speed.
 */
public final class PaymentTopics {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final String bootstrapServers = TestInfra.kafkaBootstrapServers();
    private final EventCodec codec = EventCodec.standard();

    /** The CloudEvent bytes of {@code data} with this id, as its producer would write them. */
    public byte[] envelope(String eventId, String key, Object data) {
        return codec.encode(CloudEvent.of(eventId, "test", Instant.now(), key, data));
    }

    public String publish(Topic<?> topic, String key, Object data) {
        String id = UUID.randomUUID().toString();
        publishBytes(topic.name(), key, envelope(id, key, data));
        return id;
    }

    public void publishBytes(String topicName, String key, byte[] value) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props)) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topicName, key, value);
            record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
            producer.send(record).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not write to " + topicName, e);
        }
    }

    /** Every payment fact of the request on {@code payments.events}, in order. */
    public List<CloudEvent<PaymentEvent>> eventsOf(String requestId) {
        List<CloudEvent<PaymentEvent>> events = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records(Topics.PAYMENTS_EVENTS.name())) {
            if (requestId.equals(record.key())) {
                events.add(codec.decode(record.value(), Topics.PAYMENTS_EVENTS));
            }
        }
        return events;
    }

    public <E extends PaymentEvent> List<E> eventsOf(String requestId, Class<E> type) {
        return eventsOf(requestId).stream().map(CloudEvent::data).filter(type::isInstance).map(type::cast).toList();
    }

    /** Polls until the request's facts satisfy {@code until}; fails after a minute. */
    public List<PaymentEvent> awaitEvents(String requestId, Predicate<List<PaymentEvent>> until) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            List<PaymentEvent> events = eventsOf(requestId).stream().map(CloudEvent::data).toList();
            if (until.test(events)) {
                return events;
            }
            assertThat(System.nanoTime()).as("payments.events for %s reached the expected state; has %s", requestId,
                    events).isLessThan(deadline);
            sleep();
        }
    }

    public static Predicate<List<PaymentEvent>> has(Class<? extends PaymentEvent> type) {
        return events -> events.stream().anyMatch(type::isInstance);
    }

    /** Polls until {@code topicName} holds a record with this key and returns those records. */
    public List<ConsumerRecord<String, byte[]>> awaitRecords(String topicName, String key) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            List<ConsumerRecord<String, byte[]>> found = records(topicName).stream()
                    .filter(r -> key.equals(r.key())).toList();
            if (!found.isEmpty()) {
                return found;
            }
            assertThat(System.nanoTime()).as("a record keyed %s landed on %s", key, topicName).isLessThan(deadline);
            sleep();
        }
    }

    /**
     * Polls until the consumer group committed every record of {@code topicName} written so far: after
     * that, whatever the worker makes of them is on {@code payments.events} (it publishes before it returns).
     */
    public void awaitConsumed(String group, String topicName) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
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
                boolean done = ends.entrySet().stream().allMatch(end -> end.getValue() == 0
                        || (committed.get(end.getKey()) != null && committed.get(end.getKey()).offset() >= end.getValue()));
                if (done) {
                    return;
                }
                assertThat(System.nanoTime()).as("group %s consumed all of %s", group, topicName).isLessThan(deadline);
                sleep();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("could not read offsets of " + topicName, e);
        }
    }

    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Every record of the topic from the beginning up to its end offsets at the moment of the call. */
    public List<ConsumerRecord<String, byte[]>> records(String topicName) {
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
                consumer.poll(Duration.ofMillis(200)).forEach(found::add);
            }
        }
        return found;
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
