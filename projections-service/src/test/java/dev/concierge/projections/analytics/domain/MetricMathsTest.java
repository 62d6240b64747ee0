package dev.concierge.projections.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricMathsTest {

    @Test
    void the_median_of_an_odd_count_is_the_middle_value_whatever_the_order() {
        assertThat(MetricMaths.medianSeconds(seconds(9, 1, 4))).isEqualByComparingTo("4");
    }

    @Test
    void the_median_of_an_even_count_is_the_mean_of_the_two_middle_values_to_the_millisecond() {
        assertThat(MetricMaths.medianSeconds(seconds(1, 2, 3, 10))).isEqualByComparingTo("2.5");
        assertThat(MetricMaths.medianSeconds(List.of(Duration.ofMillis(1), Duration.ofMillis(2))))
                .isEqualByComparingTo("0.002"); // 1.5 ms rounds half up to the millisecond
    }

    @Test
    void there_is_no_median_of_nothing_and_requests_that_never_got_there_do_not_count() {
        assertThat(MetricMaths.medianSeconds(List.of())).isNull();
        List<Duration> someMissing = new ArrayList<>(seconds(3, 5));
        someMissing.add(null);
        assertThat(MetricMaths.medianSeconds(someMissing)).isEqualByComparingTo("4");
    }

    @Test
    void rates_averages_and_means_have_no_value_without_a_base() {
        assertThat(MetricMaths.ratio(2, 3)).isEqualByComparingTo("0.6667");
        assertThat(MetricMaths.ratio(0, 0)).isNull();
        assertThat(MetricMaths.average(17_101, 3)).isEqualTo(5_700L);
        assertThat(MetricMaths.average(5, 2)).isEqualTo(3L); // half up
        assertThat(MetricMaths.average(0, 0)).isNull();
        assertThat(MetricMaths.mean(List.of(5, 4, 4))).isEqualTo(new BigDecimal("4.33"));
        assertThat(MetricMaths.mean(List.of())).isNull();
    }

    private static List<Duration> seconds(long... values) {
        return Arrays.stream(values).mapToObj(Duration::ofSeconds).toList();
    }
}
