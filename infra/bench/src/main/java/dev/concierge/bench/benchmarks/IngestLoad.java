package dev.concierge.bench.benchmarks;

import dev.concierge.bench.harness.BenchRun;
import dev.concierge.bench.kafka.GroupsSettled;
import dev.concierge.bench.kafka.ToolOutput.ProducerFigures;
import dev.concierge.bench.load.Outcome;
import dev.concierge.bench.load.WindowWatch;
import dev.concierge.bench.stack.PausedServices;
import dev.concierge.bench.stack.StackProcesses;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** What the two ingest benchmarks share: their customers, how they report, and their producer baseline. */
final class IngestLoad {

    /** 100 customers × 2 requests: 200 requests, so no single user or request carries the load. */
    static final int CUSTOMERS = 100;
    static final int REQUESTS_EACH = 2;

    /** Records for the baseline's warm-up (the first run after a broker start is the slowest) and its measurement. */
    private static final long WARM_UP_RECORDS = 100_000;
    private static final long MEASURED_RECORDS = 600_000;

    /**
     * The services that only react downstream of an accepted message (they read {@code chat.messages},
     * {@code requests.*} and what follows): paused while the write path is measured, as nothing reacts to the
     * baseline's scratch topic either. ingest-api, the broker, Redis, MongoDB, payment-worker and the dev outbox
     * keep running.
     */
    static final List<String> DOWNSTREAM = List.of("request-stream-processor", "projections-service",
            "notifier-worker", "ai-enrichment-worker");
    /** Draining the paused window's backlog (tens of thousands of messages to project) takes minutes here. */
    private static final Duration SETTLE_LIMIT = Duration.ofMinutes(8);
    /** The topic the ingest loads write (every chat message and every batch line of theirs lands here). */
    private static final String LOAD_TOPIC = "chat.messages";

    private IngestLoad() {
    }

    /**
     * Runs {@code measured} (our window and the baseline) with {@link #DOWNSTREAM} paused, then resumes them and
     * waits until every consumer group that was stable before is stable again with no lag, so the benchmark
     * that follows finds the stack as it was.
     *
     * <p>On a scratch stack (never on a running one) the load's own messages are deleted from {@link #LOAD_TOPIC}
     * before the resume: every record it holds, since all a scratch stack's chat takes is the benchmarks' load.
     * At ~9,000 messages a second the warm-up and window leave several hundred thousand of them, which the
     * paused services, at the ~170 a second of the {@code processor} benchmark, would take about an hour to
     * project, with the next benchmark running beside that. They move on to what comes next instead.
     */
    static <T> T withDownstreamPaused(BenchRun run, Callable<T> measured) throws Exception {
        List<String> groups = run.broker().stableGroups();
        T result;
        try (PausedServices paused = PausedServices.pause(StackProcesses.fromEnvironment(), DOWNSTREAM, run.out())) {
            result = measured.call();
            if (run.stack().scratch()) {
                long deleted = run.broker().deleteAllRecords(LOAD_TOPIC);
                run.out().printf("  deleted the load's %,d records of %s before the resume (a scratch stack: the "
                        + "paused services need not project the benchmark's own messages)%n", deleted, LOAD_TOPIC);
            }
        }
        Duration took = GroupsSettled.await(run.out(), run.broker(), groups, SETTLE_LIMIT, "resumed services catching up");
        run.out().printf("  %d consumer groups stable again with no lag %.0f s after the resume%n", groups.size(),
                took.toMillis() / 1000.0);
        return result;
    }

    /**
     * Runs one load and prints how many cores each process of the stack, and each kind of ingest-api's threads,
     * used in its measured window (from /proc; the warm-up, where the JIT does most of its work, left out).
     */
    static Outcome withCores(BenchRun run, Window window) throws Exception {
        StackProcesses processes = StackProcesses.fromEnvironment();
        CoresInWindow cores = new CoresInWindow(processes);
        Outcome outcome = window.run(cores);
        run.out().printf("  cores used by each process in the measured window: %s%n",
                StackProcesses.coresBetween(cores.processesAtStart, cores.processesAtEnd, cores.seconds()));
        run.out().printf("  ingest-api's threads in the measured window (cores, by kind): %s%n",
                StackProcesses.coresBetween(cores.threadsAtStart, cores.threadsAtEnd, cores.seconds()));
        return outcome;
    }

