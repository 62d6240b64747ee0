package dev.concierge.bench.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.concierge.bench.benchmarks.ArrivalLatencies.Figures;
import org.junit.jupiter.api.Test;

class ArrivalLatenciesTest {

    private static final long MS = 1_000_000;
    private final ArrivalLatencies latencies = new ArrivalLatencies();

    @Test
    void an_arrival_is_timed_from_the_202_and_from_the_scheduled_send_of_the_call_its_key_names() {
        latencies.accepted("0", 100 * MS, 130 * MS);
        latencies.arrived("0", 180 * MS);

        Figures figures = latencies.figures();

        assertThat(figures.arrived()).isOne();
        assertThat(Figures.ms(figures.fromAccepted(), 99)).isCloseTo(50.0, within(0.1));
        assertThat(Figures.ms(figures.fromDue(), 99)).isCloseTo(80.0, within(0.1));
    }

    @Test
    void an_arrival_read_before_its_202_counts_as_no_time_after_it_and_is_counted_apart() {
        latencies.arrived("req_3", 120 * MS);
        latencies.accepted("req_3", 100 * MS, 125 * MS);

        Figures figures = latencies.figures();

        assertThat(figures.arrived()).isOne();
        assertThat(figures.arrivedBeforeAccepted()).isOne();
        assertThat(Figures.ms(figures.fromAccepted(), 50)).isZero();
    }

    @Test
    void only_the_first_arrival_counts_and_an_accepted_call_without_one_is_missing() {
        latencies.accepted("1", 0, 10 * MS);
        latencies.accepted("2", 0, 10 * MS);
        latencies.arrived("1", 40 * MS);
        latencies.arrived("1", 90 * MS);
        // an arrival for a call that was never accepted (a 503, an earlier run) is no one's latency
        latencies.arrived("9", 50 * MS);

        Figures figures = latencies.figures();

        assertThat(figures.accepted()).isEqualTo(2);
        assertThat(figures.arrived()).isOne();
        assertThat(figures.missing()).isOne();
        assertThat(latencies.acceptedAndArrived()).isOne();
        assertThat(Figures.ms(figures.fromAccepted(), 100)).isCloseTo(30.0, within(0.1));
        assertThat(Figures.ms(new ArrivalLatencies().figures().fromAccepted(), 99)).isNaN();
    }
}
