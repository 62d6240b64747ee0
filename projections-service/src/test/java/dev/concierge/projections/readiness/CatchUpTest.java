package dev.concierge.projections.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class CatchUpTest {

    private static final TopicPartition P0 = new TopicPartition("requests.state", 0);
    private static final TopicPartition P1 = new TopicPartition("requests.state", 1);
    private static final Set<TopicPartition> BOTH = Set.of(P0, P1);

    @Test
    void a_group_with_every_partition_and_every_record_of_the_start_committed_has_caught_up() {
        assertThat(CatchUp.waitingFor(BOTH, BOTH, Map.of(P0, new OffsetAndMetadata(7), P1, new OffsetAndMetadata(9)),
                Map.of(P0, 7L, P1, 3L))).isEmpty();
    }

    @Test
    void a_partition_that_held_nothing_at_start_needs_no_commit() {
        assertThat(CatchUp.waitingFor(BOTH, BOTH, Map.of(), Map.of(P0, 0L, P1, 0L))).isEmpty();
    }

    @Test
    void a_group_still_joining_waits_for_its_partitions() {
        assertThat(CatchUp.waitingFor(BOTH, Set.of(P0), Map.of(), Map.of(P0, 0L, P1, 0L)))
                .containsExactly("partition assignment of [requests.state-1]");
        assertThat(CatchUp.waitingFor(BOTH, Set.of(), Map.of(), Map.of())).hasSize(1);
    }

    @Test
    void a_group_behind_what_its_topic_held_at_start_says_how_far() {
        assertThat(CatchUp.waitingFor(BOTH, BOTH, Map.of(P0, new OffsetAndMetadata(5)), Map.of(P0, 7L, P1, 3L)))
                .containsExactly("5 offset(s) present at start not yet applied");
    }

    @Test
    void a_topic_whose_partitions_are_not_known_is_not_caught_up() {
        assertThat(CatchUp.waitingFor(Set.of(), Set.of(), Map.of(), Map.of())).containsExactly("its topic's partitions");
    }
}
