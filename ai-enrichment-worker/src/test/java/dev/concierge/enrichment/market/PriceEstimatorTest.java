package dev.concierge.enrichment.market;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.enrichment.market.domain.PriceEstimator;
import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.enrichment.PriceEstimate;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PriceEstimatorTest {

    @Test
    void an_odd_sample_has_its_middle_price_as_median_and_quartiles_interpolated_between_ranks() {
        // sorted 100 200 300 400 500: ranks (n-1)p = 1, 2, 3 fall on values exactly
        PriceEstimate estimate = estimate(500, 100, 400, 200, 300);

        assertThat(estimate.median()).isEqualTo(Money.inr(300));
        assertThat(estimate.lowerQuartile()).isEqualTo(Money.inr(200));
        assertThat(estimate.upperQuartile()).isEqualTo(Money.inr(400));
        assertThat(estimate.sampleSize()).isEqualTo(5);
    }

    @Test
    void an_even_sample_interpolates_the_median_between_the_two_middle_prices() {
        // sorted 3000 3200 3400 5000: median rank 1.5 → 3300; Q1 rank 0.75 → 3150; Q3 rank 2.25 → 3800
        PriceEstimate estimate = estimate(3400, 5000, 3000, 3200);

        assertThat(estimate.median()).isEqualTo(Money.inr(3300));
        assertThat(estimate.lowerQuartile()).isEqualTo(Money.inr(3150));
        assertThat(estimate.upperQuartile()).isEqualTo(Money.inr(3800));
        assertThat(estimate.sampleSize()).isEqualTo(4);
    }

    @Test
    void one_accepted_quote_is_its_own_median_and_quartiles() {
        PriceEstimate estimate = estimate(4200);

        assertThat(List.of(estimate.lowerQuartile(), estimate.median(), estimate.upperQuartile()))
                .containsOnly(Money.inr(4200));
        assertThat(estimate.sampleSize()).isEqualTo(1);
    }

    @Test
    void tied_prices_give_a_range_of_no_width_where_they_dominate() {
        PriceEstimate estimate = estimate(2500, 2500, 2500, 2500, 9900);

        assertThat(estimate.lowerQuartile()).isEqualTo(Money.inr(2500));
        assertThat(estimate.median()).isEqualTo(Money.inr(2500));
        assertThat(estimate.upperQuartile()).isEqualTo(Money.inr(2500));
    }

    @Test
    void fractions_of_a_paisa_are_rounded_half_up() {
        // sorted 1 2: median rank 0.5 → 1.5 → 2; Q1 rank 0.25 → 1.25 → 1
        PriceEstimate estimate = estimate(2, 1);

        assertThat(estimate.median()).isEqualTo(Money.inr(2));
        assertThat(estimate.lowerQuartile()).isEqualTo(Money.inr(1));
    }

    @Test
    void no_accepted_quote_gives_no_estimate() {
        assertThat(PriceEstimator.estimate(List.of(), PriceEstimator.BASIS_CATEGORY, "dairy")).isEmpty();
    }

    @Test
    void prices_in_another_currency_are_not_mixed_in() {
        PriceEstimate estimate = PriceEstimator.estimate(List.of(Money.inr(100), Money.inr(300), new Money(9, "USD")),
                PriceEstimator.BASIS_SUBCATEGORY, "milk").orElseThrow();

        assertThat(estimate.median()).isEqualTo(Money.inr(200));
        assertThat(estimate.sampleSize()).isEqualTo(2);
        assertThat(estimate.basis()).isEqualTo("subcategory");
        assertThat(estimate.subject()).isEqualTo("milk");
    }

    private static PriceEstimate estimate(long... paise) {
        return PriceEstimator.estimate(LongStream.of(paise).mapToObj(Money::inr).toList(), PriceEstimator.BASIS_PRODUCT,
                "Amul Taaza toned milk").orElseThrow();
    }
}