    /** A load run under {@link #withCores}, which it tells when its measured window starts and ends. */
    interface Window {
        Outcome run(WindowWatch watch) throws Exception;
    }

    /** The CPU seconds of each process and of ingest-api's threads at both ends of the measured window. */
    private static final class CoresInWindow implements WindowWatch {

        private final StackProcesses processes;
        private Map<String, Double> processesAtStart = Map.of();
        private Map<String, Double> processesAtEnd = Map.of();
        private Map<String, Double> threadsAtStart = Map.of();
        private Map<String, Double> threadsAtEnd = Map.of();
        private long startNanos;
        private long endNanos;

        CoresInWindow(StackProcesses processes) {
            this.processes = processes;
        }

        @Override
        public void started() {
            processesAtStart = processes.cpuSeconds();
            threadsAtStart = processes.threadCpuSeconds("ingest-api");
            startNanos = System.nanoTime();
        }

        @Override
        public void ended() {
            endNanos = System.nanoTime();
            processesAtEnd = processes.cpuSeconds();
            threadsAtEnd = processes.threadCpuSeconds("ingest-api");
        }

        double seconds() {
            return Math.max(1e-9, (endNanos - startNanos) / 1e9);
        }
    }

    /** Prints what the window saw; a window in which nothing was accepted measured nothing and fails the benchmark. */
    static void report(BenchRun run, Outcome ours, String units) {
        run.out().printf("  %d %s accepted in %.1f s; calls by status %s, transport errors %d%s; latency p50 %.1f ms, p99 %.1f ms%n",
                ours.acceptedUnits(), units, ours.seconds(), ours.callsByStatus(), ours.transportErrors(),
                ours.transportErrors() > 0 ? " (last: " + ours.lastTransportError() + ")" : "",
                ours.latencyMs(0.50), ours.latencyMs(0.99));
        if (!Double.isNaN(ours.serverCpuSeconds())) {
            run.out().printf("  ingest-api used %.1f s of CPU in the window: %.2f ms per accepted %s (%.2f cores)%n",
                    ours.serverCpuSeconds(), ours.serverCpuMsPerUnit(), units.replaceFirst("s$", ""),
                    ours.serverCpuSeconds() / ours.seconds());
        }
        if (ours.acceptedUnits() == 0) {
            throw new IllegalStateException("no " + units + " were accepted in the measured window (calls by status "
                    + ours.callsByStatus() + ", transport errors " + ours.transportErrors() + ")");
        }
    }

    /**
     * ProducerPerformance, acks=all, idempotent, {@code recordSize} bytes, into a scratch topic with as many
     * partitions as {@code like}; a warm-up run first, then the measured one; the scratch topic is deleted after.
     */
    static ProducerFigures producerBaseline(BenchRun run, String scratchTopic, String like, int recordSize) throws Exception {
        int partitions = run.broker().partitions(like);
        run.broker().createScratchTopic(scratchTopic, partitions);
        try {
            run.baselines().producerPerformance("baseline warm-up", scratchTopic, WARM_UP_RECORDS, recordSize, "all",
                    Duration.ofSeconds(5));
            ProducerFigures figures = run.baselines().producerPerformance("ProducerPerformance", scratchTopic,
                    MEASURED_RECORDS, recordSize, "all", Duration.ofSeconds(12));
            run.out().printf("  ProducerPerformance: %d records of %d B to %d partitions, acks=all: %.0f records/s, avg latency %.1f ms%n",
                    figures.records(), recordSize, partitions, figures.recordsPerSecond(), figures.averageLatencyMs());
            return figures;
        } finally {
            run.broker().deleteTopic(scratchTopic);
        }
    }
}
