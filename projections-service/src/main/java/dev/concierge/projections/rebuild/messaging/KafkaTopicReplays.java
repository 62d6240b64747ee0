package dev.concierge.projections.rebuild.messaging;

import dev.concierge.projections.readmodel.RecordSink;
import dev.concierge.projections.rebuild.application.TopicReplays;
import dev.concierge.projections.rebuild.domain.RebuildProgress;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Replays with a plain {@link KafkaConsumer} of no group: it assigns itself every partition, so it
 * commits nothing and takes nothing from the live consumers' groups, and reads committed records only.
 */
public final class KafkaTopicReplays implements TopicReplays {

    private final Map<String, Object> kafka;
    private final List<String> topics;
    private final LongFunction<Map<String, List<RecordSink>>> sinksInto;
    private final Duration stallTimeout;

    /**
     * @param kafka        the service's Kafka client settings (bootstrap servers, security …)
     * @param sinksInto    per topic, the sinks writing into a generation's database
     * @param stallTimeout how long the broker may give nothing while records remain before the replay fails
     */
    public KafkaTopicReplays(Map<String, Object> kafka, List<String> topics,
            LongFunction<Map<String, List<RecordSink>>> sinksInto, Duration stallTimeout) {
        this.kafka = Map.copyOf(kafka);
        this.topics = List.copyOf(topics);
        this.sinksInto = sinksInto;
        this.stallTimeout = stallTimeout;
    }

    @Override
    public List<String> topics() {
        return topics;
    }

    @Override
    public Replay open(long generation, RebuildProgress progress) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig(progress.rebuildId()));
        try {
            return new KafkaReplay(consumer, topics, sinksInto.apply(generation), progress, stallTimeout);
        } catch (RuntimeException e) {
            consumer.close(Duration.ZERO);
            throw e;
        }
    }

    private Map<String, Object> consumerConfig(String rebuildId) {
        Map<String, Object> config = new HashMap<>(kafka);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "projections-rebuild-" + rebuildId);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return config;
    }
}
