package dev.concierge.bench.benchmarks;

import dev.concierge.bench.benchmarks.ArrivalLatencies.Figures;
import dev.concierge.bench.harness.BenchRun;
import dev.concierge.bench.harness.ProgressBar;
import dev.concierge.bench.harness.Result;
import dev.concierge.bench.kafka.GroupsSettled;
import dev.concierge.bench.kafka.ToolOutput.EndToEndFigures;
import dev.concierge.bench.load.Outcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the two end-to-end latency benchmarks share: Kafka's {@code EndToEndLatency} on the same broker as the
 * baseline, the goal (our p99 at most 5 × Kafka's p99 + 20 ms), waiting for the effects of accepted calls,
 * and how each offered load is printed and becomes a {@link Result}, whose ratio is the allowed p99 over ours
 * (≥ 1 meets the goal), so that "bigger is better" holds for every ratio of a run.
 */
final class E2eLatency {

    static final double GOAL = 1.0;
    static final String BASELINE_TOPIC = "bench.e2e-baseline";
    static final String UNIT = "ms p99";
    /** After the last answer, how long effects may still arrive (a load the stack cannot keep up with drains late). */
    static final Duration ARRIVAL_WAIT = Duration.ofSeconds(30);
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
    static final int CONNECTIONS = 128;
    private static final long BASELINE_RECORDS = 2_000;
    /** How long the stack may take to work off what came before a load (the preparation, the load before). */
    private static final Duration SETTLE_LIMIT = Duration.ofMinutes(5);

    private E2eLatency() {
    }

    /** One offered load: what the generator saw and the effects paired with its accepted calls. */
    record Measured(int perSecond, Outcome calls, Figures figures) {
    }

    /** The goal: our p99 at most 5 × Kafka's p99 + 20 ms. */
    static double allowedP99Ms(double kafkaP99Ms) {
        return 5 * kafkaP99Ms + 20;
    }

    /** The allowed p99 over ours: 1 or more meets the goal (a p99 under 1 ms counts as 1 ms). */
    static double headroom(double oursP99Ms, double kafkaP99Ms) {
        return allowedP99Ms(kafkaP99Ms) / Math.max(1, oursP99Ms);
    }

    /** The load furthest from its goal: a benchmark's one verdict when asked for one. */
    static Result worst(List<Result> results) {
        return results.stream().min(Comparator.comparingDouble(Result::ratio))
                .orElseThrow(() -> new IllegalStateException("no load measured anything"));
    }

    /**
     * EndToEndLatency with acks=all and records of the average size of {@code like}'s newest records, into a
     * scratch topic (one partition, made by the tool) deleted before and after.
     */
    static EndToEndFigures kafkaBaseline(BenchRun run, String like) throws Exception {
        int recordSize = run.broker().averageValueSize(like, 300);
        run.broker().deleteTopic(BASELINE_TOPIC);
        EndToEndFigures kafka;
        try {
            kafka = run.baselines().endToEndLatency("EndToEndLatency", BASELINE_TOPIC, BASELINE_RECORDS, recordSize,
                    "all", Duration.ofSeconds(20));
        } finally {
            run.broker().deleteTopic(BASELINE_TOPIC);
        }
        run.out().printf("  EndToEndLatency: %d records of %d B (as %s's), acks=all, one at a time: avg %.2f ms, "
                + "p50 %d ms, p99 %d ms, p99.9 %d ms; allowed p99 for ours: %.0f ms%n", BASELINE_RECORDS, recordSize,
                like, kafka.averageMs(), kafka.p50Ms(), kafka.p99Ms(), kafka.p999Ms(), allowedP99Ms(kafka.p99Ms()));
        return kafka;
    }

    /**
     * Waits until every consumer group of the stack that is stable now has committed all it read, so that a load's
     * latencies are its own: not the preparation's backlog (each sign-in creates requests that the AI worker, the
     * notifier and the read models are still working through when the last answer has come) nor the load before.
     */
    static void settle(BenchRun run, String before) throws Exception {
        List<String> groups = run.broker().stableGroups();
        Duration took = GroupsSettled.await(run.out(), run.broker(), groups, SETTLE_LIMIT, "catching up before " + before);
        run.out().printf("  %d consumer groups had caught up %.1f s later, before %s%n", groups.size(),
                took.toMillis() / 1000.0, before);
    }

    /** Waits until every accepted call's effect arrived, for at most {@link #ARRIVAL_WAIT}. */
    static void awaitArrivals(BenchRun run, ArrivalLatencies latencies, long accepted, String label, String effects)
            throws InterruptedException {
        long deadline = System.nanoTime() + ARRIVAL_WAIT.toNanos();
        try (ProgressBar bar = ProgressBar.start(run.out(), label + " " + effects,
                () -> latencies.acceptedAndArrived() / (double) Math.max(1, accepted),
                () -> latencies.acceptedAndArrived() + " of " + accepted + " arrived")) {
            while (latencies.acceptedAndArrived() < accepted && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        }
    }

    static void print(BenchRun run, Measured load, String effect) {
        Figures f = load.figures();
        Outcome calls = load.calls();
        run.out().printf("  %d/s offered: %d calls by status %s, transport errors %d%s; 202 p50 %.1f ms, p99 %.1f ms "
                        + "after the scheduled send%n", load.perSecond(), calls.calls(), calls.callsByStatus(),
                calls.transportErrors(), calls.transportErrors() > 0 ? " (last: " + calls.lastTransportError() + ")" : "",
                calls.latencyMs(0.50), calls.latencyMs(0.99));
        run.out().printf("  %d/s: %d of %d accepted calls saw their %s (%d not within %d s, %d read before their 202)%n",
                load.perSecond(), f.arrived(), f.accepted(), effect, f.missing(), ARRIVAL_WAIT.toSeconds(),
                f.arrivedBeforeAccepted());
        run.out().printf("  %d/s: 202 -> %s p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms; scheduled send -> %s p50 %.1f ms, "
                        + "p99 %.1f ms, p99.9 %.1f ms%n", load.perSecond(), effect,
                Figures.ms(f.fromAccepted(), 50), Figures.ms(f.fromAccepted(), 99), Figures.ms(f.fromAccepted(), 99.9),
                effect, Figures.ms(f.fromDue(), 50), Figures.ms(f.fromDue(), 99), Figures.ms(f.fromDue(), 99.9));
    }

    /**
     * One result per load ({@code <name>-<rate>}: our p99 from the 202, Kafka's p99); a load at which no effect
     * arrived measured nothing and has none. Fails when no load measured anything.
     */
    static List<Result> results(BenchRun run, String name, List<Measured> measured, EndToEndFigures kafka) {
        List<Result> results = new ArrayList<>();
        for (Measured load : measured) {
            if (load.figures().arrived() == 0) {
                run.out().printf("  %d/s: no accepted call's effect arrived within %d s: nothing measured at this load%n",
                        load.perSecond(), ARRIVAL_WAIT.toSeconds());
                continue;
            }
            double oursP99 = Figures.ms(load.figures().fromAccepted(), 99);
            results.add(new Result(name + "-" + load.perSecond(), oursP99, kafka.p99Ms(), UNIT,
                    headroom(oursP99, kafka.p99Ms()), GOAL));
        }
        if (results.isEmpty()) {
            throw new IllegalStateException("no load saw the effect of a single accepted call");
        }
        return results;
    }
}
