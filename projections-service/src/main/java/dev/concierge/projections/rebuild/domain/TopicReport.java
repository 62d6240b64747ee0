package dev.concierge.projections.rebuild.domain;

/**
 * One topic of a rebuild: records applied to the read models and records skipped (undecodable, so
 * already on the topic's {@code .dlq} from the live consumers), and how far the replay is in offsets.
 */
public record TopicReport(String topic, long applied, long skipped, long offsetsRead, long offsetsToRead) {
}
