package dev.concierge.bench.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.concierge.bench.benchmarks.PushLatencies.Figures;
import org.junit.jupiter.api.Test;

class PushLatenciesTest {

    private static final long MS = 1_000_000;
    private final PushLatencies latencies = new PushLatencies(7);

    @Test
    void a_push_is_timed_from_the_202_and_from_the_scheduled_send_of_the_message_its_marker_names() {
        latencies.accepted(0, 100 * MS, 130 * MS);
        latencies.streamed(message(PushLatencies.marker(7, 0)), 180 * MS);

        Figures figures = latencies.figures();

        assertThat(figures.pushed()).isOne();
        assertThat(Figures.ms(figures.fromAccepted(), 99)).isCloseTo(50.0, within(0.1));
        assertThat(Figures.ms(figures.fromDue(), 99)).isCloseTo(80.0, within(0.1));
    }

    @Test
    void a_push_read_before_its_202_counts_as_no_time_after_it_and_is_counted_apart() {
        latencies.streamed(message(PushLatencies.marker(7, 3)), 120 * MS);
        latencies.accepted(3, 100 * MS, 125 * MS);

        Figures figures = latencies.figures();

        assertThat(figures.pushed()).isOne();
        assertThat(figures.pushedBeforeAccepted()).isOne();
        assertThat(Figures.ms(figures.fromAccepted(), 50)).isZero();
    }

    @Test
    void only_the_first_message_push_of_this_run_counts_and_an_unpushed_message_is_missing() {
        latencies.accepted(1, 0, 10 * MS);
        latencies.accepted(2, 0, 10 * MS);
        // an earlier run's late push, and the request snapshot quoting the text, are not this message's push
        latencies.streamed(message(PushLatencies.marker(6, 1)), 11 * MS);
        latencies.streamed("{\"kind\":\"request\",\"requestId\":\"req_a\",\"data\":{\"lastMessage\":\""
                + PushLatencies.marker(7, 1) + "\"}}", 12 * MS);
        latencies.streamed(message(PushLatencies.marker(7, 1)), 40 * MS);
        latencies.streamed(message(PushLatencies.marker(7, 1)), 90 * MS);

        Figures figures = latencies.figures();

        assertThat(figures.accepted()).isEqualTo(2);
        assertThat(figures.pushed()).isOne();
        assertThat(figures.missing()).isOne();
        assertThat(latencies.acceptedAndPushed()).isOne();
        assertThat(Figures.ms(figures.fromAccepted(), 100)).isCloseTo(30.0, within(0.1));
    }

    @Test
    void a_marker_is_not_mistaken_for_a_longer_one() {
        latencies.accepted(1, 0, 10 * MS);
        latencies.streamed(message(PushLatencies.marker(7, 12)), 40 * MS);

        assertThat(latencies.figures().pushed()).isZero();
        assertThat(Figures.ms(latencies.figures().fromAccepted(), 99)).isNaN();
    }

    private static String message(String marker) {
        return "{\"kind\":\"message\",\"requestId\":\"req_a\",\"data\":{\"author\":\"CUSTOMER\",\"text\":\"Also add ORS "
                + marker + "\"}}";
    }
}
