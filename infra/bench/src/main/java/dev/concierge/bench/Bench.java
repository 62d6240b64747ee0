package dev.concierge.bench;

import dev.concierge.bench.benchmarks.DashboardQueries;
import dev.concierge.bench.benchmarks.E2eChat;
import dev.concierge.bench.benchmarks.E2ePayment;
import dev.concierge.bench.benchmarks.IngestBatch;
import dev.concierge.bench.benchmarks.IngestSingle;
import dev.concierge.bench.benchmarks.ProcessorBurst;
import dev.concierge.bench.benchmarks.ScalingIngest;
import dev.concierge.bench.benchmarks.ScalingOpenRequests;
import dev.concierge.bench.benchmarks.ScalingProcessor;
import dev.concierge.bench.harness.BenchRun;
import dev.concierge.bench.harness.Benchmark;
import dev.concierge.bench.harness.Catalog;
import dev.concierge.bench.harness.Charts;
import dev.concierge.bench.harness.Report;
import dev.concierge.bench.harness.Result;
import dev.concierge.bench.harness.ResultsFile;
import dev.concierge.bench.kafka.BrokerAdmin;
import dev.concierge.bench.stack.Stack;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./concierge bench [name…]}: runs the named benchmarks (all when none is named) against the running
 * dev stack, prints each figure beside its baseline, and writes {@code <results>/<timestamp>.json} and PNGs.
 * Options: {@code --results DIR}, {@code --measure-seconds N}, {@code --list}.
 */
public final class Bench {

    static final Catalog CATALOG = new Catalog(List.of(new IngestSingle(), new IngestBatch(), new ProcessorBurst(),
            new E2eChat(), new E2ePayment(),
            new DashboardQueries(), new ScalingIngest(), new ScalingProcessor(), new ScalingOpenRequests()));

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Path results = Path.of("infra/bench/results");
        Duration measure = Duration.ofSeconds(20);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--results" -> results = Path.of(args[++i]);
                case "--measure-seconds" -> measure = Duration.ofSeconds(Long.parseLong(args[++i]));
                case "--list" -> {
                    CATALOG.all().forEach(b -> System.out.printf("  %-14s %s%n", b.name(), b.summary()));
                    return;
                }
                default -> names.add(args[i]);
            }
        }
        List<Benchmark> selected;
        try {
            selected = CATALOG.select(names);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
            return;
        }
        System.exit(run(selected, results, measure));
    }

    private static int run(List<Benchmark> selected, Path resultsDir, Duration measure) throws Exception {
        Stack stack = Stack.fromEnvironment();
        Instant started = Instant.now();
        List<Result> results = new ArrayList<>();
        int failures = 0;
        try (BrokerAdmin broker = new BrokerAdmin(stack.kafka())) {
            BenchRun run = new BenchRun(stack, broker, System.out, measure, started.getEpochSecond());
            for (Benchmark benchmark : selected) {
                System.out.println();
                System.out.println("== " + benchmark.name() + ": " + benchmark.summary());
                try {
                    for (Result result : benchmark.runAll(run)) {
                        results.add(result);
                        System.out.println(Report.line(result));
                    }
                    // written after each benchmark too, so a run stopped part-way (a shared lock's limit) keeps what finished
                    ResultsFile.write(resultsDir, ResultsFile.stamp(started), results);
                } catch (Exception e) {
                    failures++;
                    System.out.println();
                    System.err.println(benchmark.name() + " failed: " + e);
                }
            }
        }
        Report.print(System.out, results);
        String stamp = ResultsFile.stamp(started);
        System.out.println();
        System.out.println("results: " + ResultsFile.write(resultsDir, stamp, results));
        Charts.write(resultsDir, stamp, results).forEach(png -> System.out.println("chart:   " + png));
        return failures == 0 ? 0 : 1;
    }
}
