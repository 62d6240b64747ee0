package dev.concierge.bench.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ToolOutputTest {

    @Test
    void the_producer_figure_is_the_total_line_not_a_window_line_printed_while_running() {
        List<String> printed = List.of(
                "296113 records sent, 59210.8 records/sec (33.88 MB/sec), 291.3 ms avg latency, 677.0 ms max latency.",
                "600000 records sent, 60712.345678 records/sec (34.74 MB/sec), 301.22 ms avg latency, 688.00 ms max latency, "
                        + "290 ms 50th, 560 ms 95th, 640 ms 99th, 680 ms 99.9th.");

        ToolOutput.ProducerFigures figures = ToolOutput.producer(printed);

        assertThat(figures.records()).isEqualTo(600_000);
        assertThat(figures.recordsPerSecond()).isEqualTo(60712.345678);
        assertThat(figures.averageLatencyMs()).isEqualTo(301.22);
    }

    @Test
    void a_producer_run_that_printed_no_total_fails_with_what_it_printed() {
        assertThatThrownBy(() -> ToolOutput.producer(List.of("org.apache.kafka.common.errors.TimeoutException: boom")))
                .hasMessageContaining("no total line").hasMessageContaining("TimeoutException");
    }

    @Test
    void the_consumer_figures_are_read_by_column_name_from_the_header_and_the_line_under_it() {
        List<String> printed = List.of(
                "start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, rebalance.time.ms, "
                        + "fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec",
                "2026-11-30 23:01:02:003, 2026-11-30 23:01:03:503, 6.1035, 4.0690, 10000, 6666.6667, 1165, 335, 18.2194, 29850.7463");

        ToolOutput.ConsumerFigures figures = ToolOutput.consumer(printed);

        assertThat(figures.records()).isEqualTo(10_000);
        assertThat(figures.recordsPerSecond()).isEqualTo(6666.6667);
        assertThat(figures.fetchRecordsPerSecond()).isEqualTo(29850.7463);
    }

    @Test
    void the_end_to_end_figures_are_the_average_and_the_percentiles_it_prints_last() {
        List<String> printed = List.of(
                "Topic \"bench.e2e-baseline\" does not exist. Will create topic with 1 partition(s) and replication factor = 1",
                "0\t12.5",
                "1000\t2.1",
                "Avg latency: 2.4310 ms",
                "Percentiles: 50th = 2, 99th = 7, 99.9th = 31");

        ToolOutput.EndToEndFigures figures = ToolOutput.endToEnd(printed);

        assertThat(figures.averageMs()).isEqualTo(2.431);
        assertThat(figures.p50Ms()).isEqualTo(2);
        assertThat(figures.p99Ms()).isEqualTo(7);
        assertThat(figures.p999Ms()).isEqualTo(31);
    }

    @Test
    void an_end_to_end_run_that_printed_no_percentiles_fails_with_what_it_printed() {
        assertThatThrownBy(() -> ToolOutput.endToEnd(List.of("Latency testing requires synchronous acknowledgement.")))
                .hasMessageContaining("no percentiles").hasMessageContaining("synchronous acknowledgement");
    }
}
