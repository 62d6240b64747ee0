package dev.concierge.projections.rebuild.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The running tally of one rebuild, written by the thread that replays and read by whoever asks
 * (the HTTP API, the progress log); every method is synchronized because both happen at once.
 */
public final class RebuildProgress {

    private final String rebuildId;
    private final long generation;
    private final String database;
    private final Clock clock;
    private final Instant startedAt;
    private final Map<String, long[]> topics = new LinkedHashMap<>();
    private RebuildState state = RebuildState.RUNNING;
    private boolean measured;
    private Instant switchedAt;
    private Instant finishedAt;
    private String failure;

    private static final int APPLIED = 0;
    private static final int SKIPPED = 1;
    private static final int READ = 2;
    private static final int TO_READ = 3;

    public RebuildProgress(String rebuildId, long generation, String database, List<String> topicNames, Clock clock) {
        this.rebuildId = rebuildId;
        this.generation = generation;
        this.database = database;
        this.clock = clock;
        this.startedAt = clock.instant();
        topicNames.forEach(topic -> topics.put(topic, new long[4]));
    }

    public String rebuildId() {
        return rebuildId;
    }

    public long generation() {
        return generation;
    }

    public synchronized void applied(String topic) {
        topics.get(topic)[APPLIED]++;
    }

    public synchronized void skipped(String topic) {
        topics.get(topic)[SKIPPED]++;
    }

    /** How far the replay of {@code topic} is: offsets read so far and offsets there are to read, from its beginning. */
    public synchronized void position(String topic, long offsetsRead, long offsetsToRead) {
        long[] counts = topics.get(topic);
        counts[READ] = offsetsRead;
        counts[TO_READ] = offsetsToRead;
        measured = true;
    }

    public synchronized void switched() {
        switchedAt = clock.instant();
    }

    public synchronized void finished() {
        state = RebuildState.SWITCHED;
        finishedAt = clock.instant();
    }

    public synchronized void failed(String reason) {
        state = RebuildState.FAILED;
        failure = reason;
        finishedAt = clock.instant();
    }

    public synchronized boolean isRunning() {
        return state == RebuildState.RUNNING;
    }

    public synchronized RebuildReport report() {
        long applied = 0;
        long skipped = 0;
        long read = 0;
        long toRead = 0;
        List<TopicReport> perTopic = new ArrayList<>();
        for (Map.Entry<String, long[]> topic : topics.entrySet()) {
            long[] counts = topic.getValue();
            perTopic.add(new TopicReport(topic.getKey(), counts[APPLIED], counts[SKIPPED], counts[READ], counts[TO_READ]));
            applied += counts[APPLIED];
            skipped += counts[SKIPPED];
            read += counts[READ];
            toRead += counts[TO_READ];
        }
        return new RebuildReport(rebuildId, generation, database, state, percent(read, toRead),
                eventsPerSecond(applied + skipped), applied, skipped, List.copyOf(perTopic), startedAt, switchedAt,
                finishedAt, failure);
    }

    private double percent(long read, long toRead) {
        if (!measured) {
            return 0;
        }
        if (toRead == 0) {
            return 100; // nothing to read: the replay is complete as soon as it has looked
        }
        return Math.floor(1000.0 * Math.min(read, toRead) / toRead) / 10;
    }

    private double eventsPerSecond(long records) {
        Instant until = finishedAt != null ? finishedAt : clock.instant();
        long millis = Math.max(1, Duration.between(startedAt, until).toMillis());
        return Math.round(records * 10_000.0 / millis) / 10.0;
    }
}
