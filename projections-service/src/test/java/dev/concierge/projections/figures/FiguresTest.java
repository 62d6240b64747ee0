package dev.concierge.projections.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void the_median_of_an_odd_count_is_the_middle_one_and_of_an_even_count_the_mean_of_the_middle_two() {
        assertThat(Figures.medianSeconds(List.of(Duration.ofSeconds(90), Duration.ofSeconds(5), Duration.ofSeconds(30))))
                .isEqualTo(30);
        assertThat(Figures.medianSeconds(List.of(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(40),
                Duration.ofSeconds(1_000)))).isEqualTo(30);
        assertThat(Figures.medianSeconds(List.of())).isNull();
    }

    @Test
    void a_rate_has_three_decimals_and_is_absent_with_nothing_to_divide_by() {
        assertThat(Figures.rate(2, 3)).isEqualTo(0.667);
        assertThat(Figures.rate(0, 0)).isNull();
    }
}
