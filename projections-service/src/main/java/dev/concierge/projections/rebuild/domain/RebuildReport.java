package dev.concierge.projections.rebuild.domain;

import java.time.Instant;
import java.util.List;

/**
 * What an operator sees of a rebuild. {@code percent} is offsets read over offsets to read, summed over
 * every partition of every topic (100 when there is nothing to read); {@code eventsPerSecond} counts
 * records applied or skipped since the start. {@code switchedAt} is when reads and writes moved to the
 * new generation's database; {@code finishedAt} when the rebuild ended either way; {@code failure} says
 * why it failed.
 */
public record RebuildReport(String rebuildId, long generation, String database, RebuildState state, double percent,
        double eventsPerSecond, long applied, long skipped, List<TopicReport> topics, Instant startedAt,
        Instant switchedAt, Instant finishedAt, String failure) {
}
