package dev.concierge.requests.sourcing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.schemas.common.GeoPoint;
import dev.concierge.schemas.common.OpeningHours;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoreSelectorTest {

    /** Monday 12:00 in Kolkata. */
    private static final Instant MONDAY_NOON_IST = Instant.parse("2026-03-02T06:30:00Z");
    private static final GeoPoint CUSTOMER = new GeoPoint(12.9352, 77.6245);
    private static final List<OpeningHours> NINE_TO_NINE = List.of(
            new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(21, 0)));

    private final StoreSelector selector = new StoreSelector();

    @Test
    void picks_open_stores_of_the_category_within_the_radius_best_score_first() {
        // given
        Store near = store("near", 0.5, Set.of("groceries"), NINE_TO_NINE);
        Store reliable = store("reliable", 1.5, Set.of("Groceries"), NINE_TO_NINE);
        Store pharmacy = store("pharmacy", 0.2, Set.of("medicines"), NINE_TO_NINE);
        Store closed = store("closed", 0.3, Set.of("groceries"),
                List.of(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(17, 0), LocalTime.of(22, 0))));
        Store far = store("far", 8.0, Set.of("groceries"), NINE_TO_NINE);
        Map<String, StorePerformance> history = Map.of(
                "reliable", new StorePerformance(20, 19, 19 * 120, 10, 8),
                "near", new StorePerformance(20, 4, 4 * 3_000, 2, 0));

        // when
        List<Store> chosen = selector.select(catalog(List.of(near, reliable, pharmacy, closed, far), history),
                new StoreSelector.Search("groceries", CUSTOMER, 3.0, Set.of(), 5), MONDAY_NOON_IST);

        // then
        assertThat(chosen).extracting(Store::storeId).containsExactly("reliable", "near");
    }

    @Test
    void stores_already_asked_and_paused_stores_are_skipped_and_the_limit_holds() {
        // given
        Store a = store("a", 0.1, Set.of("groceries"), List.of());
        Store b = store("b", 0.2, Set.of("groceries"), List.of());
        Store c = store("c", 0.3, Set.of("groceries"), List.of());
        Store paused = new Store("paused", "Paused", "+91", offset(0.1), Set.of("groceries"), List.of(), 5, false);

        // when
        List<Store> chosen = selector.select(catalog(List.of(a, b, c, paused), Map.of()),
                new StoreSelector.Search("groceries", CUSTOMER, 3.0, Set.of("a"), 1), MONDAY_NOON_IST);

        // then equal scores: the nearer one
        assertThat(chosen).extracting(Store::storeId).containsExactly("b");
    }

    @Test
    void a_store_does_not_get_requests_beyond_its_own_delivery_radius() {
        Store smallRadius = new Store("small", "Small", "+91", offset(2.0), Set.of("groceries"), List.of(), 1.0, true);

        List<Store> chosen = selector.select(catalog(List.of(smallRadius), Map.of()),
                new StoreSelector.Search("groceries", CUSTOMER, 5.0, Set.of(), 5), MONDAY_NOON_IST);

        assertThat(chosen).isEmpty();
    }

    @Test
    void distance_is_measured_on_the_globe() {
        // Bengaluru MG Road to Koramangala is about 4.3 km as the crow flies
        double km = Distance.haversineKm(new GeoPoint(12.9756, 77.6067), new GeoPoint(12.9352, 77.6245));

        assertThat(km).isBetween(4.8, 5.0);
    }

    @Test
    void opening_hours_are_read_in_india_time_and_overnight_windows_count() {
        List<OpeningHours> lateNight = List.of(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(20, 0), LocalTime.of(2, 0)));

        // 23:30 Monday and 01:00 Tuesday in Kolkata are inside; 03:00 Tuesday is not
        assertThat(OpeningTimes.isOpen(lateNight, Instant.parse("2026-03-02T18:00:00Z"))).isTrue();
        assertThat(OpeningTimes.isOpen(lateNight, Instant.parse("2026-03-02T19:30:00Z"))).isTrue();
        assertThat(OpeningTimes.isOpen(lateNight, Instant.parse("2026-03-02T21:30:00Z"))).isFalse();
        // 12:00 Monday in Kolkata is 06:30 UTC: closed although 20:00 UTC would be "open" in UTC
        assertThat(OpeningTimes.isOpen(NINE_TO_NINE, MONDAY_NOON_IST)).isTrue();
        assertThat(OpeningTimes.isOpen(NINE_TO_NINE, Instant.parse("2026-03-02T16:00:00Z"))).isFalse();
    }

    @Test
    void a_store_that_answers_fast_and_gets_accepted_scores_above_a_silent_one() {
        StorePerformance fast = new StorePerformance(10, 10, 10 * 60, 5, 5);
        StorePerformance silent = new StorePerformance(10, 0, 0, 0, 0);

        assertThat(fast.score()).isGreaterThan(StorePerformance.NONE.score()).isGreaterThan(silent.score());
    }

    private static Store store(String id, double kmNorth, Set<String> categories, List<OpeningHours> hours) {
        return new Store(id, id, "+9180000", offset(kmNorth), categories, hours, 10.0, true);
    }

    /** A point {@code km} north of the customer (one degree of latitude is about 111.2 km). */
    private static GeoPoint offset(double km) {
        return new GeoPoint(CUSTOMER.lat() + km / 111.2, CUSTOMER.lon());
    }

    private static StoreCatalog catalog(List<Store> stores, Map<String, StorePerformance> history) {
        return new StoreCatalog() {
            @Override
            public Collection<Store> stores() {
                return stores;
            }

            @Override
            public StorePerformance performance(String storeId) {
                return history.getOrDefault(storeId, StorePerformance.NONE);
            }
        };
    }
}
