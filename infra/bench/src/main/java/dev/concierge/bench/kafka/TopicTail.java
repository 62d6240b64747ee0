package dev.concierge.bench.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Every record a topic takes from now on, handed to a listener with the instant (nanoTime) it was read: a
 * consumer of its own (no group: every partition assigned, from the end offsets of the moment it opened) on
 * a thread of its own. Reads committed records only, as the services' consumers do.
 */
public final class TopicTail implements AutoCloseable {

    /** Told of every record, on the tail's thread. */
    public interface Listener {

        void record(String key, byte[] value, long readNanos);
    }

    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread poller;
    private volatile boolean closed;

    private TopicTail(String bootstrap, String topic, Listener listener) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        // resolve the end offsets now, so that a record written after open() returns is never skipped
        partitions.forEach(consumer::position);
        this.poller = new Thread(() -> poll(listener), "tail-" + topic);
        this.poller.setDaemon(true);
    }

    /** Starts reading {@code topic} from its current end. */
    public static TopicTail open(String bootstrap, String topic, Listener listener) {
        TopicTail tail = new TopicTail(bootstrap, topic, listener);
        tail.poller.start();
        return tail;
    }

    private void poll(Listener listener) {
        try {
            while (!closed) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    listener.record(record.key(), record.value(), System.nanoTime());
                }
            }
        } catch (WakeupException closing) {
            // close() woke the poll: done
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        consumer.wakeup();
        poller.join(10_000);
    }
}
