package dev.concierge.projections.rebuild.application;

import dev.concierge.projections.rebuild.domain.RebuildProgress;
import dev.concierge.projections.rebuild.domain.RebuildReport;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Starts rebuilds, one at a time per instance, and answers how they went. The work itself is a
 * {@link RebuildRun} on the given executor; this instance remembers the rebuilds it ran.
 */
public final class Rebuilds {

    private final Generations generations;
    private final TopicReplays replays;
    private final Executor executor;
    private final Clock clock;
    private final Supplier<String> ids;
    private final Duration settle;
    private final Map<String, RebuildProgress> byId = new ConcurrentHashMap<>();
    private RebuildProgress latest;

    /**
     * @param settle how long after the switch the rebuild waits before its catch-up: long enough for every
     *               other instance to have followed the new generation pointer
     */
    public Rebuilds(Generations generations, TopicReplays replays, Executor executor, Clock clock, Supplier<String> ids,
            Duration settle) {
        this.generations = generations;
        this.replays = replays;
        this.executor = executor;
        this.clock = clock;
        this.ids = ids;
        this.settle = settle;
    }

    public synchronized RebuildStart start() {
        if (latest != null && latest.isRunning()) {
            return new RebuildStart.AlreadyRunning(latest.report());
        }
        long generation = generations.current() + 1;
        RebuildProgress progress = new RebuildProgress(ids.get(), generation, generations.databaseName(generation),
                replays.topics(), clock);
        byId.put(progress.rebuildId(), progress);
        latest = progress;
        executor.execute(new RebuildRun(generations, replays, progress, settle));
        return new RebuildStart.Started(progress.report());
    }

    public synchronized Optional<RebuildReport> latest() {
        return Optional.ofNullable(latest).map(RebuildProgress::report);
    }

    public Optional<RebuildReport> byId(String rebuildId) {
        return Optional.ofNullable(byId.get(rebuildId)).map(RebuildProgress::report);
    }
}
