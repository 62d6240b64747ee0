package dev.concierge.requests.streams;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from the beginning in large batches and hands each record over without keeping it:
 * for topics with tens of thousands of records, where {@link TopicClient}'s keep-everything reading
 * would be slow. {@link #poll()} reads what has arrived since the last call.
 */
final class TopicScan implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final Consumer<ConsumerRecord<String, byte[]>> onRecord;

    TopicScan(String bootstrapServers, String topic, boolean committedOnly,
            Consumer<ConsumerRecord<String, byte[]>> onRecord) {
        this.onRecord = onRecord;
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, committedOnly ? "read_committed" : "read_uncommitted",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        consumer.partitionsFor(topic, Duration.ofSeconds(10))
                .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Everything that arrived since the last call (until a poll comes back empty). */
    void poll() {
        while (true) {
            var batch = consumer.poll(Duration.ofMillis(200));
            if (batch.isEmpty()) {
                return;
            }
            batch.forEach(onRecord);
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
