package dev.concierge.requests.streams;

import dev.concierge.schemas.catalog.Topic;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.kafka.CloudEventSerializer;
import dev.concierge.schemas.requests.RequestSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Produces CloudEvents like the other services do and watches topics with a read-committed
 * consumer (only what the processor's transactions committed), as any downstream reader would.
 */
final class TopicClient implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, List<ConsumerRecord<String, byte[]>>> seen = new HashMap<>();
    private final EventCodec codec = EventCodec.standard();
    private final CloudEventSerializer<Object> serializer = new CloudEventSerializer<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    TopicClient(String bootstrapServers, Collection<String> watched) {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 0),
                new StringSerializer(), new ByteArraySerializer());
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : watched) {
            consumer.partitionsFor(topic, Duration.ofSeconds(10))
                    .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            seen.put(topic, new ArrayList<>());
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    String send(Topic<?> topic, String key, Object data) {
        return send(topic, key, data, UUID.randomUUID().toString());
    }

    /** Sends {@code data} as the CloudEvent {@code id}: the same id again is a redelivery of that event. */
    String send(Topic<?> topic, String key, Object data, String id) {
        CloudEvent<Object> event = CloudEvent.of(id, "test", Instant.now(), key, data);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic.name(), key, null);
        sendRaw(topic.name(), key, serializer.serialize(topic.name(), record.headers(), event));
        return id;
    }

    void sendRaw(String topic, String key, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot produce to " + topic, e);
        }
    }

    /** Everything committed to {@code topic} so far. */
    synchronized List<ConsumerRecord<String, byte[]>> records(String topic) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
            seen.get(record.topic()).add(record);
        }
        return List.copyOf(seen.get(topic));
    }

    /** The events under {@code key}; a poison record a test put on the topic itself is not an event and is skipped. */
    List<Object> data(Topic<?> topic, String key) {
        return records(topic.name()).stream().filter(r -> key.equals(r.key()))
                .flatMap(r -> decoded(r, topic).stream()).toList();
    }

    Map<String, RequestSnapshot> latestSnapshots(Topic<RequestSnapshot> stateTopic) {
        Map<String, RequestSnapshot> latest = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records(stateTopic.name())) {
            decoded(record, stateTopic).ifPresent(snapshot -> latest.merge(record.key(), (RequestSnapshot) snapshot,
                    (a, b) -> b.version() > a.version() ? b : a));
        }
        return latest;
    }

    private Optional<Object> decoded(ConsumerRecord<String, byte[]> record, Topic<?> topic) {
        try {
            return Optional.of(codec.decode(record.value(), topic).data());
        } catch (RuntimeException poison) {
            return Optional.empty();
        }
    }

    /** Polls until {@code check} yields a value, or fails after {@code timeout} saying what was awaited. */
    static <T> T await(String what, Duration timeout, Supplier<Optional<T>> check) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<T> value = check.get();
            if (value.isPresent()) {
                return value.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out after " + timeout + " waiting for " + what);
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            producer.close();
            consumer.close();
        }
    }
}
