package dev.concierge.projections.readiness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Whether one live consumer group has caught up: every partition of its topic is assigned to a member, and on
 * every partition it has committed (it commits a record only after applying it) at least the target the
 * readiness check took when it first looked — the offset after the last record then on the partition. A
 * partition that held no record then needs no commit.
 */
public final class CatchUp {

    private CatchUp() {
    }

    /** What the group still waits for, in words; empty when it has caught up. */
    public static List<String> waitingFor(Set<TopicPartition> partitions, Set<TopicPartition> assigned,
            Map<TopicPartition, OffsetAndMetadata> committed, Map<TopicPartition, Long> targets) {
        List<String> waiting = new ArrayList<>();
        List<TopicPartition> unassigned = partitions.stream().filter(p -> !assigned.contains(p)).sorted(
                java.util.Comparator.comparing(TopicPartition::toString)).toList();
        if (partitions.isEmpty()) {
            waiting.add("its topic's partitions");
        } else if (!unassigned.isEmpty()) {
            waiting.add("partition assignment of " + unassigned);
        }
        long behind = 0;
        for (TopicPartition partition : partitions) {
            long target = targets.getOrDefault(partition, 0L);
            OffsetAndMetadata done = committed.get(partition);
            long at = done == null ? 0 : done.offset();
            behind += Math.max(0, target - at);
        }
        if (behind > 0) {
            waiting.add(behind + " offset(s) present at start not yet applied");
        }
        return waiting;
    }
}
