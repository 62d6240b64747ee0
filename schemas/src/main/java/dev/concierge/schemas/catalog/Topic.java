package dev.concierge.schemas.catalog;

import dev.concierge.schemas.common.Nullable;
import dev.concierge.schemas.envelope.EventType;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One Kafka topic of the contract: how it is configured and which event records it carries.
 *
 * @param retention   how long records are kept; {@code null} keeps them forever (Kafka is the source of truth)
 * @param valueType   the sealed interface (or the single record) of the values on this topic
 * @param eventTypes  every record class the topic carries, each annotated with {@link EventType}
 */
public record Topic<V>(
        String name,
        int partitions,
        CleanupPolicy cleanupPolicy,
        @Nullable Duration retention,
        Class<V> valueType,
        String keyDescription,
        String description,
        List<Class<?>> eventTypes) {

    public static final int DEFAULT_PARTITIONS = 6;
    public static final String DLQ_SUFFIX = ".dlq";
    public static final Duration DEAD_LETTER_RETENTION = Duration.ofDays(30);

    private static final Pattern TOPIC_NAME = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)*");

    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cleanupPolicy, "cleanupPolicy");
        Objects.requireNonNull(valueType, "valueType");
        Objects.requireNonNull(keyDescription, "keyDescription");
        Objects.requireNonNull(description, "description");
        if (!TOPIC_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("topic name must be lower-case dotted words, was '" + name + "'");
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("topic " + name + " needs at least one partition, was " + partitions);
        }
        if (cleanupPolicy == CleanupPolicy.COMPACT && retention != null) {
            throw new IllegalArgumentException("compacted topic " + name + " keeps the latest value forever; drop its retention");
        }
        eventTypes = List.copyOf(eventTypes);
        if (eventTypes.isEmpty()) {
            throw new IllegalArgumentException("topic " + name + " carries no event type");
        }
        for (Class<?> eventType : eventTypes) {
            if (!valueType.isAssignableFrom(eventType) || !eventType.isRecord()
                    || !eventType.isAnnotationPresent(EventType.class)) {
                throw new IllegalArgumentException(eventType.getName() + " on topic " + name
                        + " must be a record with @EventType implementing " + valueType.getName());
            }
        }
    }

    /**
     * A topic carrying every record {@code valueType} permits (or {@code valueType} itself when it is a
     * record), so adding a record to a sealed interface is all it takes to put it on the topic.
     */
    public static <V> Topic<V> of(String name, CleanupPolicy cleanupPolicy, @Nullable Duration retention,
            Class<V> valueType, String keyDescription, String description) {
        return new Topic<>(name, DEFAULT_PARTITIONS, cleanupPolicy, retention, valueType, keyDescription,
                description, recordsOf(valueType));
    }

    /** The dead-letter topic where consumers park records of this topic they cannot process. */
    public String dlqName() {
        return name + DLQ_SUFFIX;
    }

    /** Topic-level configs for {@code NewTopic#configs}: cleanup policy and, unless compacted, retention. */
    public Map<String, String> topicConfigs() {
        Map<String, String> configs = new LinkedHashMap<>();
        configs.put("cleanup.policy", cleanupPolicy.configValue());
        if (cleanupPolicy == CleanupPolicy.DELETE) {
            configs.put("retention.ms", retention == null ? "-1" : Long.toString(retention.toMillis()));
        }
        return Map.copyOf(configs);
    }

    /**
     * Topic-level configs of this topic's {@code .dlq}: never compacted (a poison record may have no key,
     * and every failed attempt is worth keeping), kept a month so a human notices and replays it.
     */
    public Map<String, String> dlqTopicConfigs() {
        return Map.of("cleanup.policy", CleanupPolicy.DELETE.configValue(),
                "retention.ms", Long.toString(DEAD_LETTER_RETENTION.toMillis()));
    }

    public boolean carries(Class<?> eventType) {
        return eventTypes.contains(eventType);
    }

    /** The same topic under another name, e.g. a per-test unique topic. */
    public Topic<V> withName(String otherName) {
        return new Topic<>(otherName, partitions, cleanupPolicy, retention, valueType, keyDescription, description,
                eventTypes);
    }

    private static List<Class<?>> recordsOf(Class<?> valueType) {
        if (valueType.isSealed()) {
            return Arrays.asList(valueType.getPermittedSubclasses());
        }
        return List.of(valueType);
    }
}
