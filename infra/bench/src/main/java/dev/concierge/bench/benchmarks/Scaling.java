package dev.concierge.bench.benchmarks;

import dev.concierge.bench.harness.ProcessCpu;
import dev.concierge.bench.harness.Result;
import java.time.Duration;
import java.util.List;

/**
 * What the scaling benchmarks share. The issue sets them no goal; {@link #GOAL} 1.0 is the line "more instances
 * (or more open requests) do not make it slower". Linear scaling would be 3.0 for three instances, which two
 * cores shared by every service cannot give: the point is to measure how far from it we are, and why.
 */
final class Scaling {

    static final double GOAL = 1.0;
    /** A Quarkus service starts in seconds on a quiet machine; on a loaded one it can take a minute or more. */
    static final Duration START_LIMIT = Duration.ofMinutes(3);

    private Scaling() {
    }

    /** The last figure over the first: N instances' (or the most open requests') rate over the first measured. */
    static Result result(String name, List<Double> rates, String unit) {
        double first = rates.get(0);
        double last = rates.get(rates.size() - 1);
        return Result.of(name, last, first, unit, GOAL);
    }

    /** The CPU seconds of every process named by these pid files, together (those not readable count 0). */
    static double cpuSeconds(List<String> pidFiles) {
        return pidFiles.stream().mapToDouble(file -> ProcessCpu.seconds(file).orElse(0)).sum();
    }
}
