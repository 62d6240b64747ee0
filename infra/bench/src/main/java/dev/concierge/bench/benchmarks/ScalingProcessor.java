package dev.concierge.bench.benchmarks;

import dev.concierge.bench.harness.BenchRun;
import dev.concierge.bench.harness.Benchmark;
import dev.concierge.bench.harness.MachineLoad;
import dev.concierge.bench.harness.ProgressBar;
import dev.concierge.bench.harness.Result;
import dev.concierge.bench.stack.ExtraInstances;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code processor}'s burst drained by 1, 2 and 3 request-stream-processor instances: the stack's own and extra
 * ones from the same jar, in the same application id (so one consumer group sharing the partitions), each with
 * its own state directory and HTTP port. Each burst starts once the group is stable with all its members.
 * Ratio = 3 instances' rate / 1's.
 */
public final class ScalingProcessor implements Benchmark {

    static final List<Integer> EXTRA_PORTS = List.of(8088, 8089);
    static final int BURST = 5_000;
    private static final Duration REBALANCE_LIMIT = Duration.ofMinutes(3);

    @Override
    public String name() {
        return "scaling-processor";
    }

    @Override
    public String summary() {
        return "a burst of " + BURST + " CreateRequest drained by 1, 2 and 3 processor instances; ratio = 3 instances / 1 "
                + "(goal >= " + Scaling.GOAL + ")";
    }

    @Override
    public Result run(BenchRun run) throws Exception {
        List<Double> rates = new ArrayList<>();
        try (ExtraInstances extra = ExtraInstances.fromEnvironment()) {
            for (int instances = 1; instances <= 1 + EXTRA_PORTS.size(); instances++) {
                if (instances > 1) {
                    int port = EXTRA_PORTS.get(instances - 2);
                    run.out().printf("  starting request-stream-processor instance %d on port %d%n", instances, port);
                    extra.start("request-stream-processor", port, Map.of("CONCIERGE_STATE_DIR",
                            extra.workDir().resolve("streams-" + port).toString()), Scaling.START_LIMIT);
                }
                awaitStableGroup(run, instances);
                double rate = ProcessorBurst.drainRate(run, BURST, name() + " x" + instances);
                run.out().printf("  %d instance(s): %.0f commands/s; load average %.1f%n", instances, rate,
                        MachineLoad.oneMinute());
                rates.add(rate);
            }
        }
        return Scaling.result(name(), rates, "commands/s");
    }

    /** The burst starts only once every instance holds its partitions: a rebalance in the window is not scaling. */
    private static void awaitStableGroup(BenchRun run, int instances) throws Exception {
        String group = run.stack().processorGroup();
        long deadline = System.nanoTime() + REBALANCE_LIMIT.toNanos();
        AtomicInteger members = new AtomicInteger(run.broker().stableMembers(group));
        try (ProgressBar bar = ProgressBar.start(run.out(), "rebalance x" + instances,
                () -> members.get() / (double) instances, () -> members.get() + " of " + instances + " members, stable")) {
            while (members.get() != instances) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(group + " is not stable with " + instances + " members after "
                            + REBALANCE_LIMIT.toSeconds() + " s (it has " + members.get() + ")");
                }
                Thread.sleep(500);
                members.set(run.broker().stableMembers(group));
            }
        }
    }
}
