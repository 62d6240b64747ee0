package dev.concierge.projections.readiness;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** What the broker says about topics and consumer groups, each answer within a few seconds or a failure. */
final class KafkaOffsets implements AutoCloseable {

    /** Generous: on a busy 2-core machine a first connection alone can take seconds, and a probe that times out says DOWN. */
    private static final long TIMEOUT_SECONDS = 10;
    /** A transaction ends in one marker per partition it wrote to, so a tail this long holds records. */
    private static final int TAIL = 32;

    private final String bootstrapServers;
    private final Admin admin;

    KafkaOffsets(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 8_000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        this.admin = Admin.create(props);
    }

    /** Every partition of each topic. */
    Map<String, Set<TopicPartition>> partitions(Collection<String> topics) throws Exception {
        Map<String, Set<TopicPartition>> partitions = new HashMap<>();
        get(admin.describeTopics(topics).allTopicNames()).forEach((topic, description) ->
                partitions.put(topic, description.partitions().stream()
                        .map(p -> new TopicPartition(topic, p.partition())).collect(Collectors.toSet())));
        return partitions;
    }

    /**
     * The offset after the last record on each partition now. The end offset itself is not it: a transactional
     * producer (the request processor) ends each transaction with a marker, which takes an offset but is no
     * record, and a consumer commits the offset after the last record it applied. So the tail of each partition
     * is read to find its last record; a partition without records gets 0.
     */
    Map<TopicPartition, Long> afterLastRecords(Collection<TopicPartition> partitions) throws Exception {
        Map<TopicPartition, Long> begins = offsets(partitions, OffsetSpec.earliest());
        Map<TopicPartition, Long> ends = offsets(partitions, OffsetSpec.latest());
        Map<TopicPartition, Long> targets = new HashMap<>();
        List<TopicPartition> holding = partitions.stream().filter(p -> ends.get(p) > begins.get(p)).toList();
        partitions.forEach(p -> targets.put(p, holding.contains(p) ? begins.get(p) : 0L));
        if (holding.isEmpty()) {
            return targets;
        }
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProperties())) {
            consumer.assign(holding);
            holding.forEach(p -> consumer.seek(p, Math.max(begins.get(p), ends.get(p) - TAIL)));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS * 3);
            while (holding.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new TimeoutException("the tails of " + holding + " were not read in time");
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() < ends.get(partition)) {
                        targets.merge(partition, record.offset() + 1, Math::max);
                    }
                }
            }
        }
        return targets;
    }

    /** The partitions the group's members hold now (none while it is (re)balancing or has no member). */
    Set<TopicPartition> assigned(String group) throws Exception {
        Set<TopicPartition> assigned = new HashSet<>();
        for (MemberDescription member : get(admin.describeConsumerGroups(List.of(group)).all()).get(group).members()) {
            assigned.addAll(member.assignment().topicPartitions());
        }
        return assigned;
    }

    /** The group's committed offsets. */
    Map<TopicPartition, OffsetAndMetadata> committed(String group) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = new HashMap<>();
        // a partition without a committed offset is in the answer with a null value
        get(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()).forEach((partition, offset) -> {
            if (offset != null) {
                committed.put(partition, offset);
            }
        });
        return committed;
    }

    private Map<TopicPartition, Long> offsets(Collection<TopicPartition> partitions, OffsetSpec spec) throws Exception {
        return get(admin.listOffsets(partitions.stream().collect(Collectors.toMap(Function.identity(), p -> spec))).all())
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    private Properties consumerProperties() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, 8_000);
        props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        return props;
    }

    private static <T> T get(KafkaFuture<T> future) throws InterruptedException, ExecutionException, TimeoutException {
        return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(1));
    }
}
