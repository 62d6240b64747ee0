package dev.concierge.bench.harness;

import java.util.List;

/** One named benchmark: measures our figure and its Kafka baseline on the same broker in one call. */
public interface Benchmark {

    String name();

    /** One line for the usage text: what is measured against what. */
    String summary();

    Result run(BenchRun run) throws Exception;

    /**
     * Every figure the benchmark measured: its one {@link #run} for most; one per offered load for a latency
     * benchmark that measures several loads in one go.
     */
    default List<Result> runAll(BenchRun run) throws Exception {
        return List.of(run(run));
    }
}
