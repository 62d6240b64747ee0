package dev.concierge.bench.benchmarks;

import dev.concierge.bench.harness.BenchRun;
import dev.concierge.bench.harness.Benchmark;
import dev.concierge.bench.harness.MachineLoad;
import dev.concierge.bench.harness.Result;
import dev.concierge.bench.load.ClosedLoop;
import dev.concierge.bench.load.Outcome;
import dev.concierge.bench.stack.Customers.Customer;
import dev.concierge.bench.stack.ExtraInstances;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code ingest-single}'s load (chat messages, 256 in flight, round robin over 100 customers' requests) against
 * 1, 2 and 3 ingest-api instances: the stack's own and extra ones from the same jar on other ports, sharing
 * the broker, Redis and MongoDB; the load goes to the instances in turn. Ratio = 3 instances' rate / 1's.
 */
public final class ScalingIngest implements Benchmark {

    static final List<Integer> EXTRA_PORTS = List.of(8086, 8087);
    private static final int CONNECTIONS = 256;
    /**
     * As {@code ingest-single}'s: each step adds a cold JVM, and with 10 s (the first runs) the new instance was still
     * compiling the write path in the measured window while the round robin waited on it.
     */
    private static final Duration WARM_UP = Duration.ofSeconds(60);

    @Override
    public String name() {
        return "scaling-ingest";
    }

    @Override
    public String summary() {
        return "chat messages accepted/s with 1, 2 and 3 ingest-api instances; ratio = 3 instances / 1 (goal >= "
                + Scaling.GOAL + ": more instances are not slower)";
    }

    @Override
    public Result run(BenchRun run) throws Exception {
        List<Customer> customers = run.customers(IngestLoad.CUSTOMERS, IngestLoad.REQUESTS_EACH);
        IngestSingle.Messages messages = new IngestSingle.Messages(customers);
        List<Integer> ports = new ArrayList<>(List.of(run.stack().ingestPort()));
        List<String> pidFiles = new ArrayList<>(List.of(run.stack().ingestPidFile()));
        List<Double> rates = IngestLoad.withDownstreamPaused(run, () -> rates(run, messages, ports, pidFiles));
        return Scaling.result(name(), rates, "messages/s");
    }

    private List<Double> rates(BenchRun run, IngestSingle.Messages messages, List<Integer> ports, List<String> pidFiles)
            throws Exception {
        List<Double> rates = new ArrayList<>();
        try (ExtraInstances extra = ExtraInstances.fromEnvironment()) {
            for (int instances = 1; instances <= 1 + EXTRA_PORTS.size(); instances++) {
                if (instances > 1) {
                    int port = EXTRA_PORTS.get(instances - 2);
                    run.out().printf("  starting ingest-api instance %d on port %d%n", instances, port);
                    pidFiles.add(extra.start("ingest-api", port, Map.of(), Scaling.START_LIMIT).pidFile().toString());
                    ports.add(port);
                }
                double cpuBefore = Scaling.cpuSeconds(pidFiles);
                long startNanos = System.nanoTime();
                String label = name() + " x" + instances;
                Outcome outcome = IngestLoad.withCores(run, watch -> {
                    try (ClosedLoop load = new ClosedLoop(run.stack().ingestHost(), ports, CONNECTIONS,
                            Duration.ofSeconds(30), run.out())) {
                        return load.watching(watch).run(label, messages, CONNECTIONS, WARM_UP, run.measure(), null);
                    }
                });
                double cores = (Scaling.cpuSeconds(pidFiles) - cpuBefore) / ((System.nanoTime() - startNanos) / 1e9);
                IngestLoad.report(run, outcome, "messages");
                run.out().printf("  %d instance(s): %.0f messages/s; the instances used %.2f cores together; load average %.1f%n",
                        instances, outcome.unitsPerSecond(), cores, MachineLoad.oneMinute());
                rates.add(outcome.unitsPerSecond());
            }
        }
        return rates;
    }
}
