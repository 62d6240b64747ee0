package dev.concierge.enrichment.market;

import static dev.concierge.enrichment.market.MarketFacts.created;
import static dev.concierge.enrichment.market.MarketFacts.enriched;
import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.enrichment.market.domain.DemandForecasting;
import dev.concierge.enrichment.market.domain.MarketRecorder;
import dev.concierge.enrichment.market.mongo.MongoMarketStore;
import dev.concierge.enrichment.text.LocalTextModel;
import dev.concierge.schemas.forecasts.DemandForecast;
import dev.concierge.schemas.forecasts.DemandForecast.HourlyDemand;
import dev.concierge.schemas.taxonomy.Taxonomy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemandForecastingTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:20:00Z");
    private static final Instant LAST_HOUR = Instant.parse("2026-11-30T11:00:00Z");

    private final MongoMarketStore store = MarketDatabase.fresh();
    private final MarketRecorder recorder = new MarketRecorder(store, LocalTextModel.embedder());
    private final List<DemandForecast> published = new ArrayList<>();
    private final DemandForecasting forecasting = new DemandForecasting(store, Taxonomy.standard(), published::add,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void every_taxonomy_category_gets_a_forecast_with_zeros_where_nothing_was_asked() {
        create("req_1", "pet-supplies", LAST_HOUR.plusSeconds(60));

        int count = forecasting.publishAll();

        assertThat(count).isEqualTo(Taxonomy.standard().categoryIds().size());
        assertThat(published).extracting(DemandForecast::category).containsExactlyElementsOf(Taxonomy.standard().categoryIds());
        DemandForecast dairy = byCategory().get("dairy");
        assertThat(dairy.recent()).extracting(HourlyDemand::requests).containsOnly(0.0);
        assertThat(dairy.forecast()).hasSize(24).extracting(HourlyDemand::requests).containsOnly(0.0);
        assertThat(dairy.generatedAt()).isEqualTo(NOW);
    }

    @Test
    void requests_are_counted_per_hour_in_their_first_known_category_up_to_the_last_complete_hour() {
        create("req_1", "pet-supplies", LAST_HOUR.minus(Duration.ofHours(2)).plusSeconds(10));
        create("req_2", "pet-supplies", LAST_HOUR.minus(Duration.ofHours(2)).plusSeconds(3000));
        create("req_3", null, LAST_HOUR.plusSeconds(59 * 60));
        recorder.record(enriched("req_3", "pet-supplies", "dog-food", "Pedigree", "Pedigree adult"), LAST_HOUR.plusSeconds(3599));
        create("req_4", "pet-supplies", NOW.minusSeconds(60)); // the current hour is not complete yet
        create("req_5", "no-such-category", LAST_HOUR.minus(Duration.ofHours(1)));

        forecasting.publishAll();

        DemandForecast pets = byCategory().get("pet-supplies");
        assertThat(pets.historyHours()).isEqualTo(3);
        assertThat(pets.recent()).containsExactly(
                new HourlyDemand(LAST_HOUR.minus(Duration.ofHours(2)), 2),
                new HourlyDemand(LAST_HOUR.minus(Duration.ofHours(1)), 0),
                new HourlyDemand(LAST_HOUR, 1));
        assertThat(byCategory().get("other").recent()).extracting(HourlyDemand::requests).containsExactly(0.0, 1.0, 0.0);
        assertThat(pets.method()).isEqualTo("mean");
        assertThat(pets.forecast().get(0)).isEqualTo(new HourlyDemand(LAST_HOUR.plus(Duration.ofHours(1)), 1.0));
        assertThat(pets.forecast().get(23).hourStart()).isEqualTo(LAST_HOUR.plus(Duration.ofHours(24)));
    }

    @Test
    void with_two_days_of_history_the_forecast_is_holt_winters_and_carries_the_last_48_hours() {
        for (int day = 0; day < 3; day++) {
            Instant noon = LAST_HOUR.minus(Duration.ofDays(day)).plusSeconds(3600 * 1);
            create("req_noon_" + day, "grocery", noon.minus(Duration.ofHours(24)));
        }

        forecasting.publishAll();

        DemandForecast grocery = byCategory().get("grocery");
        assertThat(grocery.method()).isEqualTo("holt-winters-additive-24h");
        assertThat(grocery.historyHours()).isEqualTo(72);
        assertThat(grocery.recent()).hasSize(48);
        // one request at 12:00 every day: tomorrow's 12:00 is forecast as one, the other hours as none
        assertThat(grocery.forecast()).filteredOn(hour -> hour.requests() > 0).containsExactly(
                new HourlyDemand(Instant.parse("2026-11-30T12:00:00Z"), 1.0));
    }

    private void create(String requestId, String hint, Instant at) {
        recorder.record(created(requestId, hint), at);
    }

    private Map<String, DemandForecast> byCategory() {
        return published.stream().collect(Collectors.toMap(DemandForecast::category, Function.identity()));
    }
}
