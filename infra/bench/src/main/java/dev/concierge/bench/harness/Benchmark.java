package dev.concierge.bench.harness;

/** One named benchmark: measures our figure and its Kafka baseline on the same broker in one call. */
public interface Benchmark {

    String name();

    /** One line for the usage text: what is measured against what. */
    String summary();

    Result run(BenchRun run) throws Exception;
}
