package dev.concierge.infra.topics;

import java.util.Locale;

/** One thing {@link TopicCreator} found or did to a topic. */
public record TopicChange(String topic, Kind kind, String detail) {

    public enum Kind {
        CREATED,
        UNCHANGED,
        RECONFIGURED,
        PARTITIONS_ADDED,
        /** Kafka cannot remove partitions; the topic keeps working, the drift is only reported. */
        MORE_PARTITIONS_THAN_CATALOG;

        /** "partitions added" for PARTITIONS_ADDED. */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    public static TopicChange unchanged(String topic) {
        return new TopicChange(topic, Kind.UNCHANGED, "as in the catalog");
    }

    /** One aligned line of the report TopicCreator prints. */
    public String asLine() {
        return String.format("%-28s %-29s %s", kind.label(), topic, detail);
    }
}
