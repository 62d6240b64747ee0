package dev.concierge.bench.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.bench.benchmarks.DashboardQueries.Timings;
import dev.concierge.bench.harness.Result;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class QueryAndScalingResultsTest {

    private static final long MS = 1_000_000;

    @Test
    void the_query_result_meets_its_goal_exactly_when_our_list_p99_is_at_most_fifty_milliseconds() {
        // 20 samples: ours 20..39 ms (p99 39), the store's 5..24 ms (p99 24)
        Timings fast = new Timings("list", LongStream.range(20, 40).map(ms -> ms * MS).toArray(),
                LongStream.range(5, 25).map(ms -> ms * MS).toArray());
        Timings slow = new Timings("list", LongStream.range(60, 80).map(ms -> ms * MS).toArray(),
                LongStream.range(5, 25).map(ms -> ms * MS).toArray());

        Result met = DashboardQueries.result("query", fast);
        Result missed = DashboardQueries.result("query", slow);

        assertThat(met.ours()).isEqualTo(39.0);
        assertThat(met.baseline()).isEqualTo(24.0);
        assertThat(met.ratio()).isEqualTo(24.0 / 39.0);
        assertThat(met.goal()).isEqualTo(24.0 / 50.0);
        assertThat(met.meetsGoal()).isTrue();
        assertThat(missed.ours()).isEqualTo(79.0);
        assertThat(missed.meetsGoal()).isFalse();
        assertThat(fast.oursMs(0.5)).isEqualTo(29.0);
    }

    @Test
    void a_scaling_result_is_the_last_step_over_the_first_against_the_line_of_no_slowdown() {
        Result result = Scaling.result("scaling-ingest", List.of(400.0, 520.0, 480.0), "messages/s");

        assertThat(result.ours()).isEqualTo(480.0);
        assertThat(result.baseline()).isEqualTo(400.0);
        assertThat(result.ratio()).isEqualTo(1.2);
        assertThat(result.goal()).isEqualTo(1.0);
        assertThat(result.meetsGoal()).isTrue();
        assertThat(Scaling.result("scaling-open", List.of(700.0, 600.0, 350.0), "commands/s").meetsGoal()).isFalse();
    }

    @Test
    void the_open_requests_levels_are_reached_by_filling_only_what_is_missing() {
        assertThat(ScalingOpenRequests.fillBefore(1_000, 0)).isEqualTo(1_000);
        // after the measured burst of 1,000 at the first level, 2,000 are open: 8,000 more make 10,000
        assertThat(ScalingOpenRequests.fillBefore(10_000, 2_000)).isEqualTo(8_000);
        assertThat(ScalingOpenRequests.fillBefore(1_000, 5_000)).isZero();
    }

    @Test
    void a_shorter_run_may_ask_for_fewer_requests_and_other_open_levels_but_never_for_none() {
        assertThat(DashboardQueries.requests(null)).isEqualTo(100_000);
        assertThat(DashboardQueries.requests(" 30000 ")).isEqualTo(30_000);
        assertThatThrownBy(() -> DashboardQueries.requests("0")).hasMessageContaining("CONCIERGE_BENCH_QUERY_REQUESTS");
        assertThat(ScalingOpenRequests.levels("")).containsExactly(1_000, 10_000, 50_000);
        assertThat(ScalingOpenRequests.levels("10000, 1000,5000")).containsExactly(1_000, 5_000, 10_000);
    }
}
