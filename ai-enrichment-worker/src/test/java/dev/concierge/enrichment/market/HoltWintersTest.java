package dev.concierge.enrichment.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.concierge.enrichment.market.domain.DemandForecaster;
import dev.concierge.enrichment.market.domain.DemandForecaster.Forecast;
import dev.concierge.enrichment.market.domain.HoltWinters;
import dev.concierge.enrichment.market.domain.HoltWinters.Fit;
import dev.concierge.enrichment.market.domain.HoltWinters.Weights;
import java.util.Arrays;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HoltWintersTest {

    /** Requests in each hour of a day: quiet at night, busy at lunch and in the evening. */
    private static final double[] DAY = {0, 0, 0, 0, 0, 1, 2, 4, 6, 5, 4, 6, 9, 8, 5, 4, 5, 7, 10, 12, 9, 5, 2, 1};

    @Test
    void a_short_known_series_gives_the_forecast_worked_out_by_hand() {
        // season 2, α = β = γ = 0.5, series 1 3 2 4 4 5. Initial: means 2 and 3 → trend 0.5, level 2.25
        // (first mean carried to step 1), seasonal −0.75 / +0.75. Steps 2 and 3 fit exactly; step 4 (4,
        // expected 3) → level 4.25, trend 0.75, S0 −0.5; step 5 (5, expected 5.75) → level 4.625,
        // trend 0.5625, S1 0.5625. Forecast: 4.625 + h·0.5625 + S → 4.6875, 6.3125, 5.8125.
        Fit fit = HoltWinters.fit(new double[] {1, 3, 2, 4, 4, 5}, 2, 3, new Weights(0.5, 0.5, 0.5));

        assertThat(fit.forecast()).containsExactly(new double[] {4.6875, 6.3125, 5.8125}, within(1e-9));
        assertThat(fit.squaredError()).isCloseTo(1 + 0.5625, within(1e-9));
    }

    @Test
    void a_series_that_is_a_line_plus_a_daily_pattern_is_continued_exactly_whatever_the_weights() {
        double[] history = IntStream.range(0, 72).mapToDouble(t -> 20 + 0.25 * t + DAY[t % 24]).toArray();

        for (Weights weights : new Weights[] {new Weights(0.1, 0, 0.05), new Weights(0.9, 0.2, 0.5)}) {
            double[] forecast = HoltWinters.fit(history, 24, 24, weights).forecast();
            for (int h = 0; h < 24; h++) {
                assertThat(forecast[h]).isCloseTo(20 + 0.25 * (72 + h) + DAY[(72 + h) % 24], within(1e-9));
            }
        }
    }

    @Test
    void a_flat_series_forecasts_flat() {
        Forecast forecast = DemandForecaster.forecast(IntStream.range(0, 24 * 7).mapToDouble(t -> 3).toArray());

        assertThat(forecast.method()).isEqualTo("holt-winters-additive-24h");
        assertThat(forecast.hours()).hasSize(24).containsOnly(3.0);
    }

    @Test
    void a_pure_daily_pattern_is_reproduced_for_the_next_day() {
        Forecast forecast = DemandForecaster.forecast(IntStream.range(0, 24 * 5).mapToDouble(t -> DAY[t % 24]).toArray());

        assertThat(forecast.method()).isEqualTo("holt-winters-additive-24h");
        assertThat(forecast.hours()).containsExactly(DAY);
    }

    @Test
    void the_forecast_starts_at_the_hour_of_day_after_the_last_one_seen() {
        // 50 hours of history end at hour 1 of the day: the next hour is 2 o'clock
        Forecast forecast = DemandForecaster.forecast(IntStream.range(0, 50).mapToDouble(t -> DAY[t % 24]).toArray());

        assertThat(forecast.hours()[0]).isEqualTo(DAY[2]);
        assertThat(forecast.hours()[23]).isEqualTo(DAY[1]);
    }

    @Test
    void with_one_day_of_history_tomorrow_repeats_today_and_says_so() {
        double[] history = IntStream.range(0, 30).mapToDouble(t -> DAY[t % 24]).toArray();

        Forecast forecast = DemandForecaster.forecast(history);

        assertThat(forecast.method()).isEqualTo("seasonal-naive-24h");
        assertThat(forecast.hours()[0]).isEqualTo(DAY[6]);
        assertThat(forecast.hours()).containsExactly(Arrays.copyOfRange(history, 6, 30));
    }

    @Test
    void with_less_than_a_day_the_forecast_is_the_mean_hour_and_no_history_forecasts_zero() {
        assertThat(DemandForecaster.forecast(new double[] {1, 2, 6})).satisfies(forecast -> {
            assertThat(forecast.method()).isEqualTo("mean");
            assertThat(forecast.hours()).hasSize(24).containsOnly(3.0);
        });
        assertThat(DemandForecaster.forecast(new double[0]).hours()).hasSize(24).containsOnly(0.0);
    }

    @Test
    void a_falling_trend_is_never_forecast_below_zero_requests() {
        double[] history = IntStream.range(0, 72).mapToDouble(t -> Math.max(0, 30 - 0.5 * t)).toArray();

        assertThat(DoubleStream.of(DemandForecaster.forecast(history).hours()).min().orElseThrow()).isEqualTo(0);
    }

    @Test
    void holt_winters_refuses_less_than_two_seasons() {
        assertThatThrownBy(() -> HoltWinters.fit(new double[30], 24, 24, new Weights(0.5, 0.1, 0.1)))
                .hasMessageContaining("two seasons");
    }
}
