package dev.concierge.bench.benchmarks;

import dev.concierge.bench.harness.BenchRun;
import dev.concierge.bench.harness.Benchmark;
import dev.concierge.bench.harness.MachineLoad;
import dev.concierge.bench.harness.ProcessCpu;
import dev.concierge.bench.harness.Result;
import dev.concierge.bench.kafka.CatchUp;
import dev.concierge.bench.kafka.CatchUp.Reader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * How the processor's cost per command grows with the requests it holds open: the stack is filled with
 * CreateRequest commands (unmeasured) up to each level, then a measured burst is drained, with the processor's
 * CPU time per command read from {@code /proc}. Ratio = the drain rate at the most open requests / at the fewest.
 */
public final class ScalingOpenRequests implements Benchmark {

    static final List<Integer> LEVELS = List.of(1_000, 10_000, 50_000);
    /** Other levels for a run that must fit a shorter window: {@code CONCIERGE_BENCH_OPEN_LEVELS=1000,5000,10000}. */
    static final String LEVELS_VARIABLE = "CONCIERGE_BENCH_OPEN_LEVELS";
    static final int MEASURED = 1_000;
    private static final Duration FILL_LIMIT = Duration.ofMinutes(8);

    @Override
    public String name() {
        return "scaling-open";
    }

    @Override
    public String summary() {
        return "processor drain rate and CPU per command with ~1k, ~10k and ~50k open requests; ratio = at 50k / at 1k "
                + "(goal >= " + Scaling.GOAL + ": cost does not grow with open requests)";
    }

    @Override
    public Result run(BenchRun run) throws Exception {
        List<Double> rates = new ArrayList<>();
        int open = 0;
        for (int level : levels(System.getenv(LEVELS_VARIABLE))) {
            int fill = fillBefore(level, open);
            run.out().printf("  filling to %d open requests: %d CreateRequest (not measured)%n", level, fill);
            ProcessorBurst.produceBurst(run, fill);
            CatchUp.await(run.out(), run.broker(), List.of(new Reader(run.stack().processorGroup(), ProcessorBurst.TOPIC)),
                    FILL_LIMIT, "fill to " + level);
            OptionalDouble cpuBefore = ProcessCpu.seconds(run.stack().processorPidFile());
            double rate = ProcessorBurst.drainRate(run, MEASURED, name() + " at " + level);
            OptionalDouble cpuAfter = ProcessCpu.seconds(run.stack().processorPidFile());
            open = level + MEASURED;
            String cpu = cpuBefore.isPresent() && cpuAfter.isPresent()
                    ? String.format("%.2f ms of processor CPU per command",
                            (cpuAfter.getAsDouble() - cpuBefore.getAsDouble()) * 1000 / MEASURED)
                    : "processor CPU not readable";
            run.out().printf("  ~%d open requests: %.0f commands/s, %s; load average %.1f%n", level, rate, cpu,
                    MachineLoad.oneMinute());
            rates.add(rate);
        }
        return Scaling.result(name(), rates, "commands/s");
    }

    /** {@link #LEVELS} unless the environment names others (ascending, comma-separated). */
    static List<Integer> levels(String fromEnvironment) {
        if (fromEnvironment == null || fromEnvironment.isBlank()) {
            return LEVELS;
        }
        return Arrays.stream(fromEnvironment.split(",")).map(String::trim).map(Integer::valueOf).sorted().toList();
    }

    /** Commands to add so that {@code level} requests are open when the measured burst starts. */
    static int fillBefore(int level, int openNow) {
        return Math.max(0, level - openNow);
    }
}
