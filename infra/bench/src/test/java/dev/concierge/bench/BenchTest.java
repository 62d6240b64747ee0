package dev.concierge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.bench.harness.Benchmark;
import org.junit.jupiter.api.Test;

class BenchTest {

    @Test
    void the_query_and_scaling_benchmarks_come_after_the_ingest_and_processor_ones() {
        assertThat(Bench.CATALOG.all()).extracting(Benchmark::name).containsSubsequence("ingest-single", "ingest-batch",
                "processor", "query", "scaling-ingest", "scaling-processor", "scaling-open");
    }
}
