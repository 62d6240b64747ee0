package dev.concierge.infra.topics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.infra.topics.TopicChange.Kind;
import java.util.Map;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.junit.jupiter.api.Test;

/** The comparison behind TopicCreator, without a broker. */
class TopicDriftTest {

    private static final TopicSpec STATE = new TopicSpec("requests.state", 6, Map.of("cleanup.policy", "compact"));
    private static final TopicSpec COMMANDS = new TopicSpec("requests.commands", 6,
            Map.of("cleanup.policy", "delete", "retention.ms", "604800000"));

    @Test
    void a_topic_exactly_as_specified_is_unchanged_and_needs_nothing() {
        TopicDrift drift = new TopicDrift(STATE, 6, Map.of("cleanup.policy", "compact", "segment.ms", "604800000"));

        assertThat(drift.changes()).containsExactly(TopicChange.unchanged("requests.state"));
        assertThat(drift.configCorrections()).isEmpty();
        assertThat(drift.partitionIncrease()).isEmpty();
    }

    @Test
    void corrects_only_the_configs_that_differ() {
        // given a retention someone shortened; its cleanup policy is right
        TopicDrift drift = new TopicDrift(COMMANDS, 6, Map.of("cleanup.policy", "delete", "retention.ms", "60000"));

        // then
        assertThat(drift.changes()).containsExactly(
                new TopicChange("requests.commands", Kind.RECONFIGURED, "retention.ms 60000 -> 604800000"));
        assertThat(drift.configCorrections()).singleElement().satisfies(operation -> {
            assertThat(operation.opType()).isEqualTo(AlterConfigOp.OpType.SET);
            assertThat(operation.configEntry().name()).isEqualTo("retention.ms");
            assertThat(operation.configEntry().value()).isEqualTo("604800000");
        });
    }

    @Test
    void a_config_the_broker_does_not_report_counts_as_unset() {
        TopicDrift drift = new TopicDrift(STATE, 6, Map.of());

        assertThat(drift.changes()).extracting(TopicChange::detail).containsExactly("cleanup.policy null -> compact");
        assertThat(drift.configCorrections()).hasSize(1);
    }

    @Test
    void too_few_partitions_are_increased_and_reported_with_the_config_drift() {
        TopicDrift drift = new TopicDrift(STATE, 2, Map.of("cleanup.policy", "delete"));

        assertThat(drift.changes()).extracting(TopicChange::kind)
                .containsExactly(Kind.PARTITIONS_ADDED, Kind.RECONFIGURED);
        assertThat(drift.partitionIncrease()).hasValueSatisfying(increase ->
                assertThat(increase.totalCount()).isEqualTo(6));
    }

    @Test
    void too_many_partitions_are_reported_but_left_alone() {
        TopicDrift drift = new TopicDrift(STATE, 8, Map.of("cleanup.policy", "compact"));

        assertThat(drift.changes()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(Kind.MORE_PARTITIONS_THAN_CATALOG);
            assertThat(change.detail()).isEqualTo("8 partitions, the catalog says 6 (Kafka cannot remove partitions)");
        });
        assertThat(drift.partitionIncrease()).isEmpty();
    }
}
