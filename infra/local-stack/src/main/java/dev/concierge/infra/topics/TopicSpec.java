package dev.concierge.infra.topics;

import dev.concierge.schemas.catalog.Topic;
import dev.concierge.schemas.catalog.Topics;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** How one topic must look on the broker: name, partition count and the configs we enforce. */
public record TopicSpec(String name, int partitions, Map<String, String> configs) {

    public TopicSpec {
        Objects.requireNonNull(name, "name");
        if (partitions < 1) {
            throw new IllegalArgumentException(name + " needs at least one partition, got " + partitions);
        }
        configs = Map.copyOf(configs);
    }

    /** Every topic of the catalog followed by its dead-letter topic. */
    public static List<TopicSpec> catalog() {
        return Topics.ALL.stream()
                .flatMap(topic -> Stream.of(of(topic), deadLetterOf(topic)))
                .toList();
    }

    public static TopicSpec of(Topic<?> topic) {
        return new TopicSpec(topic.name(), topic.partitions(), topic.topicConfigs());
    }

    /**
     * A dead-letter topic has the source topic's partitions (its records keep their keys) but is never
     * compacted: a poison record may have no key, and every failed attempt is worth keeping.
     */
    public static TopicSpec deadLetterOf(Topic<?> topic) {
        return new TopicSpec(topic.dlqName(), topic.partitions(), topic.dlqTopicConfigs());
    }
}
