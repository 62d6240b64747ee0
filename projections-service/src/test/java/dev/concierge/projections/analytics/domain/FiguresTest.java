package dev.concierge.projections.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.projections.analytics.domain.MetricFact.Milestone;
import dev.concierge.projections.analytics.domain.RequestMetrics.Amount;
import dev.concierge.projections.analytics.domain.RequestMetrics.Dated;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FiguresTest {

    private static final Instant T0 = Instant.parse("2026-11-29T04:30:00Z");

    @Test
    void an_empty_day_counts_zeros_and_leaves_rates_medians_and_means_empty() {
        Figures figures = Figures.of(List.of(), Map.of(), "INR");

        assertThat(figures.funnel()).isEqualTo(new Figures.Funnel(0, 0, 0, 0, 0));
        assertThat(figures.gmvMinor()).isZero();
        assertThat(figures.fulfilmentRate()).isNull();
        assertThat(figures.averageOrderValueMinor()).isNull();
        assertThat(figures.medianSeconds().toFirstQuote()).isNull();
        assertThat(figures.csat().mean()).isNull();
        assertThat(figures.named()).containsEntry("funnel.created", "0").containsEntry("fulfilmentRate", "");
    }

    @Test
    void the_funnel_money_and_satisfaction_of_a_delivered_a_refunded_and_an_abandoned_request() {
        RequestMetrics delivered = request("req_1", "cus_a", T0, Map.of(Milestone.FIRST_QUOTE, T0.plusSeconds(60),
                Milestone.FIRST_PAYMENT, T0.plusSeconds(120), Milestone.DELIVERED, T0.plusSeconds(600)),
                List.of(new Amount("pay_1", 5_700, "INR", T0.plusSeconds(120))), List.of(), 5);
        RequestMetrics refunded = request("req_2", "cus_b", T0, Map.of(Milestone.FIRST_QUOTE, T0.plusSeconds(30),
                Milestone.FIRST_PAYMENT, T0.plusSeconds(90)),
                List.of(new Amount("pay_2", 3_000, "INR", T0.plusSeconds(90))),
                List.of(new Amount("rfnd_2", 3_000, "INR", T0.plusSeconds(900))), null);
        RequestMetrics abandoned = request("req_3", "cus_b", T0.plusSeconds(5), Map.of(), List.of(), List.of(), null);

        Figures figures = Figures.of(List.of(delivered, refunded, abandoned), Map.of("cus_a", T0, "cus_b", T0), "INR");

        assertThat(figures.funnel()).isEqualTo(new Figures.Funnel(3, 2, 2, 1, 0));
        assertThat(figures.fulfilmentRate()).isEqualByComparingTo("0.5");
        assertThat(figures.medianSeconds().toFirstQuote()).isEqualByComparingTo("45");
        assertThat(figures.medianSeconds().toDelivery()).isEqualByComparingTo("600");
        assertThat(figures.gmvMinor()).isEqualTo(8_700);
        assertThat(figures.averageOrderValueMinor()).isEqualTo(4_350L);
        assertThat(figures.refunds()).isEqualTo(new Figures.Refunds(1, 3_000));
        assertThat(figures.csat()).isEqualTo(new Figures.Csat(new java.math.BigDecimal("5.00"), 1));
        assertThat(figures.behaviour().dropOff()).isEqualTo(new Figures.DropOff(1, 0, 1));
        // cus_b's second request came after their first: one returning customer of two
        assertThat(figures.behaviour().customers()).isEqualTo(2);
        assertThat(figures.behaviour().repeatCustomers()).isEqualTo(1);
    }

    @Test
    void the_latest_category_and_rating_count_whatever_order_they_were_recorded_in() {
        RequestMetrics metrics = new RequestMetrics("req_1", "cus_a", T0, "groceries",
                List.of(new Dated<>(T0.plusSeconds(9), "medicines-health"), new Dated<>(T0.plusSeconds(3), "groceries")),
                Map.of(), List.of(), List.of(), 0,
                List.of(new Dated<>(T0.plusSeconds(20), 2), new Dated<>(T0.plusSeconds(10), 5)));

        assertThat(metrics.category()).isEqualTo("medicines-health");
        assertThat(metrics.rating()).isEqualTo(2);
        assertThat(request("req_2", "cus_a", T0, Map.of(), List.of(), List.of(), null).category())
                .isEqualTo(RequestMetrics.UNCATEGORISED);
    }

    private static RequestMetrics request(String id, String customer, Instant created, Map<Milestone, Instant> firsts,
            List<Amount> captures, List<Amount> refunds, Integer rating) {
        return new RequestMetrics(id, customer, created, null, List.of(), firsts, captures, refunds, 0,
                rating == null ? List.of() : List.of(new Dated<>(created.plusSeconds(700), rating)));
    }
}
