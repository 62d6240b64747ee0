package dev.concierge.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class OutcomeTest {

    @Test
    void percentiles_are_nearest_rank_over_every_call_of_the_window() {
        long[] oneToHundredMs = LongStream.rangeClosed(1, 100).map(ms -> ms * 1_000_000).toArray();
        Outcome outcome = new Outcome(100, 100, Map.of(202, 100L), 0, "", 10, 2.5, oneToHundredMs);

        assertThat(outcome.latencyMs(0.50)).isEqualTo(50.0);
        assertThat(outcome.latencyMs(0.99)).isEqualTo(99.0);
        assertThat(outcome.latencyMs(1.0)).isEqualTo(100.0);
        assertThat(outcome.unitsPerSecond()).isEqualTo(10.0);
        assertThat(outcome.serverCpuMsPerUnit()).isEqualTo(25.0);
    }

    @Test
    void a_window_with_no_calls_reports_zero_latency_and_unknown_cost() {
        Outcome outcome = new Outcome(0, 0, Map.of(), 3, "timeout", 10, Double.NaN, new long[0]);

        assertThat(outcome.latencyMs(0.99)).isZero();
        assertThat(outcome.serverCpuMsPerUnit()).isNaN();
    }
}
