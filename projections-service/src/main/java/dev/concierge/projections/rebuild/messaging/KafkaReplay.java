package dev.concierge.projections.rebuild.messaging;

import dev.concierge.projections.readmodel.RecordSink;
import dev.concierge.projections.rebuild.application.TopicReplays.Replay;
import dev.concierge.projections.rebuild.domain.RebuildProgress;
import dev.concierge.schemas.envelope.EventDecodingException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * Every partition of the read models' topics from its beginning, each record through the sinks of the
 * read models built from its topic. An undecodable record is skipped and counted (the live consumers
 * put it on the topic's {@code .dlq} already); anything else a sink throws fails the replay, as does a
 * broker that gives nothing for {@code stallTimeout} while records remain. Metadata and offset look-ups wait
 * as long as the client's {@code default.api.timeout.ms} and then fail the replay.
 */
final class KafkaReplay implements Replay {

    private static final Logger LOG = Logger.getLogger(KafkaReplay.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final long LOG_EVERY_NANOS = Duration.ofSeconds(5).toNanos();

    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, List<RecordSink>> sinks;
    private final RebuildProgress progress;
    private final Duration stallTimeout;
    private final List<TopicPartition> partitions = new ArrayList<>();
    private final Map<TopicPartition, Long> beginnings;

    KafkaReplay(KafkaConsumer<String, byte[]> consumer, List<String> topics, Map<String, List<RecordSink>> sinks,
            RebuildProgress progress, Duration stallTimeout) {
        this.consumer = consumer;
        this.sinks = sinks;
        this.progress = progress;
        this.stallTimeout = stallTimeout;
        for (String topic : topics) {
            List<PartitionInfo> found = consumer.partitionsFor(topic);
            if (found == null || found.isEmpty()) {
                throw new IllegalStateException("topic " + topic + " does not exist on the broker");
            }
            found.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        this.beginnings = consumer.beginningOffsets(partitions);
    }

    @Override
    public void readToEnd() {
        // read_committed: the end offsets are the last stable offsets, so an open transaction is not waited for
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        long read = report(ends);
        long movedAt = System.nanoTime();
        long loggedAt = System.nanoTime();
        while (!reached(ends)) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                apply(record);
            }
            long before = read;
            read = report(ends);
            if (read != before) {
                movedAt = System.nanoTime();
            } else if (System.nanoTime() - movedAt > stallTimeout.toNanos()) {
                throw new IllegalStateException("the broker gave no records for " + stallTimeout.toSeconds()
                        + " s while " + remaining(ends) + " offsets were left to read");
            }
            if (System.nanoTime() - loggedAt > LOG_EVERY_NANOS) {
                log();
                loggedAt = System.nanoTime();
            }
        }
        log();
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        try {
            for (RecordSink sink : sinks.get(record.topic())) {
                sink.apply(record);
            }
            progress.applied(record.topic());
        } catch (EventDecodingException undecodable) {
            progress.skipped(record.topic());
        } catch (RuntimeException e) {
            // never switch to a generation that silently lacks a record: the operator gets its coordinates
            throw new IllegalStateException("record " + record.topic() + "-" + record.partition() + "@" + record.offset()
                    + " could not be applied: " + e.getMessage(), e);
        }
    }

    private boolean reached(Map<TopicPartition, Long> ends) {
        return partitions.stream().allMatch(partition -> consumer.position(partition) >= ends.get(partition));
    }

    /** Tells the progress how far each topic is; returns the offsets read over all of them. */
    private long report(Map<TopicPartition, Long> ends) {
        Map<String, long[]> perTopic = new LinkedHashMap<>();
        for (TopicPartition partition : partitions) {
            long begin = beginnings.get(partition);
            long end = ends.get(partition);
            long at = Math.min(consumer.position(partition), end);
            long[] counts = perTopic.computeIfAbsent(partition.topic(), topic -> new long[2]);
            counts[0] += Math.max(0, at - begin);
            counts[1] += Math.max(0, end - begin);
        }
        long read = 0;
        for (Map.Entry<String, long[]> topic : perTopic.entrySet()) {
            progress.position(topic.getKey(), topic.getValue()[0], topic.getValue()[1]);
            read += topic.getValue()[0];
        }
        return read;
    }

    private long remaining(Map<TopicPartition, Long> ends) {
        return partitions.stream().mapToLong(partition -> Math.max(0, ends.get(partition) - consumer.position(partition)))
                .sum();
    }

    private void log() {
        var report = progress.report();
        LOG.infof("rebuild %s into %s: %.1f %%, %.1f events/s, %d applied, %d skipped", report.rebuildId(),
                report.database(), report.percent(), report.eventsPerSecond(), report.applied(), report.skipped());
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
