package dev.concierge.infra.topics;

import dev.concierge.infra.topics.TopicChange.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewPartitions;

/**
 * How a topic on the broker differs from its spec, and what it takes to bring it back: a pure
 * comparison, so that {@link TopicCreator} only talks to the broker.
 *
 * @param actualConfigs the topic's effective configs; a key missing here counts as unset
 */
record TopicDrift(TopicSpec spec, int actualPartitions, Map<String, String> actualConfigs) {

    TopicDrift {
        Objects.requireNonNull(spec, "spec");
        actualConfigs = Map.copyOf(actualConfigs);
    }

    /** What differs, or a single UNCHANGED when nothing does. */
    List<TopicChange> changes() {
        List<TopicChange> changes = new ArrayList<>();
        if (actualPartitions < spec.partitions()) {
            changes.add(new TopicChange(spec.name(), Kind.PARTITIONS_ADDED,
                    "partitions " + actualPartitions + " -> " + spec.partitions()));
        } else if (actualPartitions > spec.partitions()) {
            changes.add(new TopicChange(spec.name(), Kind.MORE_PARTITIONS_THAN_CATALOG,
                    actualPartitions + " partitions, the catalog says " + spec.partitions()
                            + " (Kafka cannot remove partitions)"));
        }
        List<String> corrections = spec.configs().entrySet().stream()
                .filter(wanted -> !wanted.getValue().equals(actualConfigs.get(wanted.getKey())))
                .sorted(Map.Entry.comparingByKey())
                .map(wanted -> wanted.getKey() + " " + actualConfigs.get(wanted.getKey()) + " -> " + wanted.getValue())
                .toList();
        if (!corrections.isEmpty()) {
            changes.add(new TopicChange(spec.name(), Kind.RECONFIGURED, String.join(", ", corrections)));
        }
        return changes.isEmpty() ? List.of(TopicChange.unchanged(spec.name())) : changes;
    }

    Optional<NewPartitions> partitionIncrease() {
        return actualPartitions < spec.partitions()
                ? Optional.of(NewPartitions.increaseTo(spec.partitions()))
                : Optional.empty();
    }

    /** Only the configs that differ, so that nothing else on the topic is touched. */
    List<AlterConfigOp> configCorrections() {
        return spec.configs().entrySet().stream()
                .filter(wanted -> !wanted.getValue().equals(actualConfigs.get(wanted.getKey())))
                .map(wanted -> new AlterConfigOp(new ConfigEntry(wanted.getKey(), wanted.getValue()),
                        AlterConfigOp.OpType.SET))
                .toList();
    }
}
