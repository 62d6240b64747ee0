package dev.concierge.bench.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** What the benchmarks ask of the broker: scratch topics, end offsets, a group's lag, real record sizes. */
public final class BrokerAdmin implements AutoCloseable {

    private final String bootstrap;
    private final Admin admin;

    public BrokerAdmin(String bootstrap) {
        this.bootstrap = bootstrap;
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        this.admin = Admin.create(props);
    }

    public int partitions(String topic) throws ExecutionException, InterruptedException {
        TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
        return description.partitions().size();
    }

    /** A fresh, empty topic with {@code partitions} partitions (replication 1, as every topic of the dev stack). */
    public void createScratchTopic(String name, int partitions) throws ExecutionException, InterruptedException {
        deleteTopic(name);
        for (int attempt = 0; ; attempt++) {
            try {
                admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get();
                return;
            } catch (ExecutionException e) {
                // a topic deleted a moment ago is still being removed: try again shortly
                if (!(e.getCause() instanceof TopicExistsException) || attempt > 50) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }

    public void deleteTopic(String name) throws InterruptedException, ExecutionException {
        if (admin.listTopics().names().get().contains(name)) {
            admin.deleteTopics(List.of(name)).all().get();
        }
    }

    /** The sum of every partition's end offset: how many records the topic has taken so far. */
    public long endOffsetTotal(String topic) throws ExecutionException, InterruptedException {
        return endOffsets(topic).values().stream().mapToLong(Long::longValue).sum();
    }

    /** How many records of {@code topic} the consumer group has not committed yet. */
    public long lag(String group, String topic) throws ExecutionException, InterruptedException {
        Map<TopicPartition, Long> ends = endOffsets(topic);
        Map<TopicPartition, OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        long lag = 0;
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            OffsetAndMetadata at = committed.get(end.getKey());
            lag += end.getValue() - (at == null ? 0 : at.offset());
        }
        return lag;
    }

    /** How many members {@code group} has once it is stable (every partition assigned); 0 while it rebalances. */
    public int stableMembers(String group) throws ExecutionException, InterruptedException {
        ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
        return description.groupState() == GroupState.STABLE ? description.members().size() : 0;
    }

    /** Every consumer group the broker has that is stable now (members joined, partitions assigned). */
    public List<String> stableGroups() throws ExecutionException, InterruptedException {
        return admin.listGroups(ListGroupsOptions.forConsumerGroups()).all().get().stream()
                .filter(g -> g.groupState().orElse(GroupState.UNKNOWN) == GroupState.STABLE)
                .map(GroupListing::groupId).sorted().toList();
    }

    /** Whether {@code group} is stable with at least one member. */
    public boolean isStable(String group) throws ExecutionException, InterruptedException {
        return stableMembers(group) > 0;
    }

    /**
     * How many records of every partition {@code group} has committed offsets for are not committed yet, less
     * one per partition: a consumer commits the offset after the last record it processed, so on a topic written
     * in transactions the commit marker that follows that record stays "behind" it for good. Records deleted
     * below a partition's log start ({@link #deleteAllRecords}) are not counted: no one can read them any more,
     * and a consumer that skipped them has nothing new to commit until the next record.
     */
    public long groupLag(String group) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
        committed.keySet().forEach(partition -> {
            latest.put(partition, OffsetSpec.latest());
            earliest.put(partition, OffsetSpec.earliest());
        });
        Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
        Map<TopicPartition, ListOffsetsResultInfo> starts = admin.listOffsets(earliest).all().get();
        long lag = 0;
        for (Map.Entry<TopicPartition, OffsetAndMetadata> at : committed.entrySet()) {
            if (at.getValue() != null) {
                long from = Math.max(at.getValue().offset(), starts.get(at.getKey()).offset());
                lag += Math.max(0, ends.get(at.getKey()).offset() - from - 1);
            }
        }
        return lag;
    }

    /**
     * Deletes every record {@code topic} holds so far (Kafka's DeleteRecords up to each partition's end offset;
     * a topic with {@code cleanup.policy=delete}); consumers behind move on to what comes next. Returns how many
     * records were deleted.
     */
    public long deleteAllRecords(String topic) throws ExecutionException, InterruptedException {
        Map<TopicPartition, Long> ends = endOffsets(topic);
        Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
        ends.keySet().forEach(partition -> earliest.put(partition, OffsetSpec.earliest()));
        Map<TopicPartition, ListOffsetsResultInfo> starts = admin.listOffsets(earliest).all().get();
        Map<TopicPartition, RecordsToDelete> upTo = new HashMap<>();
        long deleted = 0;
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            upTo.put(end.getKey(), RecordsToDelete.beforeOffset(end.getValue()));
            deleted += end.getValue() - starts.get(end.getKey()).offset();
        }
        admin.deleteRecords(upTo).all().get();
        return deleted;
    }

    /** The average value size of up to {@code count} of the newest records of {@code topic}, in bytes. */
    public int averageValueSize(String topic, int count) throws ExecutionException, InterruptedException {
        Map<TopicPartition, Long> ends = endOffsets(topic);
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(ends.keySet());
            int perPartition = Math.max(1, count / Math.max(1, ends.size()));
            ends.forEach((partition, end) -> consumer.seek(partition, Math.max(0, end - perPartition)));
            List<Integer> sizes = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (sizes.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    sizes.add(record.serializedValueSize());
                }
                if (consumer.assignment().stream().allMatch(p -> consumer.position(p) >= ends.get(p))) {
                    break;
                }
            }
            return (int) Math.round(sizes.stream().mapToInt(Integer::intValue).average().orElse(0));
        }
    }

    private Map<TopicPartition, Long> endOffsets(String topic) throws ExecutionException, InterruptedException {
        int partitions = partitions(topic);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (int p = 0; p < partitions; p++) {
            latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
        }
        Map<TopicPartition, ListOffsetsResultInfo> info = admin.listOffsets(latest).all().get();
        Map<TopicPartition, Long> ends = new HashMap<>();
        info.forEach((partition, offset) -> ends.put(partition, offset.offset()));
        return ends;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
